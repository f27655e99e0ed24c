package io.taos4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.ResultSet;
import io.taos4j.Row;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./taos4j bench} end to end against an embedded server, checking what really landed in the database. */
class BenchCommandTest {
    private static final String DSN = "taos+mem://bench-command-test";
    private static Taos keeper; // keeps the embedded server (and what bench wrote) for the checks

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() {
        keeper = TaosBuilder.fromDsn(DSN).build();
    }

    @AfterAll
    static void stop() {
        keeper.close();
    }

    private static Run bench(String... args) {
        return bench(false, "", args);
    }

    private static Run bench(boolean terminal, String keys, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = Main.reportingErrors(new CommandLine(new BenchCommand(
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), e, terminal)));
        cl.setErr(new java.io.PrintWriter(e, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long scalar(String sql) {
        try (ResultSet rs = keeper.query(sql)) {
            return rs.rows().findFirst().orElseThrow().getLong(0);
        }
    }

    @Test
    void tenTablesOfAThousandRowsWithAResultFile() throws Exception {
        Path result = dir.resolve("result.json");
        Run r = bench("--dsn", DSN, "-d", "bench1", "-t", "10", "-n", "1000", "-T", "3", "-r", "250",
                "--query-times", "2", "--progress-interval", "0.05", "-o", result.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();

        assertThat(scalar("select count(*) from bench1.meters")).isEqualTo(10_000);
        assertThat(scalar("select count(*) from information_schema.ins_tables where db_name = 'bench1'"))
                .isEqualTo(10);
        try (ResultSet rs = keeper.query("select tbname, count(*), first(ts), last(ts) from bench1.meters"
                + " partition by tbname")) {
            List<Row> rows = rs.rows().toList();
            assertThat(rows).hasSize(10);
            for (Row row : rows) {
                assertThat(row.getLong(1)).isEqualTo(1000);
                assertThat(row.getInstant(2).toEpochMilli()).isEqualTo(1_500_000_000_000L);
                assertThat(row.getInstant(3).toEpochMilli()).isEqualTo(1_500_000_000_999L);
            }
        }
        assertThat(scalar("select count(*) from bench1.meters where voltage < 215 or voltage >= 225")).isZero();

        assertThat(r.out()).contains("Created database bench1, super table meters and 10 child tables")
                .contains("Inserting 10000 rows into 10 tables with 3 thread(s), 250 rows per request"
                        + " (insert mode: sql)")
                .contains("progress: 100%  10000/10000 rows")
                .containsPattern("SUCC: Spent \\d+\\.\\d{6} seconds to insert rows: 10000 with 3 thread\\(s\\) into"
                        + " bench1 \\d+\\.\\d{2} records/second")
                .containsPattern("SUCC: insert delay, min: [\\d.]+ms, avg: [\\d.]+ms, p50: [\\d.]+ms, p90: [\\d.]+ms,"
                        + " p95: [\\d.]+ms, p99: [\\d.]+ms, max: [\\d.]+ms")
                .contains("Verified: bench1.meters holds 10000 rows.")
                .contains("Query: SELECT LAST_ROW(*) FROM bench1.meters")
                .contains("Results written to " + result);

        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("tool").asText()).isEqualTo("taos4j bench");
        assertThat(json.path("config").path("child_tables").asInt()).isEqualTo(10);
        assertThat(json.path("config").path("rows_per_request").asInt()).isEqualTo(250);
        JsonNode insert = json.path("insert");
        assertThat(insert.path("mode").asText()).isEqualTo("sql");
        assertThat(insert.path("rows").asLong()).isEqualTo(10_000);
        assertThat(insert.path("expected_rows").asLong()).isEqualTo(10_000);
        assertThat(insert.path("threads").asInt()).isEqualTo(3);
        assertThat(insert.path("requests").asLong()).isEqualTo(40); // 3, 3 and 4 tables of 1000 rows, 250 per request
        assertThat(insert.path("rows_per_second").asDouble()).isPositive();
        JsonNode latency = insert.path("latency_ms");
        assertThat(latency.path("count").asLong()).isEqualTo(40);
        assertThat(latency.path("min").asDouble()).isPositive()
                .isLessThanOrEqualTo(latency.path("p50").asDouble());
        assertThat(latency.path("p50").asDouble()).isLessThanOrEqualTo(latency.path("p90").asDouble());
        assertThat(latency.path("p90").asDouble()).isLessThanOrEqualTo(latency.path("p99").asDouble());
        assertThat(latency.path("p99").asDouble()).isLessThanOrEqualTo(latency.path("max").asDouble());
        assertThat(json.path("verified_rows").asLong()).isEqualTo(10_000);
        List<String> sqls = new ArrayList<>();
        for (JsonNode q : json.path("queries")) {
            sqls.add(q.path("sql").asText());
            assertThat(q.path("error").isNull()).as(q.toString()).isTrue();
            assertThat(q.path("runs").asLong()).isEqualTo(2);
            assertThat(q.path("latency_ms").path("count").asLong()).isEqualTo(2);
        }
        assertThat(sqls).containsExactly("SELECT LAST_ROW(*) FROM bench1.meters",
                "SELECT COUNT(*) FROM bench1.meters", "SELECT _WSTART, AVG(current) FROM bench1.meters INTERVAL(1s)");
        assertThat(json.path("queries").get(1).path("rows").asLong()).isEqualTo(2); // one count row per run
        assertThat(json.path("error").isNull()).isTrue();
    }

    @Test
    void aTaosBenchmarkJsonConfigurationWithCustomColumnsAndInterlacing() throws Exception {
        Path config = dir.resolve("insert.json");
        Files.writeString(config, """
                {
                  "filetype": "insert",
                  "host": "127.0.0.1", "port": 6030, "user": "root", "password": "taosdata",
                  "thread_count": 2,
                  "num_of_records_per_req": 40,
                  "prepared_rand": 100,
                  "databases": [{
                    "dbinfo": {"name": "bench2", "drop": "yes", "precision": "us"},
                    "super_tables": [{
                      "name": "sensors",
                      "childtable_count": 4,
                      "childtable_prefix": "s_",
                      "insert_rows": 50,
                      "interlace_rows": 10,
                      "timestamp_step": 1000,
                      "start_timestamp": "2024-01-01 00:00:00.000",
                      "columns": [
                        {"type": "DOUBLE", "name": "temp", "min": -10, "max": 40},
                        {"type": "INT", "name": "level", "count": 2, "min": 0, "max": 5},
                        {"type": "BINARY", "name": "note", "len": 8, "values": ["ok", "warn"]},
                        {"type": "BOOL", "name": "on"}
                      ],
                      "tags": [{"type": "NCHAR", "name": "site", "len": 10, "values": ["north", "south"]}]
                    }]
                  }],
                  "query_times": 3,
                  "specified_table_query": {"threads": 2, "sqls": [
                    {"sql": "select max(temp) from bench2.sensors"},
                    {"sql": "select count(*) from bench2.sensors where note = 'warn' or note = 'ok'"}
                  ]}
                }
                """);
        Path result = dir.resolve("result2.json");
        Run r = bench("-f", config.toString(), "--dsn", DSN, "-o", result.toString(), "--progress-interval", "60");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("note: host is not used by bench; ignored");

        assertThat(scalar("select count(*) from bench2.sensors")).isEqualTo(200);
        assertThat(scalar("select count(*) from bench2.sensors where temp < -10 or temp >= 40")).isZero();
        assertThat(scalar("select count(*) from bench2.sensors where level_2 < 0 or level_2 >= 5")).isZero();
        assertThat(scalar("select count(*) from bench2.sensors where `on` = true or `on` = false")).isEqualTo(200);
        assertThat(scalar("select count(*) from bench2.sensors where note = 'warn' or note = 'ok'")).isEqualTo(200);
        assertThat(scalar("select count(*) from bench2.sensors where site = 'north' or site = 'south'"))
                .isEqualTo(200);
        assertThat(scalar("select count(*) from bench2.s_3")).isEqualTo(50);
        try (ResultSet rs = keeper.query("select first(ts), last(ts) from bench2.s_0")) {
            Row row = rs.rows().findFirst().orElseThrow();
            // 2024-01-01 00:00:00 in the JVM's zone, then 49 steps of 1000 us
            long first = java.time.LocalDateTime.of(2024, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault())
                    .toInstant().toEpochMilli();
            assertThat(row.getInstant(0).toEpochMilli()).isEqualTo(first);
            assertThat(row.getInstant(1).toEpochMilli()).isEqualTo(first + 49);
        }

        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("config").path("interlace_rows").asInt()).isEqualTo(10);
        assertThat(json.path("insert").path("rows").asLong()).isEqualTo(200);
        assertThat(json.path("insert").path("requests").asLong()).isEqualTo(10); // 5 rounds x 2 threads
        assertThat(json.path("queries")).hasSize(2);
        for (JsonNode q : json.path("queries")) {
            assertThat(q.path("threads").asInt()).isEqualTo(2);
            assertThat(q.path("runs").asLong()).isEqualTo(6);
            assertThat(q.path("error").isNull()).isTrue();
        }
        assertThat(json.path("queries").get(1).path("rows").asLong()).isEqualTo(6);
    }

    @Test
    void aQueryOnlyConfigurationAndAFailingQuery() throws Exception {
        keeper.execMany("create database if not exists bench3",
                "create table if not exists bench3.t (ts timestamp, v int)",
                "insert into bench3.t values (1700000000000, 1) (1700000000001, 2)");
        Path config = dir.resolve("query.json");
        Files.writeString(config, """
                {"filetype": "query", "databases": "bench3", "query_times": 4,
                 "specified_table_query": {"concurrent": 1, "sqls": [
                   {"sql": "select * from bench3.t"}, {"sql": "select * from bench3.nosuch"}]}}
                """);
        Path result = dir.resolve("result3.json");
        Run r = bench("-f", config.toString(), "--dsn", DSN, "-o", result.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("Inserting").contains("FAIL: query select * from bench3.nosuch");
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("insert").isNull()).isTrue();
        assertThat(json.path("queries").get(0).path("rows").asLong()).isEqualTo(8);
        assertThat(json.path("queries").get(1).path("error").asText()).contains("0x2603");
    }

    @Test
    void aRequestTooBigForOneStatementIsSplit() throws Exception {
        Path result = dir.resolve("big.json");
        Run r = bench("--dsn", DSN, "-d", "bench4", "-t", "1", "-n", "30000", "-r", "30000", "-T", "1",
                "--no-queries", "-o", result.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(scalar("select count(*) from bench4.meters")).isEqualTo(30_000);
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("insert").path("requests").asLong()).isEqualTo(2); // about 1.3 MB of SQL, 1 MB a statement
        assertThat(json.path("queries")).isEmpty();
    }

    @Test
    void atATerminalItAsksBeforeDroppingADatabaseOnAServerGivenWithDsn() {
        keeper.execMany("create database if not exists precious", "create table if not exists precious.t (ts"
                + " timestamp, v int)");
        Run stopped = bench(true, "", "--dsn", DSN, "-d", "precious", "-t", "1", "-n", "1", "--no-queries");
        assertThat(stopped.exit()).isEqualTo(1);
        assertThat(stopped.out()).contains("bench drops and re-creates database precious on taos+mem://");
        assertThat(scalar("select count(*) from information_schema.ins_tables where db_name = 'precious'"
                + " and table_name = 't'")).isEqualTo(1);

        Run confirmed = bench(true, "\n", "--dsn", DSN, "-d", "precious", "-t", "1", "-n", "1", "--no-queries");
        assertThat(confirmed.exit()).as(confirmed.out() + confirmed.err()).isZero();
        assertThat(scalar("select count(*) from information_schema.ins_tables where db_name = 'precious'"
                + " and table_name = 't'")).isZero();
    }

    @Test
    void mainHelpListsShellAndBench() {
        java.io.StringWriter help = new java.io.StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new java.io.PrintWriter(help, true));
        assertThat(cl.execute("--help")).isZero();
        assertThat(help.toString()).contains("shell").contains("bench");
    }

