package io.taos4j.bench;

import com.taosdata.jdbc.SchemalessWriter;
import com.taosdata.jdbc.enums.SchemalessProtocolType;
import com.taosdata.jdbc.enums.SchemalessTimestampType;
import io.taos4j.SchemalessPrecision;
import io.taos4j.SchemalessProtocol;
import io.taos4j.SmlData;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Schemaless ingestion end to end: InfluxDB line protocol written in batches over WebSocket by taos4j
 * ({@code Taos.put}) and by the official taos-jdbcdriver ({@code SchemalessWriter.writeRaw}, WebSocket) into one
 * embedded server in a child JVM, each into its own database. The two clients take turns batch by batch (which one
 * goes first alternates) and only their write calls are timed, so a busy machine slows both alike; payload
 * generation is not timed. This JVM's CPU time during each client's write calls is that client's CPU (the server
 * is another process). A warm-up round precedes the measurement. Prints rows per second for each and the ratio.
 */
@Command(name = "sml", mixinStandardHelpOptions = true,
        description = "Line-protocol ingestion: taos4j vs the official JDBC driver against one embedded server.")
final class SmlBench implements Runnable, Comparison {
    @Option(names = "--rows", description = "rows each client writes (default ${DEFAULT-VALUE})")
    long rows = 10_000_000L;

    @Option(names = "--batch", description = "lines per request (default ${DEFAULT-VALUE})")
    int batch = 10_000;

    @Option(names = "--tables", description = "child tables (default ${DEFAULT-VALUE})")
    int tables = 1_000;

    @Option(names = "--warmup", description = "rows each client writes before timing (default ${DEFAULT-VALUE})")
    long warmup = 500_000L;

    @Option(names = "--scale", defaultValue = "1", description = "Multiplies --rows and --warmup (e.g. 0.1)")
    double scale;

    @Option(names = "--server-heap", defaultValue = "4g", description = "Heap of the server JVM (default ${DEFAULT-VALUE})")
    String serverHeap;

    /** Per client: nanoseconds in write calls, this JVM's CPU nanoseconds then, the server's CPU nanoseconds then. */
    private record Spent(long[] nanos, long[] cpu, long[] serverCpu) {
    }

    /** A client under test: writes one payload of line protocol into the current database. */
    private interface Writer extends AutoCloseable {
        void write(String lines) throws Exception;

        long count(String table) throws Exception;

        void exec(String sql) throws Exception;
    }

    @Override
    public String name() {
        return "sml";
    }

