package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** What a user sees when a connection cannot be made. */
class ConnectionFailureTest {

    @Test
    void nativeConnectionsAreNotAvailableAndSaySo() {
        assertThatThrownBy(() -> TaosBuilder.fromDsn("taos://localhost:6030").build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0100))
                .hasMessageContaining("not available in this release").hasMessageContaining("ws://");
    }

    @Test
    void malformedDsnsNameTheProblem() {
        assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://h:99999"))
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0118))
                .hasMessageContaining("port").hasMessageContaining("position");
    }

    @Test
    void refusedConnectionsReportUnableToConnect() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://127.0.0.1:" + port).build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x000B));
    }

    @Test
    void wrongCredentialsReportTdengineCodes() {
        try (TaosServer server = TaosServer.builder().port(0).start()) {
            String hostPort = server.dsn().substring("ws://".length());
            assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://root:wrong@" + hostPort).build())
                    .isInstanceOfSatisfying(TaosException.class, e -> {
                        assertThat(e.code()).isEqualTo(0x0357);
                        assertThat(e.serverMessage()).isEqualTo("Authentication failure");
                    });
            assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://nobody:x@" + hostPort).build())
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0351));
            assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://" + hostPort + "/missing_db").build())
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0388));
        }
    }

    @Test
    void failsOverToTheNextEndpoint() throws Exception {
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        try (TaosServer server = TaosServer.builder().port(0).start();
             Taos taos = TaosBuilder.fromDsn("ws://127.0.0.1:" + dead + ",127.0.0.1:" + server.port()).build()) {
            assertThat(taos.serverVersion()).isEqualTo(TaosServer.VERSION);
        }
    }
}