    /** The same configuration through each insert mode: same rows, same values, same child tables. */
    @Test
    void stmt2AndSchemalessWriteWhatSqlWrites() throws Exception {
        String[] modes = {"sql", "stmt2", "schemaless"};
        for (String mode : modes) {
            Path result = dir.resolve(mode + ".json");
            Run r = bench("--dsn", DSN, "-d", "bench_" + mode, "-I", mode, "-t", "4", "-n", "250", "-T", "2", "-r",
                    "100", "--query-times", "1", "--progress-interval", "0.05", "-o", result.toString());
            assertThat(r.exit()).as(mode + ": " + r.out() + r.err()).isZero();
            assertThat(r.out()).contains("(insert mode: " + mode + ")").contains("progress: 100%  1000/1000 rows")
                    .containsPattern("SUCC: insert delay, min: [\\d.]+ms, avg: [\\d.]+ms, p50: [\\d.]+ms,"
                            + " p90: [\\d.]+ms, p95: [\\d.]+ms, p99: [\\d.]+ms, max: [\\d.]+ms")
                    .contains("Verified: bench_" + mode + ".meters holds 1000 rows.");
            assertThat(scalar("select count(*) from bench_" + mode + ".meters")).isEqualTo(1000);
            for (int t = 0; t < 4; t++) {
                assertThat(scalar("select count(*) from bench_" + mode + ".d" + t)).as(mode + " d" + t)
                        .isEqualTo(250);
            }
            assertThat(scalar("select count(*) from information_schema.ins_tables where db_name = 'bench_" + mode
                    + "'")).isEqualTo(4);
            JsonNode insert = new ObjectMapper().readTree(result.toFile()).path("insert");
            assertThat(insert.path("mode").asText()).isEqualTo(mode);
            assertThat(insert.path("rows").asLong()).isEqualTo(1000);
            assertThat(insert.path("requests").asLong()).isEqualTo(10); // 500 rows per thread, 100 per request
            assertThat(insert.path("latency_ms").path("count").asLong()).isEqualTo(10);
            assertThat(insert.path("latency_ms").path("p99").asDouble()).isPositive();
        }
        String[] same = {"select sum(voltage) from %s.meters", "select count(*) from %s.meters where current > 10",
                "select count(*) from %s.meters where phase < 0.5", "select count(*) from %s.d1 where voltage > 220",
                "select sum(voltage) from %s.d3"};
        for (String sql : same) {
            long expected = scalar(String.format(sql, "bench_sql"));
            assertThat(scalar(String.format(sql, "bench_stmt2"))).as(sql).isEqualTo(expected);
            assertThat(scalar(String.format(sql, "bench_schemaless"))).as(sql).isEqualTo(expected);
        }
        // schemaless names the timestamp column _ts
        assertThat(scalar("select count(*) from bench_schemaless.d1 where _ts >= 1500000000100"
                + " and _ts < 1500000000200")).isEqualTo(100);
        assertThat(scalar("select count(*) from bench_stmt2.d1 where ts >= 1500000000100 and ts < 1500000000200"))
                .isEqualTo(100);
        for (String db : List.of("bench_stmt2", "bench_schemaless")) {
            for (int t = 0; t < 4; t++) {
                try (ResultSet a = keeper.query("select location from bench_sql.d" + t + " limit 1");
                     ResultSet b = keeper.query("select location from " + db + ".d" + t + " limit 1")) {
                    assertThat(b.rows().findFirst().orElseThrow().getString(0)).as(db + " d" + t + " location")
                            .isEqualTo(a.rows().findFirst().orElseThrow().getString(0));
                }
            }
        }
    }

