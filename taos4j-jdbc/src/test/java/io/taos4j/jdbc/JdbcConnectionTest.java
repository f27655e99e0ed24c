package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.Taos;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JdbcConnectionTest {

    @Test
    void isValidRoundTripsAndFailsOnceClosed() throws SQLException {
        Connection c = TestServer.connect("");
        assertThat(c.isValid(0)).isTrue();
        assertThat(c.isValid(3)).isTrue();
        assertThatThrownBy(() -> c.isValid(-1)).isInstanceOf(SQLException.class);
        c.unwrap(Taos.class).close();   // the connection is lost under the JDBC layer
        assertThat(c.isValid(3)).isFalse();
        assertThat(c.isClosed()).isTrue();
        c.close();
    }

    @Test
    void transactionsAreReportedAsUnsupported() throws SQLException {
        try (Connection c = TestServer.connect("")) {
            assertThat(c.getAutoCommit()).isTrue();
            c.setAutoCommit(true);
            assertThatThrownBy(() -> c.setAutoCommit(false)).isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("transactions are not supported");
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("auto-commit")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25000"));
            assertThatThrownBy(c::rollback).isInstanceOf(SQLException.class).hasMessageContaining("auto-commit");
            assertThatThrownBy(c::setSavepoint).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> c.rollback(null)).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
            c.setTransactionIsolation(Connection.TRANSACTION_NONE);
            assertThatThrownBy(() -> c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED))
                    .isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> c.prepareCall("call p()")).isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("stored procedures");
            assertThatThrownBy(() -> c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY))
                    .isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> c.prepareStatement("select 1", Statement.RETURN_GENERATED_KEYS))
                    .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("generated keys");
            assertThatThrownBy(c::createBlob).isInstanceOf(SQLFeatureNotSupportedException.class);
        }
    }

    @Test
    void catalogSchemaAndHints() throws SQLException {
        TestServer.exec("create database if not exists conn_cat");
        try (Connection c = TestServer.connect("")) {
            assertThat(c.getCatalog()).isNull();
            c.setCatalog("conn_cat");
            assertThat(c.getCatalog()).isEqualTo("conn_cat");
            assertThatThrownBy(() -> c.setCatalog("no_such_db_cat"))
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x0388));
            c.setSchema("anything");
            assertThat(c.getSchema()).isNull();
            c.setReadOnly(true);
            assertThat(c.isReadOnly()).isTrue();
            c.setHoldability(ResultSet.CLOSE_CURSORS_AT_COMMIT);
            assertThat(c.getHoldability()).isEqualTo(ResultSet.CLOSE_CURSORS_AT_COMMIT);
            assertThat(c.nativeSQL("select 1")).isEqualTo("select 1");
            assertThat(c.getTypeMap().isEmpty()).isTrue();
            assertThat((Object) c.getWarnings()).isNull();
            assertThat(c.getClientInfo("ApplicationName")).isEqualTo("taos4j");
            assertThatThrownBy(() -> c.setClientInfo("ApplicationName", "x"))
                    .isInstanceOf(SQLClientInfoException.class);
            assertThat(c.isWrapperFor(Taos.class)).isTrue();
            assertThat(c.unwrap(Taos.class).serverVersion()).isEqualTo(TestServer.get().version());
        }
    }

    @Test
    void abortReallyCloses() throws Exception {
        Connection c = TestServer.connect("");
        Statement st = c.createStatement();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            c.abort(executor);
            assertThat(c.isClosed()).isTrue();
            executor.shutdown();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(c.unwrap(Taos.class).isClosed()).isTrue();
            assertThat(st.isClosed()).isTrue();
            assertThatThrownBy(c::createStatement).isInstanceOf(SQLNonTransientConnectionException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08003"));
            c.abort(executor);   // a no-op once closed
        } finally {
            executor.shutdownNow();
        }
        assertThatThrownBy(() -> TestServer.connect("").abort(null)).isInstanceOf(SQLException.class);
    }

    @Test
    void networkTimeoutIsKeptAndValidated() throws SQLException {
        try (Connection c = TestServer.connect("")) {
            assertThat(c.getNetworkTimeout()).isZero();
            c.setNetworkTimeout(Runnable::run, 30_000);
            assertThat(c.getNetworkTimeout()).isEqualTo(30_000);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
            assertThatThrownBy(() -> c.setNetworkTimeout(Runnable::run, -1)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> c.setNetworkTimeout(null, 1)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void closeClosesStatementsAndResults() throws SQLException {
        Connection c = TestServer.connect("");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select 1");
        c.close();
        c.close();
        assertThat(st.isClosed()).isTrue();
        assertThat(rs.isClosed()).isTrue();
        assertThatThrownBy(() -> st.executeQuery("select 1")).isInstanceOf(SQLException.class);
        assertThatThrownBy(c::getMetaData).isInstanceOf(SQLNonTransientConnectionException.class);
    }
}
