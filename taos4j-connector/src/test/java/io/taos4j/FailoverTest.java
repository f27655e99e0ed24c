package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Multi-endpoint DSNs: connecting and reconnecting go to the next endpoint that answers. */
class FailoverTest {
    private TaosServer a;
    private TaosServer b;
    private TcpProxy toA;
    private TcpProxy toB;

    @BeforeEach
    void start() throws Exception {
        a = TaosServer.builder().port(0).version("3.3.8.1").start();
        b = TaosServer.builder().port(0).version("3.3.8.2").start();
        toA = new TcpProxy(a.port());
        toB = new TcpProxy(b.port());
    }

    @AfterEach
    void stop() throws Exception {
        toA.close();
        toB.close();
        a.close();
        b.close();
    }

    private String hosts() {
        return "127.0.0.1:" + toA.port() + ",127.0.0.1:" + toB.port();
    }

    @Test
    void reconnectsToTheNextEndpointWhenTheFirstIsGone() {
        try (Taos taos = TaosBuilder.fromDsn("ws://" + hosts() + "?reconnect_backoff=20ms").build()) {
            assertThat(taos.serverVersion()).isEqualTo("3.3.8.1");
            toA.refuse(true);
            toA.cutAll();
            assertThat(taos.query("select server_version()").iterator().next().getString(0)).isEqualTo("3.3.8.2");
            assertThat(taos.serverVersion()).isEqualTo("3.3.8.2");
            // ordered: the first endpoint is preferred again once it is back
            toA.refuse(false);
            toB.cutAll();
            assertThat(taos.query("select server_version()").iterator().next().getString(0)).isEqualTo("3.3.8.1");
        }
    }

    @Test
    void randomOrderSpreadsConnectionsOverTheEndpoints() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 24 && seen.size() < 2; i++) {
            try (Taos taos = TaosBuilder.fromDsn("ws://" + hosts() + "?endpoint_order=random").build()) {
                seen.add(taos.serverVersion());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("3.3.8.1", "3.3.8.2");
    }

    @Test
    void theStandbyClusterIsTriedLast() throws Exception {
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        try (Taos taos = TaosBuilder.fromDsn("ws://127.0.0.1:" + dead + "?slaveClusterHost=127.0.0.1&slaveClusterPort="
                + toB.port()).build()) {
            assertThat(taos.serverVersion()).isEqualTo("3.3.8.2");
            assertThat(taos.query("select 1", Object[].class)).hasSize(1);
        }
        assertThat(List.of(a.port())).isNotEmpty();
    }
}
