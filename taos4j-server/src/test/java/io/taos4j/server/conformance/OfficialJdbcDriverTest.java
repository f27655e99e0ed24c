package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official TDengine JDBC driver (taos-jdbcdriver 3.7.9, WebSocket mode) against the embedded server: a client we
 * did not write must connect, write and read every type, and get TDengine's errors.
 */
class OfficialJdbcDriverTest {
    private static TaosServer server;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String db) {
        return "jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/" + db + "?user=root&password=taosdata";
    }

    @Test
    void connectsAndReportsTheServerVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(""));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select server_version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(TaosServer.VERSION);
            assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("server_version()");
            assertThat(c.isValid(5)).isTrue();
            assertThat(c.getMetaData().getDatabaseProductVersion()).isEqualTo(TaosServer.VERSION);
        }
    }

    @Test
    void writesAndReadsEveryType() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(""));
             Statement st = c.createStatement()) {
            st.execute("drop database if exists jdbc_types");
            st.execute("create database jdbc_types precision 'ms'");
            st.execute("create stable jdbc_types.alltypes (ts timestamp, c_bool bool, c_ti tinyint, c_si smallint,"
                    + " c_int int, c_bi bigint, c_uti tinyint unsigned, c_usi smallint unsigned, c_ui int unsigned,"
                    + " c_ubi bigint unsigned, c_f float, c_d double, c_vc varchar(32), c_nc nchar(16),"
                    + " c_vb varbinary(16), c_geo geometry(64)) tags (t_int int, t_vc varchar(16))");
            int n = st.executeUpdate("insert into jdbc_types.at1 using jdbc_types.alltypes tags(7, 'tag1') values"
                    + " ('2024-01-01 00:00:00.000', true, -8, -16, -32, -64, 250, 65000, 4000000000,"
                    + " 18000000000000000000, 1.5, 2.25, 'hello', '你好', '\\x010203', 'POINT(1.0 2.0)')"
                    + " ('2024-01-01 00:00:01.000', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " NULL, NULL, NULL, NULL)");
            assertThat(n).isEqualTo(2);
            try (ResultSet rs = st.executeQuery("select * from jdbc_types.alltypes order by ts")) {
                ResultSetMetaData md = rs.getMetaData();
                assertThat(md.getColumnCount()).isEqualTo(18);
                List<String> labels = new ArrayList<>();
                for (int i = 1; i <= 18; i++) {
                    labels.add(md.getColumnLabel(i));
                }
                assertThat(labels).containsExactly("ts", "c_bool", "c_ti", "c_si", "c_int", "c_bi", "c_uti", "c_usi",
                        "c_ui", "c_ubi", "c_f", "c_d", "c_vc", "c_nc", "c_vb", "c_geo", "t_int", "t_vc");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp("ts").toInstant()).isEqualTo(java.time.Instant.parse("2024-01-01T00:00:00Z"));
                assertThat(rs.getBoolean("c_bool")).isTrue();
                assertThat(rs.getByte("c_ti")).isEqualTo((byte) -8);
                assertThat(rs.getShort("c_si")).isEqualTo((short) -16);
                assertThat(rs.getInt("c_int")).isEqualTo(-32);
                assertThat(rs.getLong("c_bi")).isEqualTo(-64L);
                assertThat(rs.getShort("c_uti")).isEqualTo((short) 250);
                assertThat(rs.getInt("c_usi")).isEqualTo(65000);
                assertThat(rs.getLong("c_ui")).isEqualTo(4_000_000_000L);
                assertThat(rs.getObject("c_ubi")).isEqualTo(new BigInteger("18000000000000000000"));
                assertThat(rs.getFloat("c_f")).isEqualTo(1.5f);
                assertThat(rs.getDouble("c_d")).isEqualTo(2.25);
                assertThat(rs.getString("c_vc")).isEqualTo("hello");
                assertThat(rs.getString("c_nc")).isEqualTo("你好");
                assertThat(rs.getBytes("c_vb")).containsExactly(1, 2, 3);
                byte[] wkb = rs.getBytes("c_geo");
                assertThat(wkb).hasSize(21);
                assertThat(wkb[0]).isEqualTo((byte) 1);
                assertThat(rs.getInt("t_int")).isEqualTo(7);
                assertThat(rs.getString("t_vc")).isEqualTo("tag1");
                assertThat(rs.getObject("c_vc")).isInstanceOf(byte[].class);
                assertThat(new String((byte[]) rs.getObject("c_vc"), StandardCharsets.UTF_8)).isEqualTo("hello");
                assertThat(rs.getObject("ts")).isInstanceOf(Timestamp.class);

                assertThat(rs.next()).isTrue();
                for (int i = 2; i <= 16; i++) {
                    assertThat(rs.getObject(i)).as(labels.get(i - 1)).isNull();
                }
                assertThat(rs.next()).isFalse();
            }
            st.execute("drop database jdbc_types");
        }
    }

    @Test
    void reportsTdengineErrors() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(""));
             Statement st = c.createStatement()) {
            st.execute("create database if not exists jdbc_errors");
            assertThatThrownBy(() -> st.executeQuery("select * from jdbc_errors.no_such_table"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x2603))
                    .hasMessageContaining("Table does not exist");
            assertThatThrownBy(() -> st.execute("use no_such_db_xyz"))
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x388))
                    .hasMessageContaining("Database not exist");
            assertThatThrownBy(() -> st.executeQuery("selec 1"))
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x2600))
                    .hasMessageContaining("syntax error near \"selec 1\"");
            st.execute("drop database jdbc_errors");
        }
    }

    @Test
    void refusesBadCredentials() {
        String bad = "jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/?user=root&password=wrong";
        assertThatThrownBy(() -> DriverManager.getConnection(bad))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Authentication failure");
    }

    @Test
    void answersTheMetadataQueriesOfTheDriver() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(""));
             Statement st = c.createStatement()) {
            st.execute("create database if not exists jdbc_meta");
            st.execute("create stable if not exists jdbc_meta.meters (ts timestamp, current float, voltage int)"
                    + " tags (groupid int, location varchar(24))");
            st.execute("create table if not exists jdbc_meta.d1 using jdbc_meta.meters tags (1, 'SF')");
            st.execute("create table if not exists jdbc_meta.nt (ts timestamp, v int)");
            DatabaseMetaData md = c.getMetaData();
            List<String> catalogs = new ArrayList<>();
            try (ResultSet rs = md.getCatalogs()) {
                while (rs.next()) {
                    catalogs.add(rs.getString(1));
                }
            }
            assertThat(catalogs).contains("jdbc_meta", "information_schema", "performance_schema");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables("jdbc_meta", null, "%", null)) {
                while (rs.next()) {
                    // driver 3.7.9 reports every table as TABLE and marks super tables in REMARKS
                    tables.add(rs.getString("TABLE_NAME") + ":" + rs.getString("TABLE_TYPE") + ":"
                            + rs.getString("REMARKS"));
                }
            }
            assertThat(tables).contains("meters:TABLE:STABLE", "d1:TABLE:", "nt:TABLE:");
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns("jdbc_meta", null, "meters", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
            assertThat(columns).contains("ts", "current", "voltage");
            st.execute("drop database jdbc_meta");
        }
    }
}
