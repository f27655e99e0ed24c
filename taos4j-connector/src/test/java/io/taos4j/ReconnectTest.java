package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.internal.ws.SessionListener;
import io.taos4j.internal.ws.WsConnection;
import io.taos4j.server.TaosServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reconnection through a proxy that drops, stalls and refuses connections: what is sent again, what fails and how
 * (the rules in {@link Taos}'s class comment).
 */
class ReconnectTest {
    private TaosServer server;
    private TcpProxy proxy;

    @BeforeEach
    void start() throws Exception {
        server = TaosServer.builder().port(0).start();
        proxy = new TcpProxy(server.port());
        try (Taos admin = TaosBuilder.fromDsn(server.dsn()).build()) {
            admin.execMany("create database r", "create table r.t (ts timestamp, v int)");
        }
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        server.close();
    }

    private Taos connect(String params) {
        return TaosBuilder.fromDsn(proxy.dsn() + "/r?reconnect_backoff=50ms&" + params).build();
    }

    private static long count(Taos taos) {
        return taos.query("select count(*) from r.t").iterator().next().getLong(0);
    }

    @Test
    void recoversAfterADropAndRestoresTheDatabase() {
        try (Taos taos = connect("")) {
            taos.exec("create database other");
            taos.useDatabase("other");
            proxy.cutAll();
            try (ResultSet rs = taos.query("select database()")) {
                assertThat(rs.iterator().next().getString(0)).isEqualTo("other");
            }
            assertThat(taos.isClosed()).isFalse();
        }
    }

    @Test
    void replaysAReadWhoseReplyWasLost() throws Exception {
        try (Taos taos = connect("")) {
            taos.exec("insert into t values ('2024-01-01', 1)");
            proxy.pause();
            CompletableFuture<Long> read = taos.queryAsync("select count(*) from t")
                    .thenApply(rs -> {
                        try (rs) {
                            return rs.iterator().next().getLong(0);
                        }
                    });
            Thread.sleep(100);
            proxy.cutAll();
            proxy.resume();
            assertThat(read.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void doesNotReplayAWriteWhoseOutcomeIsUnknown() throws Exception {
        try (Taos taos = connect("")) {
            proxy.pause();
            CompletableFuture<Long> write = taos.execAsync("insert into t values ('2024-01-01', 1)");
            Thread.sleep(100);
            proxy.cutAll();
            proxy.resume();
            assertThatThrownBy(() -> write.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(TaosException.class, e -> {
                        assertThat(e.code()).isEqualTo(0x0213);
                        assertThat(e.getMessage()).contains("may or may not have run");
                    });
            // the connection itself recovered; the write never reached the server (the proxy held it)
            assertThat(count(taos)).isZero();
        }
    }

    @Test
    void replaysAWriteWithAnExplicitRequestIdWhenAllowed() throws Exception {
        try (Taos taos = connect("reconnect_replay_writes=true")) {
            proxy.pause();
            CompletableFuture<Long> write = taos.execAsync("insert into t values ('2024-01-01', 1)", 424242L);
            CompletableFuture<Long> anonymous = taos.execAsync("insert into t values ('2024-01-02', 2)");
            Thread.sleep(100);
            proxy.cutAll();
            proxy.resume();
            assertThat(write.get(20, TimeUnit.SECONDS)).isEqualTo(1);
            assertThatThrownBy(() -> anonymous.get(20, TimeUnit.SECONDS)).hasMessageContaining("may or may not");
            assertThat(count(taos)).isEqualTo(1);
        }
    }

    @Test
    void aResultCutMidFetchFailsClearly() {
        try (Taos taos = connect("prefetch=1")) {
            StringBuilder sql = new StringBuilder("insert into t values");
            for (int i = 0; i < 20_000; i++) {
                sql.append(" (").append(1_700_000_000_000L + i).append(", ").append(i).append(')');
            }
            taos.exec(sql.toString());
            try (ResultSet rs = taos.query("select * from t")) {
                assertThat(rs.nextBlock().rows()).isPositive();
                proxy.cutAll();
                assertThatThrownBy(() -> {
                    while (rs.nextBlock() != null) {
                        // read on until the cut shows
                    }
                }).isInstanceOfSatisfying(TaosException.class, e -> {
                    assertThat(e.code()).isEqualTo(0x0213);
                    assertThat(e.getMessage()).contains("results do not survive a reconnection");
                });
            }
            assertThat(count(taos)).isEqualTo(20_000);
        }
    }

    @Test
    void aStalledServerHitsTheReadTimeout() {
        try (Taos taos = connect("read_timeout=300ms")) {
            proxy.pause();
            assertThatThrownBy(() -> taos.query("select * from t"))
                    .isInstanceOfSatisfying(TaosException.class, e -> {
                        assertThat(e.code()).isEqualTo(0x0019);
                        assertThat(e.getMessage()).contains("300 ms");
                    });
            proxy.resume();
            assertThat(count(taos)).isZero();
        }
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() {
        try (Taos taos = connect("reconnect_retries=3")) {
            proxy.refuse(true);
            proxy.cutAll();
            assertThatThrownBy(() -> taos.exec("select 1"))
                    .isInstanceOfSatisfying(TaosException.class, e -> {
                        assertThat(e.code()).isEqualTo(0x0213);
                        assertThat(e.getMessage()).contains("not restored after 3 attempts");
                    });
            assertThat(taos.isClosed()).isTrue();
        }
    }

    @Test
    void withReconnectOffADropClosesTheConnection() throws Exception {
        try (Taos taos = connect("reconnect=false")) {
            proxy.cutAll();
            TaosConnection c = (TaosConnection) taos;
            c.session().ended().get(10, TimeUnit.SECONDS);
            assertThat(taos.isClosed()).isTrue();
            assertThatThrownBy(() -> taos.exec("select 1")).isInstanceOf(TaosException.class);
        }
    }

    @Test
    void sessionListenersRestoreStateBeforeQueuedRequestsGoOut() {
        try (Taos taos = connect("")) {
            AtomicInteger restored = new AtomicInteger();
            AtomicInteger lost = new AtomicInteger();
            ((TaosConnection) taos).session().addListener(new SessionListener() {
                @Override
                public CompletableFuture<Void> restore(WsConnection fresh) {
                    restored.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public void lost(WsConnection old) {
                    lost.incrementAndGet();
                }
            });
            proxy.cutAll();
            assertThat(count(taos)).isZero();
            assertThat(restored).hasValue(1);
            assertThat(lost).hasValue(1);
        }
    }
}
