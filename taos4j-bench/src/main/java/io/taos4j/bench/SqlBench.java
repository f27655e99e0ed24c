package io.taos4j.bench;

import io.taos4j.ResultSet;
import io.taos4j.Row;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import io.taos4j.server.TaosServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench sql}: one embedded server with {@code --tables} child tables of {@code --rows} rows each, and three
 * queries run through taos4j and through the official taos-jdbcdriver (both over WebSocket to the same server):
 * an interval average over every row, {@code last_row(*)} per child table, and a count filtered by a data column and
 * a tag. Reports the median and best time of each and the rows the query scans per second; rows scanned are the
 * rows the server reads: every row for the first two queries, and for the filtered count the rows of the child
 * tables whose tag matches (the scan never opens the others). The two clients run alternately, after warm-up runs.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Query throughput of the embedded server through taos4j and taos-jdbcdriver.")
final class SqlBench implements Callable<Integer>, Comparison {
    private static final long T0 = 1_704_067_200_000L;
    private static final int GROUPS = 10;

    @Option(names = "--tables", defaultValue = "100", description = "Child tables (default ${DEFAULT-VALUE})")
    int tables;

    @Option(names = "--rows", defaultValue = "100000", description = "Rows per child table (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--batch", defaultValue = "10000", description = "Rows per INSERT (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", defaultValue = "2", description = "Loading connections (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured runs per query and client")
    int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per query and client")
    int runs;

    @Option(names = "--scale", defaultValue = "1", description = "Multiplies --rows (e.g. 0.1 for a quick run)")
    double scale;

    private record Query(String name, String sql, long rowsScanned) {
    }

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public Integer call() throws Exception {
        compare(scale, System.out);
        return 0;
    }

