package io.taos4j.internal.metrics;

import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the connector measures, without naming a metrics library: requests (count and latency by action and
 * outcome), reconnections and pool usage. {@link #of(Object)} returns Micrometer meters when Micrometer is on the
 * class path and a no-op otherwise; only {@code micrometer.MicrometerMeters} refers to Micrometer's classes, and it is
 * loaded by name, so the connector runs without Micrometer. Implementations are thread-safe.
 */
public interface Meters {
    Logger LOG = LoggerFactory.getLogger(Meters.class);

    /** One request finished after {@code nanos}; {@code action} is the protocol action, e.g. {@code binary_query}. */
    void request(String action, long nanos, boolean success);

    /** A reconnection ended: restored, or given up. */
    void reconnect(boolean success);

    /**
     * Registers gauges of a pool's connections; the returned handle removes them.
     *
     * @param pool a label telling pools apart
     */
    AutoCloseable pool(String pool, IntSupplier active, IntSupplier idle, IntSupplier waiting);

    /** Meters that record nothing. */
    static Meters none() {
        return NoMeters.INSTANCE;
    }

    /**
     * Meters on {@code registry} (a Micrometer {@code MeterRegistry}), or on Micrometer's global registry when null;
     * no-op meters when Micrometer is not on the class path.
     *
     * @throws IllegalArgumentException when {@code registry} is not a Micrometer {@code MeterRegistry}
     */
    static Meters of(Object registry) {
        ClassLoader loader = Meters.class.getClassLoader();
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            if (registry != null) {
                throw new IllegalArgumentException("a meter registry was given but Micrometer is not on the class path");
            }
            return none();
        }
        try {
            Class<?> c = Class.forName("io.taos4j.internal.metrics.micrometer.MicrometerMeters", true, loader);
            return (Meters) c.getMethod("of", Object.class).invoke(null, registry);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            LOG.warn("Micrometer is present but its meters could not be set up; continuing without metrics",
                    e.getCause());
            return none();
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("Micrometer is present but its meters could not be set up; continuing without metrics", e);
            return none();
        }
    }
}
