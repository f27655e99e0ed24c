package io.taos4j.bench;

import com.taosdata.jdbc.ws.TSWSPreparedStatement;
import io.taos4j.ColumnView;
import io.taos4j.Stmt2;
import io.taos4j.TableBind;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import io.taos4j.server.TaosServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * End-to-end stmt2 ingestion against one embedded server in this JVM: the same super table, tables and rows written
 * by taos4j's {@link Stmt2} and by the official driver's {@code PreparedStatement} (which uses stmt2 over
 * WebSocket), each into its own database. Reports rows per second and the ratio.
 */
@Command(name = "stmt2", mixinStandardHelpOptions = true,
        description = "Insert TABLES child tables x ROWS rows (ts + 3 columns + 2 tags) via stmt2 with taos4j and "
                + "with taos-jdbcdriver against one embedded server; report rows/s.")
final class Stmt2Ingest implements Callable<Integer> {
    private static final long T0 = 1_700_000_000_000L;
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

    @Option(names = "--repeat", defaultValue = "1",
            description = "measure each client this many times, alternating; the best run counts (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--jdbc-mode", defaultValue = "standard",
            description = "official driver API: standard (setXxx + addBatch + executeBatch), columnar "
                    + "(TSWSPreparedStatement column-wise extension), or none")
    String jdbcMode;

    @Override
    public Integer call() throws Exception {
        try (TaosServer server = TaosServer.builder().port(0).start()) {
            String dsn = server.dsn();
            System.out.printf(Locale.ROOT, "stmt2 ingestion over WebSocket (loopback TCP): %d tables x %d rows = %,d"
                    + " rows; %d tables x %d rows per bind/execute%n", tables, rows, (long) tables * rows,
                    tablesPerBind, rowsPerBind);
            // warm both clients up on a small data set first
            taos4j(dsn, "warm_t4j", Math.min(tables, 20), Math.min(rows, 2000));
            if (!jdbcMode.equals("none")) {
                jdbc(server.port(), "warm_jdbc", Math.min(tables, 20), Math.min(rows, 2000));
            }
            long total = (long) tables * rows;
            CpuMeter cpu = new CpuMeter();
            double mine = 0;
            double theirs = 0;
            for (int run = 1; run <= repeat; run++) {
                cpu.start();
                double m = taos4j(dsn, "bench_t4j", tables, rows);
                cpu.stop();
                mine = Math.max(mine, m);
                System.out.printf(Locale.ROOT, "run %d taos4j Stmt2:                 %,12.0f rows/s   (%s)%n", run, m,
                        cpu.describe(total));
                if (!jdbcMode.equals("none")) {
                    cpu.start();
                    double j = jdbc(server.port(), "bench_jdbc", tables, rows);
                    cpu.stop();
                    theirs = Math.max(theirs, j);
                    System.out.printf(Locale.ROOT, "run %d taos-jdbcdriver 3.7.9 (%s): %,12.0f rows/s   (%s)%n", run,
                            jdbcMode, j, cpu.describe(total));
                }
            }
            System.out.printf(Locale.ROOT, "best taos4j Stmt2:            %,12.0f rows/s%n", mine);
            if (!jdbcMode.equals("none")) {
                System.out.printf(Locale.ROOT, "best taos-jdbcdriver 3.7.9:   %,12.0f rows/s%n", theirs);
                System.out.printf(Locale.ROOT, "ratio taos4j / jdbc:          %12.2fx%n", mine / theirs);
            }
        }
        return 0;
    }

