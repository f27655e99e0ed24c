package io.taos4j.bench;

import com.taosdata.jdbc.ws.TSWSPreparedStatement;
import io.taos4j.ColumnView;
import io.taos4j.Stmt2;
import io.taos4j.TableBind;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench stmt2}: the same {@link Meters} rows written through taos4j's {@link Stmt2} and through the official
 * driver's {@code PreparedStatement} (stmt2 over WebSocket; standard {@code setXxx}/{@code addBatch} or its
 * column-wise extension) to a server in a child JVM, alternating runs, each run into a fresh database whose child
 * tables the inserts create ({@code INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?, ?)}). Reports rows/s, the
 * ratio, and client and server CPU per row.
 */
@Command(name = "stmt2", mixinStandardHelpOptions = true,
        description = "Insert TABLES child tables x ROWS rows (ts + 3 columns + 2 tags) via stmt2 with taos4j and "
                + "with taos-jdbcdriver against one server; rows/s and client CPU per row.")
final class Stmt2Ingest implements Callable<Integer>, Comparison {
    private static final String SQL = "INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?, ?)";

    @Option(names = "--tables", defaultValue = "1000", description = "child tables (default ${DEFAULT-VALUE})")
    int tables;

    @Option(names = "--rows", defaultValue = "10000", description = "rows per table (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--tables-per-bind", defaultValue = "100",
            description = "tables bound per bind/execute (default ${DEFAULT-VALUE})")
    int tablesPerBind;

    @Option(names = "--rows-per-bind", defaultValue = "1000",
            description = "rows per table per bind/execute (default ${DEFAULT-VALUE})")
    int rowsPerBind;

