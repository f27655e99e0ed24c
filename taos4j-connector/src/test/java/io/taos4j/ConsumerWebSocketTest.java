package io.taos4j;

import io.taos4j.server.TaosServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