    private double taos4j(String dsn, String db, int tableCount, int rowCount) {
        try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
            setUp(taos, db);
            long start = System.nanoTime();
            long written = 0;
            try (Stmt2 stmt = taos.stmt2()) {
                stmt.prepare(SQL);
                for (int t0 = 0; t0 < tableCount; t0 += tablesPerBind) {
                    int t1 = Math.min(tableCount, t0 + tablesPerBind);
                    for (int r0 = 0; r0 < rowCount; r0 += rowsPerBind) {
                        int n = Math.min(rowsPerBind, rowCount - r0);
                        List<TableBind> binds = new ArrayList<>(t1 - t0);
                        for (int t = t0; t < t1; t++) {
                            long[] ts = new long[n];
                            int[] c1 = new int[n];
                            float[] c2 = new float[n];
                            double[] c3 = new double[n];
                            for (int i = 0; i < n; i++) {
                                int r = r0 + i;
                                ts[i] = T0 + r;
                                c1[i] = r;
                                c2[i] = r * 0.5f;
                                c3[i] = t + r * 0.25;
                            }
                            binds.add(TableBind.of("d" + t, Arrays.asList(t, "group" + (t % 10)),
                                    ColumnView.ofTimestamps(ts), ColumnView.ofInts(c1), ColumnView.ofFloats(c2),
                                    ColumnView.ofDoubles(c3)));
                        }
                        stmt.bind(binds);
                        written += stmt.execute();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            check(written, tableCount, rowCount, "taos4j");
            return written / seconds;
        }
    }

    private static void setUp(Taos taos, String db) {
        taos.execMany("DROP DATABASE IF EXISTS " + db, "CREATE DATABASE " + db + " KEEP 36500", "USE " + db,
                "CREATE STABLE meters (ts TIMESTAMP, c1 INT, c2 FLOAT, c3 DOUBLE) TAGS (t1 INT, t2 VARCHAR(16))");
    }

    private double jdbc(int port, String db, int tableCount, int rowCount) throws SQLException {
        String url = "jdbc:TAOS-WS://127.0.0.1:" + port + "/?user=root&password=taosdata";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + db);
            st.execute("CREATE DATABASE " + db + " KEEP 36500");
            st.execute("USE " + db);
            st.execute("CREATE STABLE meters (ts TIMESTAMP, c1 INT, c2 FLOAT, c3 DOUBLE) TAGS (t1 INT, t2 VARCHAR(16))");
            long start = System.nanoTime();
            long written = jdbcMode.equals("columnar") ? columnar(c, tableCount, rowCount)
                    : standard(c, tableCount, rowCount);
            double seconds = (System.nanoTime() - start) / 1e9;
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM meters")) {
                rs.next();
                check(rs.getLong(1), tableCount, rowCount, "jdbc");
            }
            return written / seconds;
        }
    }

    /** The standard JDBC way: one row of setXxx calls per addBatch, executeBatch per chunk. */
    private long standard(Connection c, int tableCount, int rowCount) throws SQLException {
        long written = 0;
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            for (int t0 = 0; t0 < tableCount; t0 += tablesPerBind) {
                int t1 = Math.min(tableCount, t0 + tablesPerBind);
                for (int r0 = 0; r0 < rowCount; r0 += rowsPerBind) {
                    int n = Math.min(rowsPerBind, rowCount - r0);
                    for (int t = t0; t < t1; t++) {
                        for (int i = 0; i < n; i++) {
                            int r = r0 + i;
                            ps.setString(1, "d" + t);
                            ps.setInt(2, t);
                            ps.setString(3, "group" + (t % 10));
                            ps.setTimestamp(4, new Timestamp(T0 + r));
                            ps.setInt(5, r);
                            ps.setFloat(6, r * 0.5f);
                            ps.setDouble(7, t + r * 0.25);
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
    private long columnar(Connection c, int tableCount, int rowCount) throws SQLException {
        long written = 0;
        try (TSWSPreparedStatement ps = c.prepareStatement(SQL).unwrap(TSWSPreparedStatement.class)) {
            for (int t0 = 0; t0 < tableCount; t0 += tablesPerBind) {
                int t1 = Math.min(tableCount, t0 + tablesPerBind);
                for (int r0 = 0; r0 < rowCount; r0 += rowsPerBind) {
                    int n = Math.min(rowsPerBind, rowCount - r0);
                    for (int t = t0; t < t1; t++) {
                        ps.setTableName("d" + t);
                        ps.setTagInt(0, t);
                        ps.setTagString(1, "group" + (t % 10));
                        ArrayList<Long> ts = new ArrayList<>(n);
                        ArrayList<Integer> c1 = new ArrayList<>(n);
                        ArrayList<Float> c2 = new ArrayList<>(n);
                        ArrayList<Double> c3 = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            int r = r0 + i;
                            ts.add(T0 + r);
                            c1.add(r);
                            c2.add(r * 0.5f);
                            c3.add(t + r * 0.25);
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

    private static void check(long written, int tableCount, int rowCount, String who) {
        if (written != (long) tableCount * rowCount) {
            throw new IllegalStateException(who + " wrote " + written + " rows, expected "
                    + (long) tableCount * rowCount);
        }
    }
}
