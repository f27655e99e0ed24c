package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.taosdata.jdbc.AbstractConnection;
import com.taosdata.jdbc.SchemalessWriter;
import com.taosdata.jdbc.enums.SchemalessProtocolType;
import com.taosdata.jdbc.enums.SchemalessTimestampType;
import io.taos4j.server.TaosServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official JDBC driver's schemaless writer (taos-jdbcdriver 3.7.9, WebSocket mode) against the embedded server:
 * on the driver's connection ({@code insert} on the same socket, as the sml capture records) and on its own socket.
 */
class OfficialJdbcSchemalessTest {
    private static TaosServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        try (Connection c = DriverManager.getConnection(url("")); Statement st = c.createStatement()) {
            st.execute("create database jdbc_sml precision 'ns'");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String db) {
        return "jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/" + db + "?user=root&password=taosdata";
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("select count(*) from jdbc_sml." + table)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    @Test
    void writesAllThreeProtocolsOnTheDriversConnection() throws SQLException {
        // in WebSocket mode the driver writes through its connection (SchemalessWriter(Connection) is JNI/REST only)
        try (Connection c = DriverManager.getConnection(url("jdbc_sml"));
             Statement st = c.createStatement()) {
            AbstractConnection writer = (AbstractConnection) c;
            writer.write(new String[] {"meters,location=California.LosAngeles,groupid=2 current=11.8,voltage=221i32,"
                    + "phase=0.28 1648432611249000000", "meters,location=California.LosAngeles,groupid=2 "
                    + "current=13.4,voltage=223i32,phase=0.29 1648432611250000000"},
                    SchemalessProtocolType.LINE, SchemalessTimestampType.NANO_SECONDS);
            writer.write("sml_tel 1648432611249 10.3 location=California.SanFrancisco groupid=2",
                    SchemalessProtocolType.TELNET, SchemalessTimestampType.NOT_CONFIGURED);
            writer.write("[{\"metric\": \"sml_json\", \"timestamp\": 1648432611249, \"value\": 10.3, \"tags\": "
                    + "{\"location\": \"California.SanFrancisco\", \"groupid\": 2}}]", SchemalessProtocolType.JSON,
                    SchemalessTimestampType.NOT_CONFIGURED);
            assertThat(count(st, "meters")).isEqualTo(2);
            assertThat(count(st, "sml_tel")).isEqualTo(1);
            assertThat(count(st, "sml_json")).isEqualTo(1);
            try (ResultSet rs = st.executeQuery("select voltage from jdbc_sml.meters order by _ts")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(221);
            }
        }
    }

    @Test
    void writesRawBatchesOnItsOwnSocketWithTtlAndReqId() throws SQLException {
        try (SchemalessWriter writer = new SchemalessWriter("127.0.0.1", String.valueOf(server.port()), "root",
                "taosdata", "jdbc_sml", "ws");
             Connection c = DriverManager.getConnection(url("jdbc_sml"));
             Statement st = c.createStatement()) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                lines.append("raw,host=h").append(i % 4).append(" v=").append(i).append("i ")
                        .append(1_700_000_000_000L + i).append('\n');
            }
            // the 3.7.9 driver returns 0 from a WebSocket writeRaw whatever the reply says
            writer.writeRaw(lines.toString(), SchemalessProtocolType.LINE, SchemalessTimestampType.MILLI_SECONDS, 30,
                    7L);
            assertThat(count(st, "raw")).isEqualTo(100);
            writer.write(new String[] {"raw,host=h9 v=1i 1700000001000", "raw,host=h9 v=2i 1700000001001"},
                    SchemalessProtocolType.LINE, SchemalessTimestampType.MILLI_SECONDS);
            assertThat(count(st, "raw")).isEqualTo(102);
        }
    }

    @Test
    void reportsTDenginesErrorToTheDriver() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("jdbc_sml"))) {
            AbstractConnection writer = (AbstractConnection) c;
            SQLException e = catchThrowableOfType(() -> writer.write(new String[] {"sml_bad,,, current= 1"},
                    SchemalessProtocolType.LINE, SchemalessTimestampType.MILLI_SECONDS), SQLException.class);
            assertThat((Throwable) e).isNotNull();
            // the connection formats schemaless failures itself: "0x<code>:<message>"
            assertThat(e.getMessage()).isEqualTo("0x3002:invalid data:,, current= 1");
        }
    }
}
