package io.taos4j.internal.metrics.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.taos4j.internal.metrics.Meters;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * {@link Meters} on a Micrometer registry. The only class of the connector that refers to Micrometer; loaded by
 * name from {@link Meters#of(Object)} once Micrometer was found.
 *
 * <p>Meters: {@code taos4j.requests} (timer; tags {@code action}, {@code outcome} success/error),
 * {@code taos4j.reconnects} (counter; tag {@code outcome} success/failure), {@code taos4j.pool.connections} (gauge;
 * tags {@code pool}, {@code state} active/idle/pending).
 */
public final class MicrometerMeters implements Meters {
    private final MeterRegistry registry;
    private final Counter reconnected;
    private final Counter reconnectFailed;

    private MicrometerMeters(MeterRegistry registry) {
        this.registry = registry;
        this.reconnected = Counter.builder("taos4j.reconnects").description("Reconnections after a lost connection")
                .tag("outcome", "success").register(registry);
        this.reconnectFailed = Counter.builder("taos4j.reconnects").description("Reconnections after a lost connection")
                .tag("outcome", "failure").register(registry);
    }

    /** Meters on {@code registry}, or on {@link Metrics#globalRegistry} when null. */
    public static Meters of(Object registry) {
        if (registry == null) {
            return new MicrometerMeters(Metrics.globalRegistry);
        }
        if (!(registry instanceof MeterRegistry r)) {
            throw new IllegalArgumentException("not a Micrometer MeterRegistry: " + registry.getClass().getName());
        }
        return new MicrometerMeters(r);
    }

    @Override
    public void request(String action, long nanos, boolean success) {
        Timer.builder("taos4j.requests").description("Requests to TDengine and their latency")
                .tag("action", action).tag("outcome", success ? "success" : "error")
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void reconnect(boolean success) {
        (success ? reconnected : reconnectFailed).increment();
    }

    @Override
    public AutoCloseable pool(String pool, IntSupplier active, IntSupplier idle, IntSupplier waiting) {
        List<Meter> meters = List.of(gauge(pool, "active", active), gauge(pool, "idle", idle),
                gauge(pool, "pending", waiting));
        return () -> meters.forEach(registry::remove);
    }

    private Meter gauge(String pool, String state, IntSupplier value) {
        return Gauge.builder("taos4j.pool.connections", value, v -> v.getAsInt())
                .description("Connections of a taos4j pool by state (pending: callers waiting for one)")
                .tag("pool", pool).tag("state", state).register(registry);
    }
}
