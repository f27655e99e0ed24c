package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One JDBC test, run against our driver and against the official taos-jdbcdriver 3.7.9 (WebSocket mode) on the
 * same embedded server: both must give the same results for updates, queries, getters, metadata and error codes.
 * The few places where our driver deliberately differs are asserted per driver in {@link #deliberateDifferences}.
 */
@ParameterizedClass
@EnumSource(JdbcConformanceTest.Kind.class)
class JdbcConformanceTest {

    enum Kind {
        TAOS4J(new TaosDriver()),
        OFFICIAL(new com.taosdata.jdbc.ws.WebSocketDriver());

        final Driver driver;

        Kind(Driver driver) {
            this.driver = driver;
        }
    }

    @Parameter
    Kind kind;

    private String db;

    private Connection connect() throws SQLException {
        Connection c = kind.driver.connect(TestServer.wsUrl(""), new Properties());
        assertThat(c).as("%s accepts the URL", kind).isNotNull();
        return c;
    }

    @BeforeEach
    void createData() throws SQLException {
        db = "conf_" + kind.name().toLowerCase();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + db);
            st.execute("create database " + db + " precision 'ms'");
            st.execute("create stable " + db + ".alltypes (ts timestamp, c_bool bool, c_ti tinyint, c_si smallint,"
                    + " c_int int, c_bi bigint, c_uti tinyint unsigned, c_usi smallint unsigned, c_ui int unsigned,"
                    + " c_ubi bigint unsigned, c_f float, c_d double, c_vc varchar(32), c_nc nchar(16),"
                    + " c_vb varbinary(16), c_geo geometry(64)) tags (t_int int, t_vc varchar(16))");
            int n = st.executeUpdate("insert into " + db + ".at1 using " + db + ".alltypes tags(7, 'tag1') values"
                    + " ('2024-01-01 00:00:00.123', true, -8, -16, -32, -64, 250, 65000, 4000000000,"
                    + " 18000000000000000000, 1.5, 2.25, 'hello', '你好', '\\x010203', 'POINT(1.0 2.0)')"
                    + " ('2024-01-01 00:00:01.000', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " NULL, NULL, NULL, NULL, NULL)");
            assertThat(n).isEqualTo(2);
            assertThat(st.getUpdateCount()).isEqualTo(2);
            st.execute("create table " + db + ".nt (ts timestamp, v int, s varchar(10))");
        }
    }

    @Test
    void executeReportsResultsAndUpdateCounts() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            assertThat(st.execute("insert into " + db + ".nt values ('2024-01-01 00:00:00', 1, 'a')"
                    + " ('2024-01-01 00:00:01', 2, 'b') ('2024-01-01 00:00:02', 3, 'c')")).isFalse();
            assertThat(st.getUpdateCount()).isEqualTo(3);
            assertThat(st.getResultSet()).isNull();
            assertThat(st.execute("select v, s from " + db + ".nt order by ts")).isTrue();
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.getResultSet()) {
                assertThat(st.getUpdateCount()).isEqualTo(-1);
                while (rs.next()) {
                    rows.add(rs.getInt(1) + rs.getString("s"));
                }
            }
            assertThat(rows).containsExactly("1a", "2b", "3c");
            try (ResultSet rs = st.executeQuery("select count(*), sum(v), avg(v) from " + db + ".nt")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getLong(2)).isEqualTo(6);
                assertThat(rs.getDouble(3)).isEqualTo(2.0);
                assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("count(*)");
                assertThat(rs.next()).isFalse();
            }
            assertThat(st.executeUpdate("delete from " + db + ".nt where ts = '2024-01-01 00:00:01'")).isEqualTo(1);
            st.execute("use " + db);
            try (ResultSet rs = st.executeQuery("select count(*) from nt")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void everyTypeReadsTheSameThroughEveryGetter() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from " + db + ".alltypes order by ts")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getTimestamp("ts").toInstant()).isEqualTo(Instant.parse("2024-01-01T00:00:00.123Z"));
            assertThat(rs.getLong("ts")).isEqualTo(1704067200123L);
            assertThat(rs.getString("ts")).isEqualTo(Timestamp.from(Instant.parse("2024-01-01T00:00:00.123Z"))
                    .toString());
            assertThat(rs.getBoolean("c_bool")).isTrue();
            assertThat(rs.getInt("c_bool")).isEqualTo(1);
            assertThat(rs.getString("c_bool")).isEqualTo("true");
            assertThat(rs.getByte("c_ti")).isEqualTo((byte) -8);
            assertThat(rs.getShort("c_ti")).isEqualTo((short) -8);
            assertThat(rs.getInt("c_ti")).isEqualTo(-8);
            assertThat(rs.getLong("c_ti")).isEqualTo(-8L);
            assertThat(rs.getShort("c_si")).isEqualTo((short) -16);
            assertThat(rs.getInt("c_int")).isEqualTo(-32);
            assertThat(rs.getLong("c_int")).isEqualTo(-32L);
            assertThat(rs.getDouble("c_int")).isEqualTo(-32.0);
            assertThat(rs.getString("c_int")).isEqualTo("-32");
            assertThat(rs.getLong("c_bi")).isEqualTo(-64L);
            assertThat(rs.getBigDecimal("c_bi")).isEqualByComparingTo("-64");
            assertThat(rs.getShort("c_uti")).isEqualTo((short) 250);
            assertThat(rs.getInt("c_uti")).isEqualTo(250);
            assertThat(rs.getObject("c_uti")).isEqualTo((short) 250);
            assertThat(rs.getInt("c_usi")).isEqualTo(65000);
            assertThat(rs.getObject("c_usi")).isEqualTo(65000);
            assertThat(rs.getLong("c_ui")).isEqualTo(4_000_000_000L);
            assertThat(rs.getObject("c_ui")).isEqualTo(4_000_000_000L);
            assertThat(rs.getObject("c_ubi")).isEqualTo(new BigInteger("18000000000000000000"));
            assertThat(rs.getString("c_ubi")).isEqualTo("18000000000000000000");
            assertThat(rs.getBigDecimal("c_ubi")).isEqualByComparingTo("18000000000000000000");
            assertThat(rs.getFloat("c_f")).isEqualTo(1.5f);
            assertThat(rs.getDouble("c_f")).isEqualTo(1.5);
            assertThat(rs.getObject("c_f")).isEqualTo(1.5f);
            assertThat(rs.getDouble("c_d")).isEqualTo(2.25);
            assertThat(rs.getObject("c_d")).isEqualTo(2.25);
            assertThat(rs.getString("c_vc")).isEqualTo("hello");
            assertThat(rs.getBytes("c_vc")).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
            assertThat(rs.getString("c_nc")).isEqualTo("你好");
            assertThat(rs.getObject("c_nc")).isEqualTo("你好");
            assertThat(rs.getBytes("c_vb")).containsExactly(1, 2, 3);
            assertThat((byte[]) rs.getObject("c_vb")).containsExactly(1, 2, 3);
            byte[] wkb = rs.getBytes("c_geo");
            assertThat(wkb).hasSize(21);
            assertThat(wkb[0]).isEqualTo((byte) 1);
            assertThat(rs.getInt("t_int")).isEqualTo(7);
            assertThat(rs.getString("t_vc")).isEqualTo("tag1");
            assertThat(rs.getObject("ts")).isInstanceOf(Timestamp.class);
            assertThat(rs.getObject(1, Instant.class)).isEqualTo(Instant.parse("2024-01-01T00:00:00.123Z"));
            assertThat(rs.getObject("c_int", Integer.class)).isEqualTo(-32);
            assertThat(rs.getObject("c_bi", Long.class)).isEqualTo(-64L);
            assertThat(rs.getObject("c_d", Double.class)).isEqualTo(2.25);
            assertThat(rs.getObject("c_vc", String.class)).isEqualTo("hello");
            assertThat(rs.wasNull()).isFalse();

            assertThat(rs.next()).isTrue();
            for (int i = 2; i <= 16; i++) {
                assertThat(rs.getObject(i)).as("column %d", i).isNull();
                assertThat(rs.wasNull()).isTrue();
                assertThat(rs.getString(i)).isNull();
            }
            assertThat(rs.getInt("c_int")).isZero();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getLong("c_bi")).isZero();
            assertThat(rs.getDouble("c_d")).isZero();
            assertThat(rs.getBoolean("c_bool")).isFalse();
            assertThat(rs.getBytes("c_vb")).isNull();
            assertThat(rs.getTimestamp("ts")).isNotNull();
            assertThat(rs.wasNull()).isFalse();
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void resultSetMetaDataMapsTypesAlike() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from " + db + ".alltypes")) {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnCount()).isEqualTo(18);
            int[] expected = {Types.TIMESTAMP, Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INTEGER,
                Types.BIGINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.FLOAT, Types.DOUBLE,
                Types.VARCHAR, Types.NCHAR, Types.VARBINARY, Types.BINARY, Types.INTEGER, Types.VARCHAR};
            for (int i = 1; i <= expected.length; i++) {
                assertThat(md.getColumnType(i)).as("type of %s", md.getColumnLabel(i)).isEqualTo(expected[i - 1]);
            }
            assertThat(md.getColumnLabel(13)).isEqualTo("c_vc");
            assertThat(md.getColumnName(13)).isEqualTo("c_vc");
            assertThat(md.getColumnTypeName(9)).isEqualTo("INT UNSIGNED");
            assertThat(md.getColumnTypeName(14)).isEqualTo("NCHAR");
            assertThat(md.getColumnClassName(5)).isEqualTo(Integer.class.getName());
            assertThat(md.getColumnClassName(10)).isEqualTo(BigInteger.class.getName());
            assertThat(md.getColumnClassName(1)).isEqualTo(Timestamp.class.getName());
            assertThat(md.getPrecision(13)).isEqualTo(32);
            assertThat(md.getPrecision(5)).isEqualTo(10);
            assertThat(md.getScale(12)).isZero();
            assertThat(md.isSigned(5)).isTrue();
            assertThat(md.isReadOnly(1)).isTrue();
            assertThat(md.isAutoIncrement(1)).isFalse();
        }
    }

    @Test
    void metadataListsTheSameObjects() throws SQLException {
        try (Connection c = connect()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> catalogs = new ArrayList<>();
            try (ResultSet rs = md.getCatalogs()) {
                while (rs.next()) {
                    catalogs.add(rs.getString("TABLE_CAT"));
                }
            }
            assertThat(catalogs).contains(db, "information_schema", "performance_schema");
            TreeSet<String> tables = new TreeSet<>();
            try (ResultSet rs = md.getTables(db, null, "%", null)) {
                while (rs.next()) {
                    assertThat(rs.getString("TABLE_CAT")).isEqualTo(db);
                    assertThat(rs.getString("TABLE_SCHEM")).isNull();
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).containsExactly("alltypes", "at1", "nt");
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(db, null, "nt", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE") + ":"
                            + rs.getInt("NULLABLE"));
                }
            }
            assertThat(columns).containsExactly("ts:" + Types.TIMESTAMP + ":0", "v:" + Types.INTEGER + ":1",
                    "s:" + Types.VARCHAR + ":1");
            List<String> stableColumns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(db, null, "alltypes", "%")) {
                while (rs.next()) {
                    stableColumns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE"));
                }
            }
            assertThat(stableColumns).hasSize(18).contains("c_ui:" + Types.BIGINT, "c_nc:" + Types.NCHAR,
                    "t_vc:" + Types.VARCHAR, "t_int:" + Types.INTEGER);
            try (ResultSet rs = md.getPrimaryKeys(db, null, "nt")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("COLUMN_NAME")).isEqualTo("ts");
                assertThat(rs.getShort("KEY_SEQ")).isEqualTo((short) 1);
                assertThat(rs.next()).isFalse();
            }
            assertThat(md.getIdentifierQuoteString()).isEqualTo("`");
            assertThat(md.supportsTransactions()).isFalse();
            assertThat(md.getDefaultTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
            assertThat(md.getDatabaseProductVersion()).isEqualTo(TestServer.get().version());
            assertThat(md.getCatalogTerm()).isEqualTo("database");
        }
    }

    @Test
    void errorsCarryTdengineCodes() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("select * from " + db + ".no_such_table"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Table does not exist")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x2603));
            assertThatThrownBy(() -> st.execute("use no_such_db_xyz"))
                    .hasMessageContaining("Database not exist")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x0388));
            assertThatThrownBy(() -> st.executeQuery("selec 1"))
                    .hasMessageContaining("syntax error near")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x2600));
            assertThatThrownBy(() -> st.executeUpdate("insert into " + db + ".nt values (now, 1, 'abcdefghijklmn')"))
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x2653));
            try (ResultSet rs = st.executeQuery("select server_version()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(TestServer.get().version());
            }
        }
    }

    @Test
    void preparedInsertsBindRowsAndBatches() throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("insert into " + db + ".nt values (?, ?, ?)")) {
            assertThat(ps.getParameterMetaData().getParameterCount()).isEqualTo(3);
            ps.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")));
            ps.setInt(2, 1);
            ps.setString(3, "a");
            assertThat(ps.executeUpdate()).isEqualTo(1);
            // reuse: the same statement again, then a batch of three rows
            ps.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:01Z")));
            ps.setInt(2, 2);
            ps.setString(3, "b");
            assertThat(ps.executeUpdate()).isEqualTo(1);
            for (int i = 3; i <= 5; i++) {
                ps.setLong(1, 1704067200000L + i * 1000L);
                ps.setInt(2, i);
                if (i == 4) {
                    ps.setNull(3, Types.VARCHAR);
                } else {
                    ps.setString(3, Character.toString('a' + i - 1));
                }
                ps.addBatch();
            }
            // one multi-row bind reports one total: both drivers answer SUCCESS_NO_INFO per row
            assertThat(ps.executeBatch()).containsExactly(Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO,
                    Statement.SUCCESS_NO_INFO);
        }
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select ts, v, s from " + db + ".nt order by ts")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getTimestamp(1).toInstant() + " " + rs.getInt(2) + " " + rs.getString(3));
            }
            assertThat(rows).containsExactly("2024-01-01T00:00:00Z 1 a", "2024-01-01T00:00:01Z 2 b",
                    "2024-01-01T00:00:03Z 3 c", "2024-01-01T00:00:04Z 4 null", "2024-01-01T00:00:05Z 5 e");
        }
    }

    @Test
    void preparedInsertsNameTablesAndTagsWithPlaceholders() throws SQLException {
        String sql = "insert into ? using " + db + ".alltypes tags (?, ?) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)";
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int t = 2; t <= 3; t++) {
                for (int r = 0; r < 2; r++) {
                    ps.setString(1, db + ".at" + t);
                    ps.setInt(2, t * 10);
                    ps.setString(3, "tag" + t);
                    ps.setTimestamp(4, Timestamp.from(Instant.parse("2024-02-01T00:00:00Z").plusSeconds(r)));
                    ps.setBoolean(5, r == 0);
                    ps.setByte(6, (byte) -t);
                    ps.setShort(7, (short) (-100 * t));
                    ps.setInt(8, -100_000 * t);
                    ps.setLong(9, -10_000_000_000L * t);
                    ps.setShort(10, (short) 200);
                    ps.setInt(11, 60_000);
                    ps.setLong(12, 4_000_000_000L);
                    ps.setObject(13, new BigInteger("18000000000000000000"));
                    ps.setFloat(14, 1.5f * t);
                    ps.setDouble(15, 2.25 * t);
                    ps.setString(16, "vc" + t + r);
                    ps.setNString(17, "数" + t);
                    ps.setBytes(18, new byte[] {(byte) t, (byte) r});
                    ps.setNull(19, Types.BINARY);
                    ps.addBatch();
                }
            }
            assertThat(ps.executeBatch()).hasSize(4).containsOnly(Statement.SUCCESS_NO_INFO);
        }
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select tbname, t_int, t_vc, * from " + db + ".alltypes"
                     + " where ts >= '2024-02-01 00:00:00' order by tbname, ts")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 3; i++) {
                    row.append(rs.getString(i)).append(' ');
                }
                row.append(rs.getTimestamp("ts").toInstant()).append(' ').append(rs.getBoolean("c_bool"))
                        .append(' ').append(rs.getByte("c_ti")).append(' ').append(rs.getShort("c_si"))
                        .append(' ').append(rs.getInt("c_int")).append(' ').append(rs.getLong("c_bi"))
                        .append(' ').append(rs.getInt("c_uti")).append(' ').append(rs.getInt("c_usi"))
                        .append(' ').append(rs.getLong("c_ui")).append(' ').append(rs.getString("c_ubi"))
                        .append(' ').append(rs.getFloat("c_f")).append(' ').append(rs.getDouble("c_d"))
                        .append(' ').append(rs.getString("c_vc")).append(' ').append(rs.getString("c_nc"))
                        .append(' ').append(java.util.Arrays.toString(rs.getBytes("c_vb")))
                        .append(' ').append(rs.getBytes("c_geo"));
                rows.add(row.toString());
            }
            assertThat(rows).containsExactly(
                    "at2 20 tag2 2024-02-01T00:00:00Z true -2 -200 -200000 -20000000000 200 60000 4000000000"
                            + " 18000000000000000000 3.0 4.5 vc20 数2 [2, 0] null",
                    "at2 20 tag2 2024-02-01T00:00:01Z false -2 -200 -200000 -20000000000 200 60000 4000000000"
                            + " 18000000000000000000 3.0 4.5 vc21 数2 [2, 1] null",
                    "at3 30 tag3 2024-02-01T00:00:00Z true -3 -300 -300000 -30000000000 200 60000 4000000000"
                            + " 18000000000000000000 4.5 6.75 vc30 数3 [3, 0] null",
                    "at3 30 tag3 2024-02-01T00:00:01Z false -3 -300 -300000 -30000000000 200 60000 4000000000"
                            + " 18000000000000000000 4.5 6.75 vc31 数3 [3, 1] null");
        }
    }

    @Test
    void preparedQueriesBindParametersAndRunAgain() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into " + db + ".nt values ('2024-01-01 00:00:00', 1, 'a')"
                    + " ('2024-01-01 00:00:01', 2, 'b') ('2024-01-01 00:00:02', 3, 'c')");
            try (PreparedStatement ps = c.prepareStatement("select v, s from " + db + ".nt where ts >= ? and v > ?"
                    + " and s <> ? order by ts")) {
                ps.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")));
                ps.setInt(2, 1);
                ps.setString(3, "zz");
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getInt(1) + rs.getString(2));
                    }
                }
                assertThat(rows).containsExactly("2b", "3c");
                ps.clearParameters();
                ps.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")));
                ps.setInt(2, 2);
                ps.setString(3, "c");
                assertThat(ps.execute()).isTrue();
                try (ResultSet rs = ps.getResultSet()) {
                    assertThat(rs.next()).isFalse();
                }
                ps.clearParameters();
                ps.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:01Z")));
                ps.setInt(2, 0);
                ps.setString(3, "b");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(3);
                    assertThat(rs.next()).isFalse();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*), sum(v) from " + db + ".nt where v in (?, ?)")) {
                ps.setInt(1, 1);
                ps.setLong(2, 3);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(2);
                    assertThat(rs.getLong(2)).isEqualTo(4);
                }
            }
        }
    }

    @Test
    void preparedStatementErrorsCarryTdengineCodes() throws SQLException {
        try (Connection c = connect()) {
            // the official driver reports a failed prepare with vendor code 0; we keep TDengine's
            assertThatThrownBy(() -> c.prepareStatement("insert into " + db + ".no_such_table values (?, ?)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Table does not exist")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode())
                            .isEqualTo(kind == Kind.TAOS4J ? 0x2603 : 0));
            try (PreparedStatement ps = c.prepareStatement("insert into " + db + ".nt values (?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")));
                ps.setInt(2, 1);
                ps.setString(3, "far too long for ten");
                // the official driver puts 0x2653 into the message only
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("Value too long for column/tag: s")
                        .satisfies(e -> assertThat(((SQLException) e).getErrorCode())
                                .isEqualTo(kind == Kind.TAOS4J ? 0x2653 : 0));
            }
        }
    }

    @Test
    void connectionBasicsAgree() throws SQLException {
        try (Connection c = connect()) {
            assertThat(c.isValid(5)).isTrue();
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(c.isClosed()).isFalse();
            c.close();
            assertThat(c.isClosed()).isTrue();
            assertThat(c.isValid(1)).isFalse();
        }
    }

    /** Where our driver deliberately does not do what the official one does, and why. */
    @Test
    void deliberateDifferences() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            // getObject on VARCHAR: JDBC says String; the official driver gives byte[] unless varcharAsString=true
            try (ResultSet rs = st.executeQuery("select c_vc from " + db + ".alltypes where c_vc is not null")) {
                assertThat(rs.next()).isTrue();
                Object v = rs.getObject(1);
                if (kind == Kind.TAOS4J) {
                    assertThat(v).isEqualTo("hello");
                    assertThat(rs.getMetaData().getColumnClassName(1)).isEqualTo(String.class.getName());
                    assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("VARCHAR");
                } else {
                    assertThat(v).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
                    assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("BINARY");
                }
            }
            // super tables: we report TABLE_TYPE STABLE; the official driver says TABLE with REMARKS "STABLE"
            String type = null;
            String remarks = null;
            try (ResultSet rs = c.getMetaData().getTables(db, null, "alltypes", null)) {
                assertThat(rs.next()).isTrue();
                type = rs.getString("TABLE_TYPE");
                remarks = rs.getString("REMARKS");
            }
            if (kind == Kind.TAOS4J) {
                assertThat(type).isEqualTo("STABLE");
                assertThat(remarks).isNull();
            } else {
                assertThat(type).isEqualTo("TABLE");
                assertThat(remarks).isEqualTo("STABLE");
            }
            // INT UNSIGNED is not signed; the official driver answers by its JDBC type (BIGINT), so yes
            try (ResultSet rs = st.executeQuery("select c_ui from " + db + ".alltypes")) {
                assertThat(rs.getMetaData().isSigned(1)).isEqualTo(kind == Kind.OFFICIAL);
            }
            // setCatalog: we run USE (JDBC: it selects the catalog); the official driver only records the name
            c.setCatalog(db);
            if (kind == Kind.TAOS4J) {
                assertThat(c.getCatalog()).isEqualTo(db);
                try (ResultSet rs = st.executeQuery("select count(*) from nt")) {
                    assertThat(rs.next()).isTrue();
                }
            } else {
                assertThatThrownBy(() -> st.executeQuery("select count(*) from nt"))
                        .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x2616));
            }
            // JDBC version: we implement 4.3; the official driver reports 3.0
            assertThat(c.getMetaData().getJDBCMajorVersion()).isEqualTo(kind == Kind.TAOS4J ? 4 : 3);
        }
        // a failed login: we keep TDengine's code (0x0357) as vendor code; the official driver reports 0
        String bad = "jdbc:TAOS-WS://127.0.0.1:" + TestServer.get().port() + "/?user=root&password=wrong";
        assertThatThrownBy(() -> kind.driver.connect(bad, new Properties()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Authentication failure")
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode())
                        .isEqualTo(kind == Kind.TAOS4J ? 0x0357 : 0));
    }
}
