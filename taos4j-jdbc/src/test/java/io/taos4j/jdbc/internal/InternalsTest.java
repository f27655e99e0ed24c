package io.taos4j.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.TaosException;
import io.taos4j.server.TaosServer;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Unit tests of the driver's internals: no server needed except where a connection is aborted. */
class InternalsTest {

    private static SQLException map(int code) {
        return SqlExceptions.of(new TaosException(code, "m"));
    }

    @Test
    void errorsMapToSqlStatesAndSubclassesInOnePlace() {
        check(map(0x2600), SQLSyntaxErrorException.class, "42000");
        assertThat(map(0x2600).getErrorCode()).isEqualTo(0x2600);
        check(map(0x2603), SQLSyntaxErrorException.class, "42S02");
        check(map(0x0603), SQLSyntaxErrorException.class, "42S01");
        check(map(0x2602), SQLSyntaxErrorException.class, "42S22");
        check(map(0x0357), SQLInvalidAuthorizationSpecException.class, "28000");
        check(map(0x0019), SQLTimeoutException.class, "HYT00");
        check(map(0x0213), SQLNonTransientConnectionException.class, "08006");
        check(map(0x0100), SQLFeatureNotSupportedException.class, "0A000");
        check(map(0x2653), SQLDataException.class, "22001");
        check(map(0x0388), SQLException.class, "3D000");
        check(map(0x020F), SQLTransientException.class, "57014");
        check(map(0x0303), SQLSyntaxErrorException.class, "42501");
        check(map(0xFFFF), SQLException.class, "HY000");
        check(SqlExceptions.ofConnect(new TaosException(0x000B, "m")), SQLException.class, "08001");
        check(SqlExceptions.ofConnect(new TaosException(0x0357, "m")), SQLInvalidAuthorizationSpecException.class,
                "28000");
    }

    private static void check(SQLException e, Class<?> type, String state) {
        assertThat((Object) e).isInstanceOf(type);
        assertThat(e.getSQLState()).isEqualTo(state);
    }

    @Test
    void waitsStopOnQueryTimeoutAndCancelAndFreeTheLateResult() throws Exception {
        CompletableFuture<String> never = new CompletableFuture<>();
        AtomicReference<String> discarded = new AtomicReference<>();
        assertThatThrownBy(() -> Await.await(never, new Await.Limits(1, 0, null, null), discarded::set))
                .isInstanceOf(SQLTimeoutException.class).hasMessageContaining("query timeout");
        never.complete("late");
        assertThat(discarded.get()).isEqualTo("late");

        CompletableFuture<String> running = new CompletableFuture<>();
        CompletableFuture<Void> cancel = new CompletableFuture<>();
        cancel.complete(null);
        assertThatThrownBy(() -> Await.await(running, new Await.Limits(0, 0, cancel, null), discarded::set))
                .isInstanceOf(SQLTransientException.class).hasMessageContaining("cancelled")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
        running.complete("freed");
        assertThat(discarded.get()).isEqualTo("freed");

        CompletableFuture<String> failed = CompletableFuture.failedFuture(new TaosException(0x2603, "gone"));
        assertThatThrownBy(() -> Await.await(failed, Await.Limits.NONE, null))
                .isInstanceOf(SQLSyntaxErrorException.class).hasMessageContaining("gone");
        assertThat(Await.await(CompletableFuture.completedFuture("ok"), Await.Limits.NONE, null)).isEqualTo("ok");
    }

    @Test
    void aNetworkTimeoutClosesTheConnection() throws SQLException {
        try (TaosServer server = TaosServer.builder().port(0).start()) {
            ConnectionConfig config = ConnectionConfig.parse("jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/",
                    new Properties());
            JdbcConnection c = JdbcConnection.open(config, Map.of(), 0);
            assertThatThrownBy(() -> Await.await(new CompletableFuture<>(), new Await.Limits(0, 1, null, c), null))
                    .isInstanceOf(SQLNonTransientConnectionException.class).hasMessageContaining("network timeout");
            assertThat(c.isClosed()).isTrue();
        }
    }

    @Test
    void urlsParseLikeTheOfficialDriverAndTheUrlWins() throws SQLException {
        Properties info = new Properties();
        info.setProperty("password", "fromInfo");
        info.setProperty("user", "ignored");
        info.setProperty("batchErrorIgnore", "true");
        ConnectionConfig c = ConnectionConfig.parse(
                "jdbc:TAOS-WS://h1:6041,[::1]:7000/MyDb?user=u&timezone=UTC&conmode=1&empty=", info);
        assertThat(c.dsn().givenEndpoints()).extracting(Object::toString).containsExactly("h1:6041", "[::1]:7000");
        assertThat(c.dsn().database()).isEqualTo("mydb");
        var props = c.builder().properties();
        assertThat(props.getString(io.taos4j.TaosProperty.USER)).isEqualTo("u");
        assertThat(props.getString(io.taos4j.TaosProperty.PASSWORD)).isEqualTo("fromInfo");
        assertThat(props.getZoneId(io.taos4j.TaosProperty.TIMEZONE)).hasToString("UTC");
        assertThat(c.biMode()).isTrue();
        assertThat(c.batchErrorIgnore()).isTrue();
        ConnectionConfig d = ConnectionConfig.parse("jdbc:taos4j:ws://a:b@h/db?batchErrorIgnore=true&prefetch=3",
                new Properties());
        assertThat(d.batchErrorIgnore()).isTrue();
        assertThat(d.dsn().params()).containsOnlyKeys("prefetch");
        assertThat(d.maskedUrl()).doesNotContain(":b@");
        assertThatThrownBy(() -> ConnectionConfig.parse("jdbc:TAOS-WS://h:port/", new Properties()))
                .isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> ConnectionConfig.parse("jdbc:TAOS-WS://h/?conmode=2", new Properties()))
                .isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> ConnectionConfig.parse("jdbc:mysql://h/", new Properties()))
                .isInstanceOf(SQLException.class).hasMessageContaining("not a taos4j JDBC URL");
    }

    @Test
    void placeholdersOutsideLiteralsAndComments() {
        assertThat(Placeholders.count("insert into t values (?, ?, ?)")).isEqualTo(3);
        assertThat(Placeholders.count("select '?', \"?\", `?` from t where a = ? -- ?\n and b = ?")).isEqualTo(2);
        assertThat(Placeholders.count("select 'it''s ?' , 'a\\'?' /* ? */ from t where x = ?")).isEqualTo(1);
        assertThat(Placeholders.count("select 1")).isZero();
        assertThat(Placeholders.count("select 'unterminated ?")).isZero();
    }

    @Test
    void jdbcPatternsMatchLikeLike() {
        assertThat(MetaColumns.matches(MetaColumns.pattern("d_"), "d1")).isTrue();
        assertThat(MetaColumns.matches(MetaColumns.pattern("d_"), "d10")).isFalse();
        assertThat(MetaColumns.matches(MetaColumns.pattern("m%"), "meters")).isTrue();
        assertThat(MetaColumns.matches(MetaColumns.pattern("a\\_b"), "a_b")).isTrue();
        assertThat(MetaColumns.matches(MetaColumns.pattern("a\\_b"), "axb")).isFalse();
        assertThat(MetaColumns.matches(null, "x")).isTrue();
        assertThat(MetaColumns.literal("a\\_b")).isEqualTo("a_b");
        assertThat(MetaColumns.literal("a_b")).isNull();
        assertThat(TableFinder.literal("it's \\")).isEqualTo("'it\\'s \\\\'");
    }
}