    @Override
    public void run() {
        try {
            compare(scale, System.out);
        } catch (Exception e) {
            throw new IllegalStateException("schemaless benchmark failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Figure> compare(double scale, PrintStream out) throws Exception {
        long total = Math.max(batch, Math.round(rows * scale));
        long warm = Math.max(batch, Math.round(warmup * scale));
        try (ChildServer server = ChildServer.start(serverHeap)) {
            String taos4jDsn = "ws://root:taosdata@127.0.0.1:" + server.port();
            out.printf(Locale.ROOT, "schemaless line protocol: %,d rows per client, %,d lines per request, "
                    + "%,d child tables, server in a child JVM on port %d%n", total, batch, tables, server.port());
            out.println(Trials.machineLine());
            try (Writer ours = taos4j(taos4jDsn); Writer theirs = jdbc("127.0.0.1", server.port())) {
                race(ours, theirs, warm, "warm", server);
                Spent spent = race(ours, theirs, total, "bench", server);
                String[] names = {"taos4j", "taos-jdbcdriver"};
                double[] rate = new double[2];
                double[] cpu = new double[2];
                for (int i = 0; i < 2; i++) {
                    rate[i] = total / (spent.nanos()[i] / 1e9);
                    cpu[i] = (double) spent.cpu()[i] / total;
                    out.printf(Locale.ROOT, "%-16s %,12d rows in %8.2f s of write calls = %,12.0f rows/s;"
                            + " client %6.1f ns/row, server %6.1f ns/row%n", names[i], total,
                            spent.nanos()[i] / 1e9, rate[i], cpu[i], (double) spent.serverCpu()[i] / total);
                }
                out.printf(Locale.ROOT, "ratio taos4j / taos-jdbcdriver: %.2f; client CPU per row: %.2f%n",
                        rate[0] / rate[1], cpu[0] / cpu[1]);
                out.println(Trials.machineLine());
                return List.of(new Figure(name(), "line protocol, " + batch + " lines per request (put vs "
                        + "SchemalessWriter.writeRaw)", "rows/s", rate[0], rate[1], cpu[0], cpu[1], 1, total));
            }
        }
    }

    /**
     * Both clients write {@code total} rows, each into database {@code t4j_<suffix>} / {@code jdbc_<suffix>}, batch
     * by batch in turns; checks the row counts, drops the databases and returns the time and CPU each spent writing.
     */
    private Spent race(Writer ours, Writer theirs, long total, String suffix, ChildServer server) throws Exception {
        Writer[] writers = {ours, theirs};
        String[] dbs = {"t4j_" + suffix, "jdbc_" + suffix};
        for (int i = 0; i < 2; i++) {
            writers[i].exec("create database " + dbs[i] + " precision 'ms'");
            writers[i].exec("use " + dbs[i]);
        }
        long[] nanos = new long[2];
        long[] cpu = new long[2];
        long[] serverCpu = new long[2];
        StringBuilder b = new StringBuilder(batch * 110);
        int turn = 0;
        for (long done = 0; done < total; done += batch) {
            int n = (int) Math.min(batch, total - done);
            b.setLength(0);
            SmlLines.append(b, done, n, tables);
            String payload = b.toString();
            for (int k = 0; k < 2; k++) {
                int w = (turn + k) % 2;
                long s0 = server.cpuNanos();
                long c0 = Trials.processCpuNanos();
                long start = System.nanoTime();
                writers[w].write(payload);
                nanos[w] += System.nanoTime() - start;
                cpu[w] += Trials.processCpuNanos() - c0;
                serverCpu[w] += server.cpuNanos() - s0;
            }
            turn ^= 1;
        }
        for (int i = 0; i < 2; i++) {
            long stored = writers[i].count(dbs[i] + ".meters");
            if (stored != total) {
                throw new IllegalStateException(dbs[i] + " holds " + stored + " rows instead of " + total);
            }
            writers[i].exec("drop database " + dbs[i]);
        }
        return new Spent(nanos, cpu, serverCpu);
    }

    private static Writer taos4j(String dsn) {
        Taos taos = TaosBuilder.fromDsn(dsn).build();
        return new Writer() {
            @Override
            public void write(String lines) {
                taos.put(SmlData.builder().protocol(SchemalessProtocol.LINE)
                        .precision(SchemalessPrecision.MILLISECONDS).payload(lines).build());
            }

            @Override
            public long count(String table) {
                try (var rs = taos.query("select count(*) from " + table)) {
                    return rs.iterator().next().getLong(0);
                }
            }

            @Override
            public void exec(String sql) {
                taos.exec(sql);
            }

            @Override
            public void close() {
                taos.close();
            }
        };
    }

    /**
     * The official driver: SQL on a WebSocket connection, rows through its {@code SchemalessWriter} (its own
     * WebSocket, bound to a database, so it is opened by {@code use}).
     */
    private static Writer jdbc(String host, int port) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:TAOS-WS://" + host + ":" + port
                + "/?user=root&password=taosdata");
        return new Writer() {
            private SchemalessWriter writer;

            @Override
            public void write(String lines) throws SQLException {
                writer.writeRaw(lines, SchemalessProtocolType.LINE, SchemalessTimestampType.MILLI_SECONDS);
            }

            @Override
            public long count(String table) throws SQLException {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from "
                        + table)) {
                    rs.next();
                    return rs.getLong(1);
                }
            }

            @Override
            public void exec(String sql) throws SQLException {
                try (Statement st = c.createStatement()) {
                    st.execute(sql);
                }
                if (sql.startsWith("use ")) {
                    if (writer != null) {
                        writer.close();
                    }
                    writer = new SchemalessWriter(host, String.valueOf(port), "root", "taosdata", sql.substring(4),
                            "ws");
                }
            }

            @Override
            public void close() throws SQLException {
                if (writer != null) {
                    writer.close();
                }
                c.close();
            }
        };
    }
}
