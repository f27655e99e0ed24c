package io.taos4j.jdbc;

import io.taos4j.server.TaosServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.Properties;

/** One embedded server per test JVM (in memory, UTC), reached over TCP as the official driver needs. */
final class TestServer {
    private static TaosServer server;

    private TestServer() {
    }

    static synchronized TaosServer get() {
        if (server == null) {
            server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** {@code jdbc:TAOS-WS://127.0.0.1:<port>/<db>?user=root&password=taosdata}. */
    static String wsUrl(String db) {
        return "jdbc:TAOS-WS://127.0.0.1:" + get().port() + "/" + db + "?user=root&password=taosdata";
    }

    /** {@code jdbc:taos4j:ws://root:taosdata@127.0.0.1:<port>/<db>}. */
    static String taos4jUrl(String db) {
        return "jdbc:taos4j:ws://root:taosdata@127.0.0.1:" + get().port() + "/" + db;
    }

    static Connection connect(String db) throws SQLException {
        return new TaosDriver().connect(wsUrl(db), new Properties());
    }

    /** Runs statements on a fresh connection of ours. */
    static void exec(String... sqls) throws SQLException {
        try (Connection c = connect(""); Statement st = c.createStatement()) {
            for (String sql : sqls) {
                st.execute(sql);
            }
        }
    }
}
