package io.taos4j.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a benchmark run measured, written with {@code --output} as JSON:
 * <pre>{@code
 * {"tool": "taos4j bench", "version": ..., "dsn": ..., "server_version": ..., "started_at": ...,
 *  "config": {...}, "create_tables_seconds": ...,
 *  "insert": {"mode": "sql", "rows": ..., "expected_rows": ..., "tables": ..., "threads": ..., "requests": ...,
 *             "seconds": ..., "rows_per_second": ..., "latency_ms": {"min", "avg", "p50", "p90", "p95", "p99",
 *             "max"}},
 *  "verified_rows": ...,
 *  "queries": [{"sql": ..., "threads": ..., "runs": ..., "rows": ..., "seconds": ..., "qps": ...,
 *               "latency_ms": {...}, "error": null}],
 *  "error": null}
 * }</pre>
 * Sections that did not run are null. Immutable.
 */
public record BenchReport(BenchConfig config, String dsn, String serverVersion, Instant startedAt,
        Double createTablesSeconds, InsertResult insert, Long verifiedRows, List<QueryResult> queries, String error) {

    public BenchReport {
        queries = List.copyOf(queries);
    }

    /** The insert phase. */
    public record InsertResult(String mode, long rows, long expectedRows, int tables, int threads, long requests,
            double seconds, double rowsPerSecond, Latency.Summary latency) {
    }

    /** One query, run {@code runs} times in all by {@code threads} threads. */
    public record QueryResult(String sql, int threads, long runs, long rows, double seconds, double qps,
            Latency.Summary latency, String error) {
    }

    /** True when nothing failed and every row was written. */
    public boolean ok() {
        return error == null && (insert == null || insert.rows == insert.expectedRows)
                && queries.stream().allMatch(q -> q.error == null);
    }

    /** Writes the report as pretty-printed JSON. */
    public void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(file, mapper.writeValueAsString(toJson(mapper)) + System.lineSeparator());
    }

    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "taos4j bench");
        root.put("version", io.taos4j.cli.bench.BenchRunner.VERSION);
        root.put("dsn", dsn);
        root.put("server_version", serverVersion);
        root.put("started_at", startedAt.toString());
        root.set("config", config(mapper));
        root.put("create_tables_seconds", createTablesSeconds);
        if (insert == null) {
            root.putNull("insert");
        } else {
            ObjectNode i = root.putObject("insert");
            i.put("mode", insert.mode);
            i.put("rows", insert.rows);
            i.put("expected_rows", insert.expectedRows);
            i.put("tables", insert.tables);
            i.put("threads", insert.threads);
            i.put("requests", insert.requests);
            i.put("seconds", insert.seconds);
            i.put("rows_per_second", insert.rowsPerSecond);
            i.set("latency_ms", latency(mapper, insert.latency));
        }
        root.put("verified_rows", verifiedRows);
        ArrayNode qs = root.putArray("queries");
        for (QueryResult q : queries) {
            ObjectNode n = qs.addObject();
            n.put("sql", q.sql);
            n.put("threads", q.threads);
            n.put("runs", q.runs);
            n.put("rows", q.rows);
            n.put("seconds", q.seconds);
            n.put("qps", q.qps);
            n.set("latency_ms", latency(mapper, q.latency));
            n.put("error", q.error);
        }
        root.put("error", error);
        return root;
    }

    private ObjectNode config(ObjectMapper mapper) {
        ObjectNode c = mapper.createObjectNode();
        c.put("database", config.database());
        c.put("precision", config.precision());
        c.put("super_table", config.superTable());
        c.put("child_table_prefix", config.childPrefix());
        c.put("child_tables", config.childTables());
        c.put("rows_per_table", config.rowsPerTable());
        c.put("insert_mode", config.insertMode());
        c.put("threads", config.threads());
        c.put("rows_per_request", config.rowsPerRequest());
        c.put("interlace_rows", config.interlaceRows());
        c.put("insert_interval_ms", config.insertIntervalMs());
        c.put("timestamp_step", config.timestampStep());
        c.put("start_timestamp", config.startTimestamp());
        ArrayNode cols = c.putArray("columns");
        config.columns().forEach(s -> cols.addObject().put("name", s.name()).put("type", s.sqlType()));
        ArrayNode tags = c.putArray("tags");
        config.tags().forEach(s -> tags.addObject().put("name", s.name()).put("type", s.sqlType()));
        c.put("query_times", config.queryTimes());
        c.put("query_threads", config.queryThreads());
        return c;
    }

    private static ObjectNode latency(ObjectMapper mapper, Latency.Summary s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("count", s.count());
        n.put("min", s.min());
        n.put("avg", s.avg());
        n.put("p50", s.p50());
        n.put("p90", s.p90());
        n.put("p95", s.p95());
        n.put("p99", s.p99());
        n.put("max", s.max());
        return n;
    }
}
