package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pool's contract: borrowing, returning, sizing, resetting and discarding connections. */
class PoolTest {
    private static TaosServer server;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).start();
        try (Taos admin = TaosBuilder.fromDsn(server.dsn()).build()) {
            admin.execMany("create database p1", "create database p2");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void closingABorrowedConnectionReturnsIt() {
        try (Pool pool = TaosBuilder.fromDsn(server.dsn() + "/p1").pool()) {
            Taos taos = pool.get();
            assertThat(pool.active()).isEqualTo(1);
            assertThat(taos.database()).isEqualTo("p1");
            taos.close();
            taos.close();
            assertThat(pool.active()).isZero();
            assertThat(pool.idle()).isEqualTo(1);
            assertThatThrownBy(() -> taos.exec("select 1")).isInstanceOfSatisfying(TaosException.class,
                    e -> assertThat(e.getMessage()).contains("returned to its pool"));
            try (Taos again = pool.get()) {
                assertThat(again.exec("select 1")).isZero();
                assertThat(pool.idle()).isZero();
            }
        }
    }

    @Test
    void waitsUpToTheAcquireTimeoutWhenExhausted() throws Exception {
        try (Pool pool = TaosBuilder.fromDsn(server.dsn()).poolBuilder().maxSize(2)
                .acquireTimeout(Duration.ofMillis(200)).build()) {
            Taos a = pool.get();
            Taos b = pool.get();
            assertThatThrownBy(pool::get).isInstanceOfSatisfying(TaosException.class, e -> {
                assertThat(e.code()).isEqualTo(0x0019);
                assertThat(e.getMessage()).contains("all 2 in use");
            });
            CompletableFuture<Taos> waiting = pool.getAsync();
            a.close();
            try (Taos c = waiting.get(10, TimeUnit.SECONDS)) {
                assertThat(c.isClosed()).isFalse();
            }
            b.close();
        }
    }

    @Test
    void restoresTheDatabaseOnReturn() {
        try (Pool pool = TaosBuilder.fromDsn(server.dsn() + "/p1").poolBuilder().maxSize(1).build()) {
            try (Taos taos = pool.get()) {
                taos.useDatabase("p2");
            }
            try (Taos taos = pool.get(); ResultSet rs = taos.query("select database()")) {
                assertThat(rs.iterator().next().getString(0)).isEqualTo("p1");
            }
        }
        try (Pool pool = TaosBuilder.fromDsn(server.dsn()).poolBuilder().maxSize(1).build()) {
            try (Taos taos = pool.get()) {
                taos.useDatabase("p2");
            }
            assertThat(pool.idle()).as("a connection that cannot be reset is discarded").isZero();
        }
    }

    @Test
    void closesResultSetsLeftOpen() {
        try (Pool pool = TaosBuilder.fromDsn(server.dsn()).poolBuilder().maxSize(1).build()) {
            ResultSet leaked;
            try (Taos taos = pool.get()) {
                leaked = taos.query("show databases");
            }
            assertThatThrownBy(leaked::nextBlock).hasMessageContaining("closed");
            try (Taos taos = pool.get()) {
                assertThat(taos.databases()).contains("p1");
            }
        }
    }

    @Test
    void discardsClosedAndExpiredConnections() throws Exception {
        try (Pool pool = TaosBuilder.fromDsn(server.dsn() + "?reconnect=false").poolBuilder().maxSize(1)
                .maxLifetime(Duration.ofMillis(300)).build()) {
            TaosConnection first;
            try (Taos taos = pool.get()) {
                first = ((PooledTaos) taos).connection();
                assertThat(taos.exec("select 1")).isZero();
            }
            Thread.sleep(400);
            TaosConnection second;
            try (Taos taos = pool.get()) {
                second = ((PooledTaos) taos).connection();
                assertThat(taos.exec("select 1")).isZero();
                second.session().connection().join().abort();
            }
            assertThat(second).as("expired: replaced").isNotSameAs(first);
            assertThat(first.isClosed()).isTrue();
            for (int i = 0; i < 100 && !second.isClosed(); i++) {
                Thread.sleep(20);
            }
            try (Taos taos = pool.get()) {
                assertThat(((PooledTaos) taos).connection()).as("closed: replaced").isNotSameAs(second);
            }
        }
    }

    @Test
    void keepsMinIdleConnectionsOpen() throws Exception {
        try (Pool pool = TaosBuilder.fromDsn(server.dsn()).poolBuilder().maxSize(4).minIdle(2)
                .idleTimeout(Duration.ofMillis(100)).build()) {
            for (int i = 0; i < 200 && pool.idle() < 2; i++) {
                Thread.sleep(50);
            }
            assertThat(pool.idle()).isEqualTo(2);
        }
    }

    @Test
    void poolPropertiesComeFromTheDsn() {
        try (Pool pool = TaosBuilder.fromDsn(server.dsn() + "?pool_max_size=1&pool_acquire_timeout=100ms").pool()) {
            Taos a = pool.get();
            assertThatThrownBy(pool::get).hasMessageContaining("all 1 in use");
            a.close();
        }
        assertThatThrownBy(() -> TaosBuilder.fromDsn(server.dsn() + "?pool_max_size=x").pool())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0118));
    }
}
