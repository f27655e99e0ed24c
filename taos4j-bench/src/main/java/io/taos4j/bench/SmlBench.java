package io.taos4j.bench;

import com.taosdata.jdbc.SchemalessWriter;
import com.taosdata.jdbc.enums.SchemalessProtocolType;
import com.taosdata.jdbc.enums.SchemalessTimestampType;
import io.taos4j.SchemalessPrecision;
import io.taos4j.SchemalessProtocol;
import io.taos4j.SmlData;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import io.taos4j.server.TaosServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Schemaless ingestion end to end: InfluxDB line protocol written in batches over WebSocket by taos4j
 * ({@code Taos.put}) and by the official taos-jdbcdriver ({@code SchemalessWriter.writeRaw}, WebSocket) into one
 * embedded server, each into its own database. The two clients take turns batch by batch (which one goes first
 * alternates) and only their write calls are timed, so a busy machine slows both alike; payload generation is not
 * timed. A warm-up round precedes the measurement. Prints rows per second for each and the ratio.
 */
@Command(name = "sml", mixinStandardHelpOptions = true,
        description = "Line-protocol ingestion: taos4j vs the official JDBC driver against one embedded server.")
final class SmlBench implements Runnable {
    @Option(names = "--rows", description = "rows each client writes (default ${DEFAULT-VALUE})")
    long rows = 10_000_000L;

    @Option(names = "--batch", description = "lines per request (default ${DEFAULT-VALUE})")
    int batch = 10_000;

    @Option(names = "--tables", description = "child tables (default ${DEFAULT-VALUE})")
    int tables = 1_000;

    @Option(names = "--warmup", description = "rows each client writes before timing (default ${DEFAULT-VALUE})")
    long warmup = 500_000L;

    /** A client under test: writes one payload of line protocol into the current database. */
    private interface Writer extends AutoCloseable {
        void write(String lines) throws Exception;

        long count(String table) throws Exception;

        void exec(String sql) throws Exception;
    }

    @Override
    public void run() {
        try (TaosServer server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start()) {
            String taos4jDsn = "ws://root:taosdata@127.0.0.1:" + server.port();
            System.out.printf(Locale.ROOT, "schemaless line protocol: %,d rows per client, %,d lines per request, "
                    + "%,d child tables, embedded server on port %d%n", rows, batch, tables, server.port());
            try (Writer ours = taos4j(taos4jDsn); Writer theirs = jdbc("127.0.0.1", server.port())) {
                race(ours, theirs, warmup, "warm");
                long[] nanos = race(ours, theirs, rows, "bench");
                double a = report("taos4j", rows, nanos[0]);
                double b = report("taos-jdbcdriver", rows, nanos[1]);
                System.out.printf(Locale.ROOT, "ratio taos4j / taos-jdbcdriver: %.2f%n", a / b);
            }
        } catch (Exception e) {
            throw new IllegalStateException("schemaless benchmark failed: " + e.getMessage(), e);
        }
    }

    private static double report(String name, long total, long nanos) {
        double perSecond = total / (nanos / 1e9);
        System.out.printf(Locale.ROOT, "%-16s %,12d rows in %8.2f s of write calls = %,12.0f rows/s%n", name, total,
                nanos / 1e9, perSecond);
        return perSecond;
    }

    /**
     * Both clients write {@code total} rows, each into database {@code t4j_<suffix>} / {@code jdbc_<suffix>}, batch
     * by batch in turns; checks the row counts, drops the databases and returns the nanoseconds each spent writing.
     */
    private long[] race(Writer ours, Writer theirs, long total, String suffix) throws Exception {
        Writer[] writers = {ours, theirs};
        String[] dbs = {"t4j_" + suffix, "jdbc_" + suffix};
        for (int i = 0; i < 2; i++) {
            writers[i].exec("create database " + dbs[i] + " precision 'ms'");
            writers[i].exec("use " + dbs[i]);
        }
        long[] nanos = new long[2];
        StringBuilder b = new StringBuilder(batch * 110);
        int turn = 0;
        for (long done = 0; done < total; done += batch) {
            int n = (int) Math.min(batch, total - done);
            b.setLength(0);
            SmlLines.append(b, done, n, tables);
            String payload = b.toString();
            for (int k = 0; k < 2; k++) {
                int w = (turn + k) % 2;
                long start = System.nanoTime();
                writers[w].write(payload);
                nanos[w] += System.nanoTime() - start;
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
        return nanos;
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
