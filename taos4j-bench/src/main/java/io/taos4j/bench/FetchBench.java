package io.taos4j.bench;

import io.taos4j.Block;
import io.taos4j.ResultSet;
import io.taos4j.Row;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench fetch}: reads {@code --rows} rows of six columns (TIMESTAMP, FLOAT, INT, DOUBLE, VARCHAR(16), BIGINT)
 * from a server in a child JVM, through taos4j (typed {@link Row} getters; the columnar {@link Block} getters;
 * mapping to a record with {@link ResultSet#stream}) and through taos-jdbcdriver (WebSocket, {@code ResultSet}
 * getters), alternating, after warm-up. Every value of every row is read. Reports rows/s, the ratio to the official
 * driver and the client's CPU time per row (this JVM holds only the clients).
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Result fetch throughput and client CPU per row: taos4j vs taos-jdbcdriver.")
final class FetchBench implements Callable<Integer>, Comparison {
    static final String QUERY = "select ts, f, i, d, s, b from fetchb.m";
    private static final long T0 = 1_704_067_200_000L;

    @Option(names = "--rows", defaultValue = "10000000", description = "Rows in all (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--tables", defaultValue = "10", description = "Child tables holding them (default ${DEFAULT-VALUE})")
    int tables;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured rounds (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "Measured rounds (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--scale", defaultValue = "1", description = "Multiplies --rows (e.g. 0.1 for a quick run)")
    double scale;

    @Option(names = "--only", description = "Run only the clients whose name contains this (for profiling)")
    String only;

    @Option(names = "--server-heap", defaultValue = "3g", description = "Heap of the server JVM (default ${DEFAULT-VALUE})")
    String serverHeap;

    /** The row as an application maps it. */
    record Reading(Instant ts, float f, int i, double d, String s, long b) {
    }

    @Override
    public String name() {
        return "fetch";
    }

    @Override
    public Integer call() throws Exception {
        compare(scale, System.out);
        return 0;
    }

    @Override
    public List<Figure> compare(double scale, PrintStream out) throws Exception {
        int total = Comparison.scaled(rows, scale, 10_000);
        int perTable = total / tables;
        total = perTable * tables;
        out.printf(Locale.ROOT, "fetch bench: %,d rows x 6 columns (%d tables), %d warm-up + %d measured rounds%n",
                total, tables, warmup, runs);
        out.println(Trials.machineLine());
        try (ChildServer server = ChildServer.start(serverHeap)) {
            long start = System.nanoTime();
            load(server.dsn(null), perTable);
            out.printf(Locale.ROOT, "load: %.1f s%n", (System.nanoTime() - start) / 1e9);
            try (Taos taos = TaosBuilder.fromDsn(server.dsn("fetchb")).build();
                 Connection jdbc = DriverManager.getConnection(server.jdbcUrl("fetchb"))) {
                List<Trials.Client> clients = List.of(
                        new Trials.Client("taos4j Row getters", () -> rowGetters(taos)),
                        new Trials.Client("taos4j Block columnar", () -> blockColumns(taos)),
                        new Trials.Client("taos4j record stream", () -> records(taos)),
                        new Trials.Client("taos-jdbcdriver getters", () -> jdbcGetters(jdbc)));
                if (only != null) {
                    clients = clients.stream().filter(c -> c.name().contains(only)).toList();
                    Trials.alternate(clients, warmup, runs, server::cpuNanos, out);
                    return List.of();
                }
                List<Trials.Outcome> o = Trials.alternate(clients, warmup, runs, server::cpuNanos, out);
                for (Trials.Outcome r : o) {
                    if (r.rows() != total) {
                        throw new IllegalStateException(r.client() + " read " + r.rows() + " rows, not " + total);
                    }
                }
                return report(o, out);
            }
        }
    }

    private List<Figure> report(List<Trials.Outcome> o, PrintStream out) {
        Trials.Outcome official = o.get(o.size() - 1);
        out.printf(Locale.ROOT, "%-26s %10s %10s %14s %8s %14s %14s%n", "client", "median ms", "best ms", "rows/s",
                "ratio", "client ns/row", "server ns/row");
        List<Figure> figures = new ArrayList<>();
        for (Trials.Outcome r : o) {
            out.printf(Locale.ROOT, "%-26s %10.1f %10.1f %,14.0f %8.2f %14.1f %14.1f%n", r.client(),
                    r.medianNanos() / 1e6, r.bestNanos() / 1e6, r.rowsPerSecond(),
                    r.rowsPerSecond() / official.rowsPerSecond(), r.cpuNanosPerRow(), r.serverCpuNanosPerRow());
            if (r != official) {
                figures.add(new Figure(name(), r.client().replace("taos4j ", "") + " vs ResultSet getters", "rows/s",
                        r.rowsPerSecond(), official.rowsPerSecond(), r.cpuNanosPerRow(), official.cpuNanosPerRow(),
                        runs, r.rows()));
            }
        }
        out.println(Trials.machineLine());
        return figures;
    }

    /** Every value through the typed getters of each {@link Row} (TIMESTAMP as ticks, like JDBC's getLong). */
    static long rowGetters(Taos taos) {
        long n = 0;
        long sink = 0;
        try (ResultSet rs = taos.query(QUERY)) {
            for (Row row : rs) {
                sink += row.getLong(0) + (long) row.getFloat(1) + row.getInt(2) + (long) row.getDouble(3)
                        + row.getString(4).length() + row.getLong(5);
                n++;
            }
        }
        return sink == 42 ? -1 : n;
    }

    /** Every value through the columnar getters of each {@link Block}: one column at a time. */
    static long blockColumns(Taos taos) {
        long n = 0;
        long sink = 0;
        try (ResultSet rs = taos.query(QUERY)) {
            Block b;
            while ((b = rs.nextBlock()) != null) {
                int rows = b.rows();
                for (int r = 0; r < rows; r++) {
                    sink += b.getLong(0, r);
                }
                for (int r = 0; r < rows; r++) {
                    sink += (long) b.getFloat(1, r);
                }
                for (int r = 0; r < rows; r++) {
                    sink += b.getInt(2, r);
                }
                for (int r = 0; r < rows; r++) {
                    sink += (long) b.getDouble(3, r);
                }
                for (int r = 0; r < rows; r++) {
                    sink += b.getString(4, r).length();
                }
                for (int r = 0; r < rows; r++) {
                    sink += b.getLong(5, r);
                }
                n += rows;
            }
        }
        return sink == 42 ? -1 : n;
    }

    /** Every row mapped to a {@link Reading} record (TIMESTAMP as {@link Instant}) by {@link ResultSet#stream}. */
    static long records(Taos taos) {
        long[] acc = new long[2];
        try (ResultSet rs = taos.query(QUERY)) {
            rs.stream(Reading.class).forEach(m -> {
                acc[0]++;
                acc[1] += m.i() + m.s().length();
            });
        }
        return acc[1] == 42 ? -1 : acc[0];
    }

    /** Every value through the official driver's getters (TIMESTAMP with getLong). */
    static long jdbcGetters(Connection c) throws Exception {
        long n = 0;
        long sink = 0;
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                sink += rs.getLong(1) + (long) rs.getFloat(2) + rs.getInt(3) + (long) rs.getDouble(4)
                        + rs.getString(5).length() + rs.getLong(6);
                n++;
            }
        }
        return sink == 42 ? -1 : n;
    }

    /** Creates {@code fetchb.m} with {@link #tables} children of {@code perTable} rows, from two connections. */
    private void load(String dsn, int perTable) throws Exception {
        try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
            taos.execMany("create database if not exists fetchb vgroups 2",
                    "create stable if not exists fetchb.m (ts timestamp, f float, i int, d double, s varchar(16),"
                            + " b bigint) tags (g int)");
            for (int t = 0; t < tables; t++) {
                taos.exec("create table if not exists fetchb.t" + t + " using fetchb.m tags (" + t + ")");
            }
        }
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    long written = 0;
                    try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
                        StringBuilder sql = new StringBuilder(1 << 20);
                        for (int t = worker; t < tables; t += threads) {
                            for (int from = 0; from < perTable; from += 5000) {
                                sql.setLength(0);
                                sql.append("insert into fetchb.t").append(t).append(" values");
                                for (int i = from; i < Math.min(perTable, from + 5000); i++) {
                                    appendRow(sql, (long) t * perTable + i, T0 + i * 1000L);
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
            if (written != (long) tables * perTable) {
                throw new IllegalStateException("wrote " + written + " rows, expected " + (long) tables * perTable);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One row's values {@code (ts, f, i, d, 's', b)} from a fixed pseudo-random number. */
    static void appendRow(StringBuilder sql, long seed, long ts) {
        long h = mix(seed);
        sql.append(" (").append(ts).append(", ").append((h & 0xFFFF) / 100.0f).append(", ")
                .append((int) (h >>> 16) % 100_000).append(", ").append(((h >>> 20) & 0xFFFFF) / 1000.0)
                .append(", 'dev-").append((h >>> 40) & 0xFFFF).append("', ").append(h >> 8).append(')');
    }

    /** SplitMix64's finaliser: a fixed pseudo-random 64-bit value per input. */
    static long mix(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