    @Override
    public List<Figure> compare(double scale, java.io.PrintStream out) throws Exception {
        rows = Comparison.scaled(rows, scale, 1000);
        batch = Math.min(batch, rows);
        long total = (long) tables * rows;
        int matching = 0;
        for (int t = 0; t < tables; t++) {
            matching += t % GROUPS == 3 ? 1 : 0;
        }
        List<Query> queries = List.of(
                new Query("interval avg", "select avg(current) from meters interval(1m)", total),
                new Query("last_row per table", "select last_row(*) from meters partition by tbname", total),
                new Query("filtered count", "select count(*) from meters where voltage > 220 and groupid = 3",
                        (long) matching * rows));
        out.printf(Locale.ROOT, "sql bench: %d tables x %,d rows = %,d rows; %d warm-up + %d measured runs%n",
                tables, rows, total, warmup, runs);
        out.printf(Locale.ROOT, "machine: %d cores, load average %.1f, max heap %d MB, %s%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"));
        try (TaosServer server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start()) {
            String ws = "ws://127.0.0.1:" + server.port() + "/bench";
            long start = System.nanoTime();
            load("ws://127.0.0.1:" + server.port());
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "load: %.1f s (%,.0f rows/s through taos4j INSERTs)%n", loadSeconds,
                    total / loadSeconds);
            String jdbcUrl = "jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/bench?user=root&password=taosdata";
            out.printf(Locale.ROOT, "%-20s %-16s %10s %10s %14s %8s%n", "query", "client", "median ms",
                    "best ms", "rows/s", "rows out");
            List<Figure> figures = new ArrayList<>();
            try (Taos taos = TaosBuilder.fromDsn(ws).build();
                 Connection jdbc = DriverManager.getConnection(jdbcUrl)) {
                for (Query q : queries) {
                    Result[] both = measure(() -> viaTaos4j(taos, q.sql()), () -> viaJdbc(jdbc, q.sql()));
                    Result mine = both[0];
                    Result theirs = both[1];
                    print(out, q, "taos4j", mine);
                    print(out, q, "taos-jdbcdriver", theirs);
                    out.printf(Locale.ROOT, "%-20s %-16s %10.2f (taos4j rows/s / taos-jdbcdriver rows/s,"
                            + " by median)%n", q.name(), "ratio", theirs.median() / mine.median());
                    figures.add(new Figure(name(), q.name() + " (rows scanned)", "rows/s",
                            q.rowsScanned() / (mine.median() / 1e9), q.rowsScanned() / (theirs.median() / 1e9),
                            Double.NaN, Double.NaN, runs, q.rowsScanned()));
                }
            }
            out.println(Trials.machineLine());
            return figures;
        }
    }

    private void print(java.io.PrintStream out, Query q, String client, Result r) {
        out.printf(Locale.ROOT, "%-20s %-16s %10.1f %10.1f %,14.0f %8d%n", q.name(), client,
                r.median() / 1e6, r.best() / 1e6, q.rowsScanned() / (r.median() / 1e9), r.rowsOut());
    }

    /** Nanoseconds of each measured run (the result's row count is checked to be stable). */
    private record Result(long[] nanos, long rowsOut) {
        double median() {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        }

        double best() {
            return Arrays.stream(nanos).min().orElse(0);
        }
    }

    @FunctionalInterface
    private interface Run {
        long rows() throws Exception;
    }

    /**
     * Runs the two clients alternately (warm-up runs first, then measured runs), so that load from other processes
     * and JIT or GC phases fall on both alike; checks that each client's result size stays the same.
     */
    private Result[] measure(Run a, Run b) throws Exception {
        Run[] clients = {a, b};
        long[] rowsOut = {-1, -1};
        long[][] nanos = new long[2][runs];
        for (int i = 0; i < warmup + runs; i++) {
            for (int c = 0; c < 2; c++) {
                long start = System.nanoTime();
                long n = clients[c].rows();
                long elapsed = System.nanoTime() - start;
                if (rowsOut[c] >= 0 && n != rowsOut[c]) {
                    throw new IllegalStateException("result size changed between runs: " + rowsOut[c] + " then " + n);
                }
                rowsOut[c] = n;
                if (i >= warmup) {
                    nanos[c][i - warmup] = elapsed;
                }
            }
        }
        return new Result[] {new Result(nanos[0], rowsOut[0]), new Result(nanos[1], rowsOut[1])};
    }

    /** Reads every row and every value, as an application would. */
    private static long viaTaos4j(Taos taos, String sql) {
        long n = 0;
        long sink = 0;
        try (ResultSet rs = taos.query(sql)) {
            for (Row row : rs) {
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.getObject(c);
                    sink += v == null ? 0 : 1;
                }
                n++;
            }
        }
        return sink < 0 ? -1 : n;
    }

    private static long viaJdbc(Connection c, String sql) throws SQLException {
        long n = 0;
        long sink = 0;
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object v = rs.getObject(i);
                    sink += v == null ? 0 : 1;
                }
                n++;
            }
        }
        return sink < 0 ? -1 : n;
    }

    /** Creates the tables and writes {@code rows} rows per table, one second apart, from {@code threads} clients. */
    private void load(String dsn) throws Exception {
        try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
            taos.execMany("create database if not exists bench vgroups 4",
                    "create stable if not exists bench.meters (ts timestamp, current float, voltage int,"
                            + " phase float) tags (location varchar(24), groupid int)");
            for (int t = 0; t < tables; t++) {
                taos.exec("create table if not exists bench.d" + t + " using bench.meters tags ('loc" + t + "', "
                        + t % GROUPS + ")");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    long written = 0;
                    try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
                        StringBuilder sql = new StringBuilder(batch * 40);
                        for (int t = worker; t < tables; t += threads) {
                            for (int from = 0; from < rows; from += batch) {
                                sql.setLength(0);
                                sql.append("insert into bench.d").append(t).append(" values");
                                for (int i = from; i < Math.min(rows, from + batch); i++) {
                                    long h = mix((long) t * rows + i);
                                    sql.append(" (").append(T0 + i * 1000L).append(", ")
                                            .append(10 + (h & 0xFFF) / 100.0).append(", ")
                                            .append(200 + ((h >>> 12) & 0x1F) + ((h >>> 17) & 0x7)).append(", ")
                                            .append(((h >>> 20) & 0x3FF) / 1000.0).append(')');
                                }
                                written += taos.exec(sql.toString());
                            }
                        }
                    }
                    return written;
                }));
            }
            long written = 0;
            for (Future<Long> f : done) {
                written += f.get();
            }
            if (written != (long) tables * rows) {
                throw new IllegalStateException("wrote " + written + " rows, expected " + (long) tables * rows);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A fixed pseudo-random 64-bit value per row (SplitMix64's finaliser). */
    private static long mix(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
