package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every getter of our result sets, on every type, with the conversions JDBC allows and the ones it refuses. */
class JdbcResultSetTest {
    private static final Instant TS = Instant.parse("2024-03-04T05:06:07.123456Z");

    @BeforeAll
    static void data() throws SQLException {
        TestServer.exec("drop database if exists rs_db", "create database rs_db precision 'us'",
                "create table rs_db.t (ts timestamp, b bool, ti tinyint, si smallint, i int, bi bigint,"
                        + " uti tinyint unsigned, usi smallint unsigned, ui int unsigned, ubi bigint unsigned,"
                        + " f float, d double, vc varchar(20), nc nchar(10), vb varbinary(8), big bigint)",
                "insert into rs_db.t values ('2024-03-04 05:06:07.123456', false, 127, 300, 70000, 5000000000,"
                        + " 255, 65535, 4294967295, 18446744073709551615, 3.5, -1e300, '42', 'ü', '\\x6869',"
                        + " 9223372036854775807)");
    }

    private static Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("timezone", "Asia/Shanghai");
        return new TaosDriver().connect(TestServer.wsUrl("rs_db"), p);
    }

    @Test
    void numbersConvertWithinRangeAndRefuseOverflow() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getByte("ti")).isEqualTo((byte) 127);
            assertThatThrownBy(() -> rs.getByte("si")).isInstanceOf(SQLDataException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22003"));
            assertThat(rs.getShort("si")).isEqualTo((short) 300);
            assertThatThrownBy(() -> rs.getShort("i")).isInstanceOf(SQLDataException.class);
            assertThat(rs.getInt("i")).isEqualTo(70000);
            assertThatThrownBy(() -> rs.getInt("bi")).isInstanceOf(SQLDataException.class);
            assertThat(rs.getLong("bi")).isEqualTo(5_000_000_000L);
            assertThat(rs.getLong("big")).isEqualTo(Long.MAX_VALUE);
            assertThat(rs.getShort("uti")).isEqualTo((short) 255);
            assertThatThrownBy(() -> rs.getByte("uti")).isInstanceOf(SQLDataException.class);
            assertThat(rs.getInt("usi")).isEqualTo(65535);
            assertThat(rs.getLong("ui")).isEqualTo(4294967295L);
            assertThatThrownBy(() -> rs.getLong("ubi")).isInstanceOf(SQLDataException.class);
            assertThat(rs.getObject("ubi")).isEqualTo(new BigInteger("18446744073709551615"));
            assertThat(rs.getObject("ubi", BigInteger.class)).isEqualTo(new BigInteger("18446744073709551615"));
            assertThat(rs.getBigDecimal("ubi")).isEqualTo(new BigDecimal("18446744073709551615"));
            assertThat(rs.getDouble("ubi")).isEqualTo(1.8446744073709552E19);
            assertThat(rs.getFloat("f")).isEqualTo(3.5f);
            assertThat(rs.getInt("f")).isEqualTo(3);
            assertThat(rs.getBigDecimal("f")).isEqualTo(new BigDecimal("3.5"));
            @SuppressWarnings("deprecation")
            BigDecimal scaled = rs.getBigDecimal("f", 2);
            assertThat(scaled).isEqualTo(new BigDecimal("3.50"));
            assertThat(rs.getDouble("d")).isEqualTo(-1e300);
            assertThatThrownBy(() -> rs.getFloat("d")).isInstanceOf(SQLDataException.class);
            assertThat(rs.getInt("vc")).isEqualTo(42);
            assertThat(rs.getDouble("vc")).isEqualTo(42.0);
            assertThat(rs.getBigDecimal("vc")).isEqualTo(new BigDecimal("42"));
            assertThatThrownBy(() -> rs.getInt("nc")).isInstanceOf(SQLDataException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22018"));
            assertThat(rs.getBoolean("b")).isFalse();
            assertThat(rs.getBoolean("i")).isTrue();
            assertThatThrownBy(() -> rs.getBoolean("nc")).isInstanceOf(SQLDataException.class);
            assertThat(rs.getObject("b")).isEqualTo(false);
            assertThat(rs.getObject("ti")).isEqualTo((byte) 127);
            assertThat(rs.getObject("si")).isEqualTo((short) 300);
            assertThat(rs.getObject("bi")).isEqualTo(5_000_000_000L);
            assertThat(rs.getObject("i", Long.class)).isEqualTo(70000L);
            assertThatThrownBy(() -> rs.getObject("i", Short.class)).isInstanceOf(SQLDataException.class);
        }
    }

    @Test
    void textBytesAndStreams() throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("nc")).isEqualTo("ü");
            assertThat(rs.getNString("nc")).isEqualTo("ü");
            assertThat(rs.getBytes("nc")).isEqualTo("ü".getBytes(StandardCharsets.UTF_8));
            assertThat(rs.getBytes("vb")).containsExactly('h', 'i');
            assertThat(rs.getString("vb")).isEqualTo("hi");
            assertThat(rs.getObject("vb", byte[].class)).containsExactly('h', 'i');
            assertThatThrownBy(() -> rs.getBytes("i")).isInstanceOf(SQLDataException.class);
            try (Reader r = rs.getCharacterStream("vc"); Reader n = rs.getNCharacterStream("nc");
                 InputStream a = rs.getAsciiStream("vc"); InputStream b = rs.getBinaryStream("vb")) {
                char[] buf = new char[4];
                assertThat(new String(buf, 0, r.read(buf))).isEqualTo("42");
                assertThat(new String(buf, 0, n.read(buf))).isEqualTo("ü");
                assertThat(a.readAllBytes()).isEqualTo("42".getBytes(StandardCharsets.US_ASCII));
                assertThat(b.readAllBytes()).containsExactly('h', 'i');
            }
            Blob blob = rs.getBlob("vb");
            assertThat(blob.getBytes(1, 2)).containsExactly('h', 'i');
            assertThat(rs.getString("f")).isEqualTo("3.5");
            assertThat(rs.getString("ubi")).isEqualTo("18446744073709551615");
            assertThat(rs.getObject("vc", String.class)).isEqualTo("42");
            assertThatThrownBy(() -> rs.getClob("vc")).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> rs.getArray("vc")).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> rs.getURL("nc")).isInstanceOf(SQLDataException.class);
        }
    }

    @Test
    void timestampsAsEveryDateTimeType() throws SQLException {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select ts from t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(TS);
            assertThat(rs.getTimestamp(1).getNanos()).isEqualTo(123_456_000);
            Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            assertThat(rs.getTimestamp(1, utc).toInstant()).isEqualTo(TS);
            assertThat(rs.getLong(1)).isEqualTo(TS.getEpochSecond() * 1_000_000 + 123_456);
            assertThat(rs.getObject(1, Instant.class)).isEqualTo(TS);
            assertThat(rs.getObject(1, LocalDateTime.class)).isEqualTo(LocalDateTime.ofInstant(TS, shanghai));
            assertThat(rs.getObject(1, OffsetDateTime.class)).isEqualTo(OffsetDateTime.ofInstant(TS, shanghai));
            assertThat(rs.getObject(1, ZonedDateTime.class)).isEqualTo(ZonedDateTime.ofInstant(TS, shanghai));
            assertThat(rs.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(rs.getObject(1, LocalTime.class)).isEqualTo(LocalTime.of(13, 6, 7, 123_456_000));
            assertThat(rs.getObject(1, Timestamp.class).toInstant()).isEqualTo(TS);
            assertThat(rs.getDate(1, utc).getTime()).isEqualTo(Instant.parse("2024-03-04T00:00:00Z").toEpochMilli());
            assertThat(rs.getDate(1).getTime())
                    .isEqualTo(LocalDate.of(2024, 3, 4).atStartOfDay(shanghai).toInstant().toEpochMilli());
            assertThat(rs.getObject(1, java.sql.Date.class)).isEqualTo(rs.getDate(1));
            assertThat(rs.getTime(1, utc).getTime())
                    .isEqualTo(LocalTime.of(5, 6, 7, 123_000_000).toNanoOfDay() / 1_000_000);
            assertThat(rs.getTime(1)).isEqualTo(rs.getObject(1, java.sql.Time.class));
            assertThat(rs.getTimestamp(1)).isEqualTo(rs.getObject(1));
        }
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select '2024-01-02 03:04:05', '2024-01-02T03:04:05+00:00'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(Instant.parse("2024-01-01T19:04:05Z"));
            Calendar utc = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
            assertThat(rs.getTimestamp(1, utc).toInstant()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
            assertThat(rs.getObject(2, Instant.class)).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        }
    }

    @Test
    void cursorPositionsAndRefusals() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.executeUpdate("create table if not exists three (ts timestamp, v int)");
            st.executeUpdate("insert into three values ('2024-01-01 00:00:00', 1) ('2024-01-01 00:00:01', 2)"
                    + " ('2024-01-01 00:00:02', 3)");
            ResultSet rs = st.executeQuery("select v from three order by ts");
            assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("24000"));
            assertThat(rs.isBeforeFirst()).isTrue();
            assertThat(rs.getRow()).isZero();
            assertThat(rs.next()).isTrue();
            assertThat(rs.isFirst()).isTrue();
            assertThat(rs.isLast()).isFalse();
            assertThat(rs.getRow()).isEqualTo(1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.isLast()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(3);
            assertThat(rs.next()).isFalse();
            assertThat(rs.isAfterLast()).isTrue();
            assertThat(rs.next()).isFalse();
            assertThat(rs.findColumn("V")).isEqualTo(1);
            assertThatThrownBy(() -> rs.findColumn("nope")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42S22"));
            assertThatThrownBy(rs::previous).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> rs.absolute(1)).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> rs.updateInt(1, 1)).isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("read-only");
            assertThatThrownBy(rs::insertRow).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThat(rs.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
            assertThat(rs.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
            assertThat(rs.getStatement()).isSameAs(st);
            rs.close();
            assertThatThrownBy(rs::next).isInstanceOf(SQLException.class).hasMessageContaining("closed");
            try (ResultSet empty = st.executeQuery("select v from three where v > 10")) {
                assertThat(empty.isBeforeFirst()).isFalse();
                assertThat(empty.next()).isFalse();
            }
            try (ResultSet rs2 = st.executeQuery("select v from three")) {
                assertThatThrownBy(() -> rs2.getInt(0)).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07009"));
            }
        }
    }
}
