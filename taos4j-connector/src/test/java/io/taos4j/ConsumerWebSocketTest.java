package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The consumer contract over {@code tmq+ws://} on a loopback TCP socket. */
class ConsumerWebSocketTest extends ConsumerContract {
    private static TaosServer server;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    String dsn() {
        return server.dsn();
    }

    @Override
    String tmqDsn() {
        return "tmq+ws://127.0.0.1:" + server.port();
    }

    @Test
    void aLostConnectionEndsTheConsumerWithTheDisconnectCode() {
        TaosServer own = TaosServer.builder().port(0).start();
        try {
            try (Taos t = TaosBuilder.fromDsn(own.dsn()).build()) {
                t.execMany("CREATE DATABASE lost", "USE lost", "CREATE STABLE st (ts TIMESTAMP, v INT) TAGS (t INT)",
                        "CREATE TOPIC t_lost AS STABLE st");
            }
            Consumer c = TmqBuilder.fromDsn("tmq+ws://127.0.0.1:" + own.port() + "/?group.id=g").build();
            c.subscribe("t_lost");
            own.close();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    c.poll(Duration.ofMillis(100));
                }
            }).isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0213));
            assertThat(c.isOpen()).isFalse();
            c.close();
        } finally {
            own.close();
        }
    }
}
