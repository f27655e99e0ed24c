package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taosdata.jdbc.ws.TSWSPreparedStatement;
import io.taos4j.server.TaosServer;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official JDBC driver's prepared statements (taos-jdbcdriver 3.7.9 over WebSocket, which uses stmt2) against
 * the embedded server: standard {@code PreparedStatement} batches of every type with NULLs, {@code INSERT INTO ?
 * USING ... TAGS}, a parameterised query, the driver's column-wise extension, and its errors. Every write is read
 * back with plain SQL.
 */
class OfficialJdbcStmtTest {
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static TaosServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        try (Connection c = DriverManager.getConnection(url("")); Statement st = c.createStatement()) {
            st.execute("create database jdbc_stmt precision 'ms'");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String db) {
        return "jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/" + db + "?user=root&password=taosdata";
    }

    @Test
    void batchesRowsOfEveryTypeIncludingNulls() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("jdbc_stmt")); Statement st = c.createStatement()) {
            st.execute("create table alltypes (ts timestamp, c_bool bool, c_ti tinyint, c_si smallint, c_int int,"
                    + " c_bi bigint, c_uti tinyint unsigned, c_usi smallint unsigned, c_ui int unsigned,"
                    + " c_ubi bigint unsigned, c_f float, c_d double, c_vc varchar(32), c_nc nchar(16),"
                    + " c_vb varbinary(16), c_geo geometry(64))");
            byte[] point = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0x40};
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into alltypes values(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 3; i++) {
                    ps.setTimestamp(1, new Timestamp(T0 + i));
                    ps.setBoolean(2, i % 2 == 0);
                    ps.setByte(3, (byte) (-8 - i));
                    ps.setShort(4, (short) (-16 - i));
                    ps.setInt(5, -32 - i);
                    ps.setLong(6, -64L - i);
                    ps.setShort(7, (short) (250 + i));
                    ps.setInt(8, 65000 + i);
                    ps.setLong(9, 4_000_000_000L + i);
                    ps.setObject(10, new BigInteger("18000000000000000000").add(BigInteger.valueOf(i)));
                    ps.setFloat(11, 1.5f + i);
                    ps.setDouble(12, 2.25 + i);
                    ps.setString(13, "hello" + i);
                    ps.setNString(14, "你好" + i);
                    ps.setBytes(15, new byte[] {1, 2, (byte) i});
                    ps.unwrap(TSWSPreparedStatement.class).setGeometry(16, point);
                    ps.addBatch();
                }
                ps.setTimestamp(1, new Timestamp(T0 + 10));
                for (int p = 2; p <= 16; p++) {
                    ps.setNull(p, Types.VARCHAR);
                }
                ps.addBatch();
                assertThat(ps.executeBatch()).hasSize(4); // 3.7.9 reports SUCCESS_NO_INFO per row
            }
            try (ResultSet rs = st.executeQuery("select * from alltypes order by ts")) {
                for (int i = 0; i < 3; i++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getTimestamp("ts").getTime()).isEqualTo(T0 + i);
                    assertThat(rs.getBoolean("c_bool")).isEqualTo(i % 2 == 0);
                    assertThat(rs.getByte("c_ti")).isEqualTo((byte) (-8 - i));
                    assertThat(rs.getShort("c_si")).isEqualTo((short) (-16 - i));
                    assertThat(rs.getInt("c_int")).isEqualTo(-32 - i);
                    assertThat(rs.getLong("c_bi")).isEqualTo(-64L - i);
                    assertThat(rs.getShort("c_uti")).isEqualTo((short) (250 + i));
                    assertThat(rs.getInt("c_usi")).isEqualTo(65000 + i);
                    assertThat(rs.getLong("c_ui")).isEqualTo(4_000_000_000L + i);
                    assertThat(rs.getObject("c_ubi"))
                            .isEqualTo(new BigInteger("18000000000000000000").add(BigInteger.valueOf(i)));
                    assertThat(rs.getFloat("c_f")).isEqualTo(1.5f + i);
                    assertThat(rs.getDouble("c_d")).isEqualTo(2.25 + i);
                    assertThat(rs.getString("c_vc")).isEqualTo("hello" + i);
                    assertThat(rs.getString("c_nc")).isEqualTo("你好" + i);
                    assertThat(rs.getBytes("c_vb")).containsExactly(1, 2, i);
                    assertThat(rs.getBytes("c_geo")).isEqualTo(point);
                }
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp("ts").getTime()).isEqualTo(T0 + 10);
                for (int col = 2; col <= 16; col++) {
                    assertThat(rs.getObject(col)).as("column %d", col).isNull();
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void insertsIntoChildTablesCreatedFromBoundTags() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("jdbc_stmt")); Statement st = c.createStatement()) {
            st.execute("create stable meters (ts timestamp, current float, voltage int) tags (groupid int,"
                    + " location varchar(24))");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?)")) {
                for (int t = 0; t < 3; t++) {
                    for (int r = 0; r < 4; r++) {
                        ps.setString(1, "d" + t);
                        ps.setInt(2, t);
                        ps.setString(3, "city" + t);
                        ps.setTimestamp(4, new Timestamp(T0 + r));
                        ps.setFloat(5, t + r / 10f);
                        if (r == 3) {
                            ps.setNull(6, Types.INTEGER);
                        } else {
                            ps.setInt(6, 200 + r);
                        }
                        ps.addBatch();
                    }
                }
                assertThat(ps.executeBatch()).hasSize(12);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "select tbname, groupid, location, ts, current, voltage from meters order by tbname, ts")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|"
                            + (rs.getTimestamp(4).getTime() - T0) + "|" + rs.getFloat(5) + "|" + rs.getObject(6));
                }
            }
            assertThat(rows).hasSize(12);
            assertThat(rows.get(0)).isEqualTo("d0|0|city0|0|0.0|200");
            assertThat(rows.get(3)).isEqualTo("d0|0|city0|3|0.3|null");
            assertThat(rows.get(11)).isEqualTo("d2|2|city2|3|2.3|null");
        }
    }

    @Test
    void insertsThroughTheSuperTableWithATbnameColumn() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("jdbc_stmt")); Statement st = c.createStatement()) {
            st.execute("create stable st2 (ts timestamp, v int) tags (t1 int)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO st2 (tbname, ts, v, t1) VALUES(?, ?, ?, ?)")) {
                ps.setString(1, "c1");
                ps.setTimestamp(2, new Timestamp(T0));
                ps.setInt(3, 5);
                ps.setInt(4, 42);
                ps.addBatch();
                assertThat(ps.executeBatch()).hasSize(1);
            }
            try (ResultSet rs = st.executeQuery("select tbname, t1, v from st2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("c1");
                assertThat(rs.getInt(2)).isEqualTo(42);
                assertThat(rs.getInt(3)).isEqualTo(5);
            }
        }
    }

    @Test
    void runsAParameterisedQuery() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("jdbc_stmt")); Statement st = c.createStatement()) {
            st.execute("create table q (ts timestamp, v int, s varchar(10))");
            st.execute("insert into q values ('2024-01-01 00:00:00', 1, 'a') ('2024-01-01 00:00:01', 2, 'b')"
                    + " ('2024-01-01 00:00:02', 2, 'c') ('2024-01-01 00:00:03', 3, 'd')");
            try (PreparedStatement ps = c.prepareStatement("select ts, s from q where ts > ? and v = ? order by ts")) {
                ps.setTimestamp(1, new Timestamp(T0));
                ps.setInt(2, 2);
                List<String> got = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        got.add(rs.getTimestamp(1).getTime() - T0 + ":" + rs.getString(2));
                    }
                }
                assertThat(got).containsExactly("1000:b", "2000:c");
                ps.setTimestamp(1, new Timestamp(T0 - 1));
                ps.setInt(2, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isEqualTo("a");
                    assertThat(rs.next()).isFalse();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from q where s = ?")) {
                ps.setString(1, "d");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void bindsColumnWiseWithTheDriversExtension() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("jdbc_stmt")); Statement st = c.createStatement()) {
            st.execute("create stable ext (ts timestamp, current float, voltage int, phase float)"
                    + " tags (location varchar(64), groupid int)");
            try (TSWSPreparedStatement ps = c.prepareStatement("INSERT INTO ? USING ext TAGS(?, ?) VALUES(?, ?, ?, ?)")
                    .unwrap(TSWSPreparedStatement.class)) {
                for (int t = 0; t < 3; t++) {
                    ps.setTableName("ext" + t);
                    ps.setTagString(0, "Stmt.City" + t);
                    ps.setTagInt(1, t);
                    ArrayList<Long> ts = new ArrayList<>();
                    ArrayList<Float> current = new ArrayList<>();
                    ArrayList<Integer> voltage = new ArrayList<>();
                    ArrayList<Float> phase = new ArrayList<>();
                    for (int r = 0; r < 100; r++) {
                        ts.add(T0 + r * 1000L);
                        current.add(r + 1f);
                        voltage.add(200 + r);
                        phase.add(r % 2 == 0 ? null : 0.5f);
                    }
                    ps.setTimestamp(0, ts);
                    ps.setFloat(1, current);
                    ps.setInt(2, voltage);
                    ps.setFloat(3, phase);
                    ps.columnDataAddBatch();
                }
                ps.columnDataExecuteBatch();
            }
            try (ResultSet rs = st.executeQuery("select count(*), count(phase), sum(voltage), min(groupid),"
                    + " max(groupid) from ext where location like 'Stmt.City%'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(300);
                assertThat(rs.getLong(2)).isEqualTo(150);
                assertThat(rs.getLong(3)).isEqualTo(3L * (200 * 100 + 99 * 100 / 2));
                assertThat(rs.getInt(4)).isEqualTo(0);
                assertThat(rs.getInt(5)).isEqualTo(2);
            }
            try (ResultSet rs = st.executeQuery("select ts, current, voltage, phase, location, groupid from ext1"
                    + " where ts <= '2024-01-01 00:00:01' order by ts")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp(1).getTime()).isEqualTo(T0);
                assertThat(rs.getFloat(2)).isEqualTo(1f);
                assertThat(rs.getInt(3)).isEqualTo(200);
                assertThat(rs.getObject(4)).isNull();
                assertThat(rs.getString(5)).isEqualTo("Stmt.City1");
                assertThat(rs.getInt(6)).isEqualTo(1);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp(1).getTime()).isEqualTo(T0 + 1000);
                assertThat(rs.getFloat(2)).isEqualTo(2f);
                assertThat(rs.getInt(3)).isEqualTo(201);
                assertThat(rs.getFloat(4)).isEqualTo(0.5f);
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void reportsBindErrorsAndWritesNothingOfARejectedBatch() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("jdbc_stmt")); Statement st = c.createStatement()) {
            st.execute("create table small (ts timestamp, s varchar(3))");
            try (PreparedStatement ps = c.prepareStatement("insert into small values(?, ?)")) {
                ps.setTimestamp(1, new Timestamp(T0));
                ps.setString(2, "ok");
                ps.addBatch();
                ps.setTimestamp(1, new Timestamp(T0 + 1));
                ps.setString(2, "too long");
                ps.addBatch();
                assertThatThrownBy(ps::executeBatch).isInstanceOf(SQLException.class)
                        .hasMessageContaining("Value too long for column/tag: s");
            }
            try (ResultSet rs = st.executeQuery("select count(*) from small")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
            }
            assertThatThrownBy(() -> c.prepareStatement("insert into no_such_table values(?, ?)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Table does not exist");
        }
    }
}
