package io.taos4j.bench;

import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench insert-sql}: writes the {@link Meters} rows ({@code --tables} child tables x {@code --rows} rows) as
 * SQL text, {@code --batch} rows per {@code INSERT INTO d<t> USING meters TAGS (...) VALUES ...}, through taos4j
 * ({@code Taos.exec}) and through taos-jdbcdriver ({@code Statement.executeUpdate}), one connection each, to a server
 * in a child JVM, alternating runs. Each run writes into a fresh database (its super table created first; the child
 * tables by the inserts) and checks the count. Both clients build the same statements with the same code inside the
 * timed loop.
 */
@Command(name = "insert-sql", mixinStandardHelpOptions = true,
        description = "SQL INSERT throughput and client CPU per row: taos4j vs taos-jdbcdriver.")
final class InsertSqlBench implements Callable<Integer>, Comparison {

    @Option(names = "--tables", defaultValue = "1000", description = "Child tables (default ${DEFAULT-VALUE})")
    int tables;

    @Option(names = "--rows", defaultValue = "10000", description = "Rows per table (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--batch", defaultValue = "1000", description = "Rows per INSERT (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured rounds (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "3", description = "Measured rounds (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--scale", defaultValue = "1", description = "Multiplies --rows (e.g. 0.1 for a quick run)")
    double scale;

    @Option(names = "--server-heap", defaultValue = "4g", description = "Heap of the server JVM (default ${DEFAULT-VALUE})")
    String serverHeap;

    private int runNumber;

    @Override
    public String name() {
        return "insert-sql";
    }

    @Override
    public Integer call() throws Exception {
        compare(scale, System.out);
        return 0;
    }

    @Override
    public List<Figure> compare(double scale, PrintStream out) throws Exception {
        int perTable = Comparison.scaled(rows, scale, Math.min(rows, 100));
        long total = (long) tables * perTable;
        out.printf(Locale.ROOT, "insert-sql bench: %d tables x %,d rows = %,d rows, %d rows per INSERT;"
                + " %d warm-up + %d measured rounds%n", tables, perTable, total, batch, warmup, runs);
        out.println(Trials.machineLine());
        try (ChildServer server = ChildServer.start(serverHeap);
             Taos admin = TaosBuilder.fromDsn(server.dsn(null)).build();
             Taos taos = TaosBuilder.fromDsn(server.dsn(null)).build();
             Connection jdbc = DriverManager.getConnection(server.jdbcUrl(null))) {
            List<Trials.Client> clients = List.of(
                    new Trials.Client("taos4j exec", () -> run(admin, db -> {
                        long n = 0;
                        for (String sql : statements(db, perTable)) {
                            n += taos.exec(sql);
                        }
                        return n;
                    })),
                    new Trials.Client("taos-jdbcdriver executeUpdate", () -> run(admin, db -> {
                        long n = 0;
                        try (Statement st = jdbc.createStatement()) {
                            for (String sql : statements(db, perTable)) {
                                n += st.executeUpdate(sql);
                            }
                        }
                        return n;
                    })));
            List<Trials.Outcome> o = Trials.alternate(clients, warmup, runs, server::cpuNanos, out);
            return report(name(), "SQL insert, " + batch + " rows per INSERT (exec vs executeUpdate)", o, total, runs,
                    out);
        }
    }

    /**
     * Prints the table of an insert comparison of two clients (taos4j first) and returns its figure.
     *
     * @throws IllegalStateException if a client wrote another number of rows than {@code total}
     */
    static List<Figure> report(String name, String workload, List<Trials.Outcome> o, long total, int runs,
            PrintStream out) {
        out.printf(Locale.ROOT, "%-30s %10s %14s %14s %14s%n", "client", "median ms", "rows/s", "client ns/row",
                "server ns/row");
        for (Trials.Outcome r : o) {
            if (r.rows() != total) {
                throw new IllegalStateException(r.client() + " wrote " + r.rows() + " rows, not " + total);
            }
            out.printf(Locale.ROOT, "%-30s %10.1f %,14.0f %14.1f %14.1f%n", r.client(), r.medianNanos() / 1e6,
                    r.rowsPerSecond(), r.cpuNanosPerRow(), r.serverCpuNanosPerRow());
        }
        Trials.Outcome mine = o.get(0);
        Trials.Outcome theirs = o.get(1);
        out.printf(Locale.ROOT, "ratio (taos4j rows/s / taos-jdbcdriver rows/s): %.2f; client CPU per row: %.2f%n",
                mine.rowsPerSecond() / theirs.rowsPerSecond(), mine.cpuNanosPerRow() / theirs.cpuNanosPerRow());
        out.println(Trials.machineLine());
        return List.of(new Figure(name, workload, "rows/s", mine.rowsPerSecond(), theirs.rowsPerSecond(),
                mine.cpuNanosPerRow(), theirs.cpuNanosPerRow(), runs, total));
    }

    /** Fails unless the server holds the rows a client says it wrote. */
    static void check(String client, long written, long stored) {
        if (written != stored) {
            throw new IllegalStateException(client + " wrote " + written + " rows but the server holds " + stored);
        }
    }

    @FunctionalInterface
    private interface Write {
        long rows(String db) throws Exception;
    }

    /** Creates a fresh database and the super table, runs the writes, checks the count, drops the database. */
    private long run(Taos admin, Write write) throws Exception {
        String db = "ins" + (++runNumber);
        admin.execMany("CREATE DATABASE " + db + " KEEP 36500", "USE " + db, Meters.STABLE);
        try {
            long n = write.rows(db);
            try (var rs = admin.query("SELECT COUNT(*) FROM " + db + ".meters")) {
                check(db, n, rs.iterator().next().getLong(0));
            }
            return n;
        } finally {
            admin.exec("DROP DATABASE " + db);
        }
    }

    /** The INSERT statements of one run, built lazily: table by table, {@code batch} rows each. */
    private Iterable<String> statements(String db, int perTable) {
        return () -> new Iterator<>() {
            final StringBuilder sql = new StringBuilder(batch * 48 + 128);
            int table;
            int from;

            @Override
            public boolean hasNext() {
                return table < tables;
            }

            @Override
            public String next() {
                sql.setLength(0);
                sql.append("INSERT INTO ").append(db).append(".d").append(table).append(" USING ").append(db)
                        .append(".meters TAGS (").append(Meters.t1(table)).append(", '").append(Meters.t2(table))
                        .append("') VALUES");
                int to = Math.min(perTable, from + batch);
                for (int r = from; r < to; r++) {
                    Meters.appendValues(sql, table, r);
                }
                from = to;
                if (from >= perTable) {
                    table++;
                    from = 0;
                }
                return sql.toString();
            }
        };
    }
}
