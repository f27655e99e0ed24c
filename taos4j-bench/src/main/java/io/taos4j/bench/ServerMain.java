package io.taos4j.bench;

import io.taos4j.server.TaosServer;
import java.io.IOException;
import java.time.ZoneOffset;

/**
 * The server side of {@link ChildServer}: an in-memory embedded server on a free loopback port. Prints
 * {@code taos4j-bench-server <port>} when it listens and stops when its standard input closes.
 */
public final class ServerMain {
    static final String READY = "taos4j-bench-server ";

    private ServerMain() {
    }

    public static void main(String[] args) throws IOException {
        try (TaosServer server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start()) {
            System.out.println(READY + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin (or to exit)
            }
        }
        System.exit(0);
    }
}
