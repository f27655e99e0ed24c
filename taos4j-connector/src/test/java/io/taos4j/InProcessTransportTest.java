package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.embedded.EmbeddedServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connector contract over the in-VM channel to an embedded server ({@code taos+mem://}). */
class InProcessTransportTest extends TaosContract {
    private static Taos keeper;

    @BeforeAll
    static void start() {
        // keep the named server alive across the tests of this class
        keeper = TaosBuilder.fromDsn("taos+mem://contract").build();
    }

    @AfterAll
    static void stop() {
        keeper.close();
    }

    @Override
    String dsn() {
        return "taos+mem://contract";
    }

    @Test
    void theEmbeddedServerLivesWhileConnectionsHoldIt() {
        assertThat(EmbeddedServers.isRunning("lifecycle")).isFalse();
        try (Taos a = TaosBuilder.fromDsn("taos+mem://lifecycle").build()) {
            a.exec("create database kept");
            try (Taos b = TaosBuilder.fromDsn("taos+mem://lifecycle").build()) {
                assertThat(b.query("show databases").deserialize(java.util.Map.class))
                        .extracting(m -> m.get("name")).contains("kept");
            }
            assertThat(EmbeddedServers.isRunning("lifecycle")).isTrue();
        }
        assertThat(EmbeddedServers.isRunning("lifecycle")).isFalse();
        try (Taos c = TaosBuilder.fromDsn("taos+mem://lifecycle").build()) {
            assertThat(c.query("show databases").deserialize(java.util.Map.class))
                    .extracting(m -> m.get("name")).doesNotContain("kept");
        }
    }
}
