package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taos4j.server.TaosServer;
import org.junit.jupiter.api.Test;

/** Micrometer meters when Micrometer is on the class path (it is in this module's tests). */
class MetricsTest {

    @Test
    void countsRequestsReconnectionsAndPoolUsage() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TaosServer server = TaosServer.builder().port(0).start(); TcpProxy proxy = new TcpProxy(server.port())) {
            TaosBuilder builder = TaosBuilder.fromDsn(proxy.dsn() + "?reconnect_backoff=20ms").meterRegistry(registry);
            try (Taos taos = builder.build()) {
                taos.query("show databases", Object[].class);
                assertThatThrownBy(() -> taos.exec("select * from nowhere")).isInstanceOf(TaosException.class);
                proxy.cutAll();
                taos.query("show databases", Object[].class);
            }
            Timer ok = registry.find("taos4j.requests").tags("action", "binary_query", "outcome", "success").timer();
            Timer failed = registry.find("taos4j.requests").tags("action", "binary_query", "outcome", "error").timer();
            assertThat(ok.count()).isEqualTo(2);
            assertThat(failed.count()).isEqualTo(1);
            assertThat(registry.find("taos4j.requests").tags("action", "fetch_raw_block").timer().count()).isPositive();
            assertThat(registry.find("taos4j.reconnects").tags("outcome", "success").counter().count()).isEqualTo(1);

            try (Pool pool = builder.poolBuilder().name("metrics").maxSize(2).build(); Taos borrowed = pool.get()) {
                Gauge active = registry.find("taos4j.pool.connections").tags("pool", "metrics", "state", "active")
                        .gauge();
                assertThat(active.value()).isEqualTo(1);
                assertThat(borrowed.isClosed()).isFalse();
            }
            assertThat(registry.find("taos4j.pool.connections").tags("pool", "metrics").gauges()).isEmpty();
        }
    }

    @Test
    void aRegistryMustBeAMeterRegistry() {
        assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://localhost").meterRegistry("not a registry"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MeterRegistry");
    }
}
