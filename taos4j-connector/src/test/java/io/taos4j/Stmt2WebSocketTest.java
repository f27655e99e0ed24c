package io.taos4j;

import io.taos4j.server.TaosServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link Stmt2} contract over WebSocket on a loopback TCP socket. */
class Stmt2WebSocketTest extends Stmt2Contract {
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
}
