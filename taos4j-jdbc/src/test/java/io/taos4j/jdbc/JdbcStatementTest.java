package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcStatementTest {

    @BeforeAll
    static void schema() throws SQLException {
        TestServer.exec("drop database if exists st_db", "create database st_db",
                "create table st_db.t (ts timestamp, v int, s varchar(10))");
    }

    @Test
    void batchesRunInOrderAndReportCounts() throws SQLException {
        try (Connection c = TestServer.connect("st_db"); Statement st = c.createStatement()) {
            st.execute("create table if not exists b1 (ts timestamp, v int)");
            st.addBatch("insert into b1 values ('2024-01-01 00:00:00', 1) ('2024-01-01 00:00:01', 2)");
            st.addBatch("insert into b1 values ('2024-01-01 00:00:02', 3)");
            assertThat(st.executeBatch()).containsExactly(2, 1);
            assertThat(st.executeBatch()).isEmpty();
            st.addBatch("insert into b1 values ('2024-01-01 00:00:03', 4)");
            st.addBatch("insert into no_such_table values (now, 1)");
            st.addBatch("insert into b1 values ('2024-01-01 00:00:04', 5)");
            assertThatThrownBy(st::executeBatch).isInstanceOf(BatchUpdateException.class)
                    .satisfies(e -> {
                        BatchUpdateException b = (BatchUpdateException) e;
                        assertThat(b.getUpdateCounts()).containsExactly(1);
                        assertThat(b.getErrorCode()).isEqualTo(0x2603);
                    });
            try (ResultSet rs = st.executeQuery("select count(*) from b1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
            st.addBatch("insert into b1 values ('2024-01-01 00:00:05', 6)");
            st.clearBatch();
            assertThat(st.executeBatch()).isEmpty();
        }
        Properties ignore = new Properties();
        ignore.setProperty("batchErrorIgnore", "true");
        try (Connection c = new TaosDriver().connect(TestServer.wsUrl("st_db"), ignore);
             Statement st = c.createStatement()) {
            st.addBatch("insert into no_such_table values (now, 1)");
            st.addBatch("insert into b1 values ('2024-01-01 00:00:09', 9)");
            assertThat(st.executeBatch()).containsExactly(Statement.EXECUTE_FAILED, 1);
        }
    }

    @Test
    void maxRowsCloseOnCompletionAndResultLifecycle() throws SQLException {
        try (Connection c = TestServer.connect("st_db"); Statement st = c.createStatement()) {
            st.executeUpdate("insert into t values ('2024-01-01 00:00:00', 1, 'a') ('2024-01-01 00:00:01', 2, 'b')"
                    + " ('2024-01-01 00:00:02', 3, 'c')");
            st.setMaxRows(2);
            assertThat(st.getMaxRows()).isEqualTo(2);
            int n = 0;
            try (ResultSet rs = st.executeQuery("select * from t")) {
                while (rs.next()) {
                    n++;
                }
            }
            assertThat(n).isEqualTo(2);
            st.setMaxRows(0);
            st.setFetchSize(100);
            assertThat(st.getFetchSize()).isEqualTo(100);
            st.setQueryTimeout(30);
            assertThat(st.getQueryTimeout()).isEqualTo(30);
            ResultSet first = st.executeQuery("select * from t");
            ResultSet second = st.executeQuery("select * from t");
            assertThat(first.isClosed()).isTrue();
            assertThat(st.getMoreResults()).isFalse();
            assertThat(second.isClosed()).isTrue();
            assertThat(st.getUpdateCount()).isEqualTo(-1);
            st.closeOnCompletion();
            assertThat(st.isCloseOnCompletion()).isTrue();
            ResultSet rs = st.executeQuery("select * from t");
            rs.close();
            assertThat(st.isClosed()).isTrue();
        }
    }

    @Test
    void refusesWhatTdengineDoesNotHave() throws SQLException {
        try (Connection c = TestServer.connect("st_db"); Statement st = c.createStatement()) {
            assertThatThrownBy(st::getGeneratedKeys).isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("generated keys");
            assertThatThrownBy(() -> st.executeUpdate("insert into t values (now, 1, 'x')",
                    Statement.RETURN_GENERATED_KEYS)).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThat(st.executeUpdate("insert into t values ('2024-02-01 00:00:00', 1, 'x')",
                    Statement.NO_GENERATED_KEYS)).isEqualTo(1);
            assertThatThrownBy(() -> st.setCursorName("c")).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> st.executeQuery("insert into t values ('2024-02-01 00:00:01', 1, 'x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("executeQuery");
            assertThatThrownBy(() -> st.executeUpdate("select * from t"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("executeUpdate ran a query");
            assertThatThrownBy(() -> st.executeQuery("selec 1")).isInstanceOf(SQLSyntaxErrorException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42000"));
            assertThatThrownBy(() -> st.executeQuery("select * from nope")).isInstanceOf(SQLSyntaxErrorException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42S02"));
            st.cancel();   // nothing running: the next execution is not affected
            try (ResultSet rs = st.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void preparedStatementsWithoutParametersRunFully() throws SQLException {
        try (Connection c = TestServer.connect("st_db")) {
            try (PreparedStatement ps = c.prepareStatement("insert into t values (now, 7, 'p')")) {
                assertThat(ps.getParameterMetaData().getParameterCount()).isZero();
                assertThat(ps.getMetaData()).isNull();
                assertThat(ps.executeUpdate()).isEqualTo(1);
                ps.addBatch();
                ps.addBatch();
                assertThat(ps.executeBatch()).containsExactly(1, 1);
                assertThatThrownBy(() -> ps.setInt(1, 1)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("no ? parameters");
                assertThatThrownBy(() -> ps.execute("select 1")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> ps.addBatch("select 1")).isInstanceOf(SQLException.class);
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from t where s = 'p' -- what?")) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(3);
                }
                assertThat(ps.execute()).isTrue();
            }
        }
    }

    /** Setters are checked before anything runs: every parameter set, indexes in range. */
    @Test
    void parameterRowsAreCheckedBeforeTheyAreSent() throws Exception {
        try (Connection c = TestServer.connect("st_db");
             PreparedStatement ps = c.prepareStatement("insert into t values (?, ?, ?)")) {
            assertThat(ps.getParameterMetaData().getParameterCount()).isEqualTo(3);
            ps.setTimestamp(1, new Timestamp(0));
            ps.setInt(2, 1);
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("parameter 3 of 3 is not set");
            assertThatThrownBy(ps::addBatch).isInstanceOf(SQLException.class)
                    .hasMessageContaining("parameter 3 of 3 is not set");
            ps.clearParameters();
            ps.setNull(1, Types.TIMESTAMP);
            ps.setBoolean(2, true);
            ps.setByte(2, (byte) 1);
            ps.setShort(2, (short) 1);
            ps.setLong(2, 1L);
            ps.setFloat(2, 1f);
            ps.setDouble(2, 1d);
            ps.setBigDecimal(2, java.math.BigDecimal.ONE);
            ps.setBytes(3, new byte[] {1});
            ps.setNString(3, "n");
            ps.setDate(1, new java.sql.Date(0));
            ps.setTime(1, new java.sql.Time(0));
            ps.setAsciiStream(3, new ByteArrayInputStream("a".getBytes()));
            ps.setBinaryStream(3, new ByteArrayInputStream(new byte[] {1, 2}), 1);
            ps.setCharacterStream(3, new StringReader("abc"), 2);
            ps.setURL(3, new java.net.URL("http://example.com"));
            assertThatThrownBy(() -> ps.setInt(4, 1)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07009"));
            assertThatThrownBy(() -> ps.setArray(1, null)).isInstanceOf(SQLFeatureNotSupportedException.class);
        }
        try (Connection c = TestServer.connect("st_db");
             PreparedStatement ps = c.prepareStatement("select * from t where s = '?' and v = ?")) {
            assertThat(ps.getParameterMetaData().getParameterCount()).isEqualTo(1);
        }
    }
}
