package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our PreparedStatement over stmt2: conversions, table forms, metadata and errors (see JdbcConformanceTest too). */
class JdbcPreparedStatementTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @BeforeAll
    static void schema() throws SQLException {
        TestServer.exec("drop database if exists ps_db", "create database ps_db precision 'us'",
                "create table ps_db.t (ts timestamp, v int, u bigint unsigned, d double, s varchar(16), b varbinary(8))",
                "create stable ps_db.stb (ts timestamp, v int) tags (loc varchar(16), g int)",
                "create table ps_db.n1 (ts timestamp, v int)", "create table ps_db.n2 (ts timestamp, v int)",
                "create table ps_db.dec (ts timestamp, d decimal(10, 2), f float, bl bool)",
                "drop database if exists ps_ns", "create database ps_ns precision 'ns'",
                "create table ps_ns.t (ts timestamp, v int)");
    }

    private static Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("timezone", "UTC");
        return new TaosDriver().connect(TestServer.wsUrl("ps_db"), p);
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void javaTimeNumbersAndTextConvertToTheColumnTypes() throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("insert into t values (?, ?, ?, ?, ?, ?)")) {
            Object[] times = {T0, LocalDateTime.of(2024, 3, 1, 0, 0, 1), OffsetDateTime.parse("2024-03-01T02:00:02+02:00"),
                ZonedDateTime.parse("2024-03-01T00:00:03Z[UTC]"), Timestamp.from(T0.plusSeconds(4).plusNanos(5000)),
                T0.plusSeconds(5).toEpochMilli() * 1000, "2024-03-01 00:00:06.5"};
            for (int i = 0; i < times.length; i++) {
                ps.setObject(1, times[i]);
                // a batch may mix setters of one column
                if (i % 2 == 0) {
                    ps.setInt(2, i);
                } else {
                    ps.setObject(2, (long) i);
                }
                ps.setObject(3, i == 0 ? new BigInteger("18446744073709551615") : BigInteger.valueOf(i));
                ps.setBigDecimal(4, new BigDecimal("1.25").multiply(BigDecimal.valueOf(i)));
                ps.setObject(5, i == 1 ? null : i);
                ps.setBytes(6, new byte[] {(byte) i});
                ps.addBatch();
            }
            assertThat(ps.executeBatch()).hasSize(times.length).containsOnly(Statement.SUCCESS_NO_INFO);
            assertThat(rows(c, "select ts, v, u, d, s, length(b) from t order by ts")).containsExactly(
                    "2024-03-01 00:00:00.0 0 18446744073709551615 0.0 0 1",
                    "2024-03-01 00:00:01.0 1 1 1.25 null 1",
                    "2024-03-01 00:00:02.0 2 2 2.5 2 1",
                    "2024-03-01 00:00:03.0 3 3 3.75 3 1",
                    "2024-03-01 00:00:04.000005 4 4 5.0 4 1",
                    "2024-03-01 00:00:05.0 5 5 6.25 5 1",
                    "2024-03-01 00:00:06.5 6 6 7.5 6 1");
        }
    }

    @Test
    void decimalsFloatsBooleansAndNanoseconds() throws SQLException {
        try (Connection c = connect()) {
            try (PreparedStatement ps = c.prepareStatement("insert into dec values (?, ?, ?, ?)")) {
                Object[][] rows = {{new BigDecimal("12.34"), 1.5f, true}, {7, 2.5, "false"},
                    {"-0.5", new BigDecimal("3.25"), 1}, {null, null, null}};
                for (int i = 0; i < rows.length; i++) {
                    ps.setObject(1, T0.plusSeconds(i));
                    for (int j = 0; j < 3; j++) {
                        ps.setObject(j + 2, rows[i][j]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
                assertThat(ps.getParameterMetaData().getParameterType(2)).isEqualTo(Types.DECIMAL);
            }
            assertThat(rows(c, "select d, f, bl from dec order by ts")).containsExactly("12.34 1.5 true",
                    "7.00 2.5 false", "-0.50 3.25 true", "null null null");
            try (PreparedStatement ps = c.prepareStatement("insert into ps_ns.t values (?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(T0.plusNanos(123_456_789)));
                ps.setInt(2, 1);
                ps.addBatch();
                ps.setObject(1, T0.plusNanos(1));
                ps.setInt(2, 2);
                ps.addBatch();
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("select v from ps_ns.t where ts = ?")) {
                ps.setObject(1, T0.plusNanos(123_456_789));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            assertThat(rows(c, "select cast(ts as bigint), v from ps_ns.t order by ts")).containsExactly(
                    (T0.getEpochSecond() * 1_000_000_000L + 1) + " 2",
                    (T0.getEpochSecond() * 1_000_000_000L + 123_456_789) + " 1");
        }
    }

    @Test
    void tablesAndTagsBoundByPlaceholderOrFixed() throws SQLException {
        try (Connection c = connect()) {
            try (PreparedStatement ps = c.prepareStatement("insert into c1 using stb tags (?, ?) values (?, ?)")) {
                ps.setString(1, "fixed");
                ps.setInt(2, 1);
                ps.setObject(3, T0);
                ps.setInt(4, 10);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into ? using stb tags (?, ?) values (?, ?)")) {
                for (int r = 0; r < 4; r++) {
                    ps.setString(1, r % 2 == 0 ? "c2" : "ps_db.c3");
                    ps.setString(2, "loc" + r % 2);
                    ps.setInt(3, r % 2 + 2);
                    ps.setObject(4, T0.plusSeconds(r));
                    ps.setInt(5, 20 + r);
                    ps.addBatch();
                }
                assertThat(ps.executeBatch()).hasSize(4);
                assertThat(ps.getParameterMetaData().getParameterType(1)).isEqualTo(Types.VARCHAR);
                assertThat(ps.getParameterMetaData().getParameterTypeName(3)).isEqualTo("INT");
            }
            // the table named when bound, without USING: one statement per table, typed by the server
            try (PreparedStatement ps = c.prepareStatement("insert into ? values (?, ?)")) {
                for (int r = 0; r < 3; r++) {
                    ps.setString(1, r == 1 ? "n2" : "n1");
                    ps.setTimestamp(2, Timestamp.from(T0.plusSeconds(r)));
                    ps.setLong(3, r);
                    ps.addBatch();
                }
                ps.executeBatch();
                assertThat(ps.getParameterMetaData().getParameterType(2)).isEqualTo(Types.OTHER);
                ps.setString(1, "n2");
                ps.setObject(2, T0.plusSeconds(9));
                ps.setInt(3, 9);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(rows(c, "select tbname, loc, g, v from stb order by tbname, ts")).containsExactly(
                    "c1 fixed 1 10", "c2 loc0 2 20", "c2 loc0 2 22", "c3 loc1 3 21", "c3 loc1 3 23");
            assertThat(rows(c, "select v from n1 where ts < '2024-03-01 00:01:00' order by ts")).containsExactly("0", "2");
            assertThat(rows(c, "select v from n2 where ts < '2024-03-01 00:01:00' order by ts")).containsExactly("1", "9");
        }
    }

    @Test
    void queriesBindTheirOwnTypes() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into n1 values ('2024-04-01 00:00:00', 100) ('2024-04-01 00:00:01', 101)"
                    + " ('2024-04-02 00:00:00', 102)");
            try (PreparedStatement ps = c.prepareStatement("select v from n1 where ts >= ? and ts < ? and v <> ?"
                    + " order by ts")) {
                Object[][] binds = {
                    {LocalDate.of(2024, 4, 1), LocalDateTime.of(2024, 4, 2, 0, 0), 0},
                    {OffsetDateTime.parse("2024-04-01T02:00:00+02:00"), Instant.parse("2024-04-03T00:00:00Z"),
                        new BigDecimal("101")},
                    {Timestamp.from(Instant.parse("2024-04-01T00:00:01Z")), "2024-04-05 00:00:00", (short) 0}};
                List<List<String>> results = new ArrayList<>();
                for (Object[] b : binds) {
                    for (int i = 0; i < b.length; i++) {
                        ps.setObject(i + 1, b[i]);
                    }
                    List<String> got = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            got.add(rs.getString(1));
                        }
                    }
                    results.add(got);
                }
                assertThat(results).containsExactly(List.of("100", "101"), List.of("100", "102"),
                        List.of("101", "102"));
                ParameterMetaData md = ps.getParameterMetaData();
                assertThat(md.getParameterType(1)).isEqualTo(Types.OTHER);
                assertThat(md.getParameterTypeName(1)).isEqualTo("UNKNOWN");
                ps.addBatch();
                assertThatThrownBy(ps::executeBatch).isInstanceOf(BatchUpdateException.class)
                        .hasMessageContaining("a query cannot run as a batch");
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("executeUpdate ran a query");
            }
        }
    }

    @Test
    void mismatchesFailWithTdengineCodes() throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("insert into n1 values (?, ?)")) {
            ParameterMetaData md = ps.getParameterMetaData();
            assertThat(md.getParameterType(1)).isEqualTo(Types.TIMESTAMP);
            assertThat(md.getParameterType(2)).isEqualTo(Types.INTEGER);
            assertThat(md.isNullable(1)).isEqualTo(ParameterMetaData.parameterNoNulls);
            assertThat(md.isNullable(2)).isEqualTo(ParameterMetaData.parameterNullable);
            ps.setObject(1, T0.plusSeconds(100));
            ps.setString(2, "abc");
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("column type mis-match with buffer type").hasMessageContaining("parameter 2")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x0200));
            ps.setDouble(2, 1.5);
            assertThatThrownBy(ps::executeUpdate).satisfies(e -> assertThat(((SQLException) e).getErrorCode())
                    .isEqualTo(0x0200));
            ps.setLong(2, 1L << 40);
            assertThatThrownBy(ps::executeUpdate).hasMessageContaining("out of range")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x0118));
            ps.setObject(1, "not a time");
            ps.setInt(2, 1);
            assertThatThrownBy(ps::executeUpdate).satisfies(e -> assertThat(((SQLException) e).getErrorCode())
                    .isEqualTo(0x0200));
            ps.setObject(1, new Object());
            ps.addBatch();
            assertThatThrownBy(ps::executeBatch).isInstanceOf(BatchUpdateException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x0200));
            // the statement is still usable after failures
            ps.setObject(1, T0.plusSeconds(100));
            ps.setShort(2, (short) 7);
            assertThat(ps.executeUpdate()).isEqualTo(1);
            assertThat(rows(c, "select v from n1 where ts = '2024-03-01 00:01:40'")).containsExactly("7");
        }
        try (Connection c = connect()) {
            assertThatThrownBy(() -> c.prepareStatement("insert into ? values (?, ?)").executeUpdate())
                    .isInstanceOf(SQLException.class);
            try (PreparedStatement ps = c.prepareStatement("insert into ? values (?, ?)")) {
                ps.setString(1, "no_such_table");
                ps.setObject(2, T0);
                ps.setInt(3, 1);
                assertThatThrownBy(ps::executeUpdate).satisfies(e -> assertThat(((SQLException) e).getErrorCode())
                        .isEqualTo(0x2603));
                ps.setString(1, "n1; drop database ps_db");
                assertThatThrownBy(ps::executeUpdate).hasMessageContaining("not a table name");
            }
        }
    }
}