    @Test
    void schemalessRefusesTimestampColumnsBeforeWritingAnything() {
        Run sml = bench("--dsn", DSN, "-d", "bench_sml_ts", "-I", "sml", "-b", "INT,TIMESTAMP", "-t", "1", "-n", "1");
        assertThat(sml.exit()).as(sml.out() + sml.err()).isEqualTo(2);
        assertThat(sml.err()).contains("insert mode schemaless cannot write TIMESTAMP column");
        assertThat(scalar("select count(*) from information_schema.ins_databases where name = 'bench_sml_ts'"))
                .isZero();
    }

    @Test
    void configurationsThatCannotRunSayWhy() throws Exception {
        Run type = bench("--dsn", DSN, "-b", "FLOAT,GEOMETRY");
        assertThat(type.exit()).as(type.out() + type.err()).isEqualTo(2);
        assertThat(type.err()).contains("bench cannot generate GEOMETRY values yet");
        Run mode = bench("--dsn", DSN, "-I", "carrier-pigeon");
        assertThat(mode.exit()).isEqualTo(2);
        assertThat(mode.err()).contains("unknown insert mode 'carrier-pigeon'");
        Run start = bench("--dsn", DSN, "--start-timestamp", "yesterday");
        assertThat(start.exit()).isEqualTo(2);
        assertThat(start.err()).contains("start timestamp 'yesterday' is neither now");
        Run tables = bench("--dsn", DSN, "-t", "0");
        assertThat(tables.exit()).isEqualTo(2);
        assertThat(tables.err()).contains("at least 1 child table");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"filetype\": \"subscribe\"}");
        Run sub = bench("-f", bad.toString(), "--dsn", DSN);
        assertThat(sub.exit()).isEqualTo(2);
        assertThat(sub.err()).contains("filetype 'subscribe' is not supported");
        Run missing = bench("-f", dir.resolve("none.json").toString(), "--dsn", DSN);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read");
    }
}
