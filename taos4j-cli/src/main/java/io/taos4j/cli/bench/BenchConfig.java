package io.taos4j.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark run, as taosBenchmark describes it: a database with one super table of {@code childTables} child
 * tables, {@code rowsPerTable} rows each, written by {@code threads} threads in requests of {@code rowsPerRequest}
 * rows; then (unless {@code runQueries} is off) queries, each run {@code queryTimes} times by {@code queryThreads}
 * threads: the given ones, or after an insert last_row, count and an interval average. Build with
 * {@link #builder()}; immutable.
 */
public record BenchConfig(
        boolean insert,
        String database,
        boolean drop,
        String precision,
        Integer vgroups,
        String superTable,
        String childPrefix,
        int childTables,
        long rowsPerTable,
        boolean childTablesExist,
        List<ColumnSpec> columns,
        List<ColumnSpec> tags,
        long timestampStep,
        String startTimestamp,
        String insertMode,
        int threads,
        int rowsPerRequest,
        int interlaceRows,
        long insertIntervalMs,
        int createTableBatch,
        int preparedRand,
        boolean runQueries,
        List<String> queries,
        int queryTimes,
        int queryThreads) {

    /** taosBenchmark's default first timestamp: 2017-07-14 02:40:00 UTC. */
    public static final String DEFAULT_START = "1500000000000";

    public BenchConfig {
        columns = List.copyOf(columns);
        tags = List.copyOf(tags);
        queries = List.copyOf(queries);
        require(!database.isBlank(), "the database name is empty");
        require(!superTable.isBlank(), "the super table name is empty");
        require(childTables >= 1, "there must be at least 1 child table, not " + childTables);
        require(rowsPerTable >= 0, "rows per table cannot be negative");
        require(threads >= 1, "there must be at least 1 thread, not " + threads);
        require(rowsPerRequest >= 1, "rows per request must be at least 1, not " + rowsPerRequest);
        require(interlaceRows >= 0, "interlace rows cannot be negative");
        require(insertIntervalMs >= 0, "the insert interval cannot be negative");
        require(timestampStep >= 1, "the timestamp step must be at least 1, not " + timestampStep);
        require(createTableBatch >= 1, "tables created per request must be at least 1");
        require(preparedRand >= 1, "prepared_rand must be at least 1");
        require(queryTimes >= 1, "each query must run at least once");
        require(queryThreads >= 1, "queries need at least 1 thread");
        require(!columns.isEmpty(), "the super table needs at least one data column");
        require(!tags.isEmpty(), "the super table needs at least one tag");
        require(List.of("ms", "us", "ns").contains(precision), "precision must be ms, us or ns, not " + precision);
        InsertMode.named(insertMode); // an unknown mode or start fails here, before anything runs
        Schema.startMillis(startTimestamp);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Rows the insert phase writes in all. */
    public long totalRows() {
        return childTables * rowsPerTable;
    }

    /** The child table names: prefix and index ({@code d0}, {@code d1}...). */
    public String childTable(int index) {
        return childPrefix + index;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BenchConfig}; starts from taosBenchmark's defaults (scaled for an in-memory server). */
    public static final class Builder {
        boolean insert = true;
        String database = "test";
        boolean drop = true;
        String precision = "ms";
        Integer vgroups;
        String superTable = "meters";
        String childPrefix = "d";
        int childTables = 100;
        long rowsPerTable = 10_000;
        boolean childTablesExist;
        List<ColumnSpec> columns = new ArrayList<>(List.of(
                ColumnSpec.of("current", "FLOAT").withRange(8, 12),
                ColumnSpec.of("voltage", "INT").withRange(215, 225),
                ColumnSpec.of("phase", "FLOAT").withRange(0, 1)));
        List<ColumnSpec> tags = new ArrayList<>(List.of(
                ColumnSpec.of("groupid", "INT").withRange(1, 11),
                ColumnSpec.of("location", "VARCHAR(24)").withValues(List.of("California.SanFrancisco",
                        "California.LosAngles", "California.SanDiego", "California.SanJose",
                        "California.PaloAlto", "California.Campbell", "California.MountainView",
                        "California.Sunnyvale", "California.SantaClara", "California.Cupertino"))));
        long timestampStep = 1;
        String startTimestamp = DEFAULT_START;
        String insertMode = "sql";
        int threads = 8;
        int rowsPerRequest = 10_000;
        int interlaceRows;
        long insertIntervalMs;
        int createTableBatch = 100;
        int preparedRand = 10_000;
        boolean runQueries = true;
        List<String> queries = new ArrayList<>();
        int queryTimes = 10;
        int queryThreads = 1;

        private Builder() {
        }

        public Builder insert(boolean v) { insert = v; return this; }
        public Builder database(String v) { database = v; return this; }
        public Builder drop(boolean v) { drop = v; return this; }
        public Builder precision(String v) { precision = v.toLowerCase(Locale.ROOT); return this; }
        public Builder vgroups(Integer v) { vgroups = v; return this; }
        public Builder superTable(String v) { superTable = v; return this; }
        public Builder childPrefix(String v) { childPrefix = v; return this; }
        public Builder childTables(int v) { childTables = v; return this; }
        public Builder rowsPerTable(long v) { rowsPerTable = v; return this; }
        public Builder childTablesExist(boolean v) { childTablesExist = v; return this; }
        public Builder columns(List<ColumnSpec> v) { columns = new ArrayList<>(v); return this; }
        public Builder tags(List<ColumnSpec> v) { tags = new ArrayList<>(v); return this; }
        public Builder timestampStep(long v) { timestampStep = v; return this; }
        public Builder startTimestamp(String v) { startTimestamp = v; return this; }
        public Builder insertMode(String v) { insertMode = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder rowsPerRequest(int v) { rowsPerRequest = v; return this; }
        public Builder interlaceRows(int v) { interlaceRows = v; return this; }
        public Builder insertIntervalMs(long v) { insertIntervalMs = v; return this; }
        public Builder createTableBatch(int v) { createTableBatch = v; return this; }
        public Builder preparedRand(int v) { preparedRand = v; return this; }
        public Builder runQueries(boolean v) { runQueries = v; return this; }
        public Builder queries(List<String> v) { queries = new ArrayList<>(v); return this; }
        public Builder queryTimes(int v) { queryTimes = v; return this; }
        public Builder queryThreads(int v) { queryThreads = v; return this; }

        /** @throws IllegalArgumentException naming the first setting that does not make sense */
        public BenchConfig build() {
            BenchConfig config = new BenchConfig(insert, database, drop, precision, vgroups, superTable, childPrefix, childTables,
                    rowsPerTable, childTablesExist, columns, tags, timestampStep, startTimestamp, insertMode, threads,
                    rowsPerRequest, interlaceRows, insertIntervalMs, createTableBatch, preparedRand, runQueries,
                    queries, queryTimes, queryThreads);
            InsertMode.named(insertMode).check(config); // a table the mode cannot write fails before anything runs
            return config;
        }
    }
}