    @Option(names = "--jdbc-mode", defaultValue = "standard",
            description = "official driver API: standard (setXxx + addBatch + executeBatch) or columnar "
                    + "(TSWSPreparedStatement column-wise extension) (default ${DEFAULT-VALUE})")
    String jdbcMode;

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
        return "stmt2";
    }

    @Override
    public Integer call() throws Exception {
        compare(scale, System.out);
        return 0;
    }

    @Override
    public List<Figure> compare(double scale, PrintStream out) throws Exception {
        if (!jdbcMode.equals("standard") && !jdbcMode.equals("columnar")) {
            throw new IllegalArgumentException("--jdbc-mode is standard or columnar, not " + jdbcMode);
        }
        int perTable = Comparison.scaled(rows, scale, Math.min(rows, 100));
        long total = (long) tables * perTable;
        out.printf(Locale.ROOT, "stmt2 bench: %d tables x %,d rows = %,d rows; %d tables x %d rows per bind/execute;"
                + " taos-jdbcdriver %s; %d warm-up + %d measured rounds%n", tables, perTable, total, tablesPerBind,
                rowsPerBind, jdbcMode, warmup, runs);
        out.println(Trials.machineLine());
        try (ChildServer server = ChildServer.start(serverHeap);
             Taos taos = TaosBuilder.fromDsn(server.dsn(null)).build();
             Connection jdbc = DriverManager.getConnection(server.jdbcUrl(null))) {
            List<Trials.Client> clients = List.of(
                    new Trials.Client("taos4j Stmt2", () -> viaTaos4j(taos, perTable)),
                    new Trials.Client("taos-jdbcdriver " + jdbcMode, () -> viaJdbc(jdbc, perTable)));
            List<Trials.Outcome> o = Trials.alternate(clients, warmup, runs, server::cpuNanos, out);
            return InsertSqlBench.report(name(), "stmt2 insert, " + tablesPerBind + " tables x " + rowsPerBind
                    + " rows per execute (official: " + jdbcMode + ")", o, total, runs, out);
        }
    }

    private long viaTaos4j(Taos taos, int perTable) {
        String db = setUp(taos::exec);
        long written = 0;
        try (Stmt2 stmt = taos.stmt2()) {
            stmt.prepare(SQL);
            for (int t0 = 0; t0 < tables; t0 += tablesPerBind) {
                int t1 = Math.min(tables, t0 + tablesPerBind);
                for (int r0 = 0; r0 < perTable; r0 += rowsPerBind) {
                    int n = Math.min(rowsPerBind, perTable - r0);
                    List<TableBind> binds = new ArrayList<>(t1 - t0);
                    for (int t = t0; t < t1; t++) {
                        long[] ts = new long[n];
                        int[] c1 = new int[n];
                        float[] c2 = new float[n];
                        double[] c3 = new double[n];
                        for (int i = 0; i < n; i++) {
                            int r = r0 + i;
                            ts[i] = Meters.ts(r);
                            c1[i] = Meters.c1(r);
                            c2[i] = Meters.c2(r);
                            c3[i] = Meters.c3(t, r);
                        }
                        binds.add(TableBind.of("d" + t, Arrays.asList(Meters.t1(t), Meters.t2(t)),
                                ColumnView.ofTimestamps(ts), ColumnView.ofInts(c1), ColumnView.ofFloats(c2),
                                ColumnView.ofDoubles(c3)));
                    }
                    stmt.bind(binds);
                    written += stmt.execute();
                }
            }
            try (var rs = taos.query("SELECT COUNT(*) FROM " + db + ".meters")) {
                InsertSqlBench.check("taos4j", written, rs.iterator().next().getLong(0));
            }
        } finally {
            taos.exec("DROP DATABASE " + db);
        }
        return written;
    }

    @FunctionalInterface
    private interface Exec {
        void exec(String sql) throws Exception;
    }

    /** A fresh database with {@code meters}, made current; returns its name. */
    private String setUp(Exec exec) throws RuntimeException {
        String db = "stmt2_" + (++runNumber);
        try {
            exec.exec("CREATE DATABASE " + db + " KEEP 36500");
            exec.exec("USE " + db);
            exec.exec(Meters.STABLE);
        } catch (Exception e) {
            throw new IllegalStateException("setting up " + db + ": " + e.getMessage(), e);
        }
        return db;
    }

    private long viaJdbc(Connection c, int perTable) throws Exception {
        try (Statement st = c.createStatement()) {
            String db = setUp(st::execute);
            try {
                long written = jdbcMode.equals("columnar") ? columnar(c, perTable) : standard(c, perTable);
                try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + db + ".meters")) {
                    rs.next();
                    InsertSqlBench.check("taos-jdbcdriver", written, rs.getLong(1));
                }
                return written;
            } finally {
                st.execute("DROP DATABASE " + db);
            }
        }
    }

    /** The standard JDBC way: one row of setXxx calls per addBatch, executeBatch per chunk. */
    private long standard(Connection c, int perTable) throws Exception {
        long written = 0;
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            for (int t0 = 0; t0 < tables; t0 += tablesPerBind) {
                int t1 = Math.min(tables, t0 + tablesPerBind);
                for (int r0 = 0; r0 < perTable; r0 += rowsPerBind) {
                    int n = Math.min(rowsPerBind, perTable - r0);
                    for (int t = t0; t < t1; t++) {
                        for (int i = 0; i < n; i++) {
                            int r = r0 + i;
                            ps.setString(1, "d" + t);
                            ps.setInt(2, Meters.t1(t));
                            ps.setString(3, Meters.t2(t));
                            ps.setTimestamp(4, new Timestamp(Meters.ts(r)));
                            ps.setInt(5, Meters.c1(r));
                            ps.setFloat(6, Meters.c2(r));
                            ps.setDouble(7, Meters.c3(t, r));
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                    written += (long) (t1 - t0) * n;
                }
            }
        }
        return written;
    }

    /** The driver's column-wise extension: one table at a time, boxed lists per column. */
    private long columnar(Connection c, int perTable) throws Exception {
        long written = 0;
        try (TSWSPreparedStatement ps = c.prepareStatement(SQL).unwrap(TSWSPreparedStatement.class)) {
            for (int t0 = 0; t0 < tables; t0 += tablesPerBind) {
                int t1 = Math.min(tables, t0 + tablesPerBind);
                for (int r0 = 0; r0 < perTable; r0 += rowsPerBind) {
                    int n = Math.min(rowsPerBind, perTable - r0);
                    for (int t = t0; t < t1; t++) {
                        ps.setTableName("d" + t);
                        ps.setTagInt(0, Meters.t1(t));
                        ps.setTagString(1, Meters.t2(t));
                        ArrayList<Long> ts = new ArrayList<>(n);
                        ArrayList<Integer> c1 = new ArrayList<>(n);
                        ArrayList<Float> c2 = new ArrayList<>(n);
                        ArrayList<Double> c3 = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            int r = r0 + i;
                            ts.add(Meters.ts(r));
                            c1.add(Meters.c1(r));
                            c2.add(Meters.c2(r));
                            c3.add(Meters.c3(t, r));
                        }
                        ps.setTimestamp(0, ts);
                        ps.setInt(1, c1);
                        ps.setFloat(2, c2);
                        ps.setDouble(3, c3);
                        ps.columnDataAddBatch();
                    }
                    ps.columnDataExecuteBatch();
                    written += (long) (t1 - t0) * n;
                }
            }
        }
        return written;
    }
}
