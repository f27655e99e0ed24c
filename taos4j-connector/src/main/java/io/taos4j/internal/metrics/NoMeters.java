package io.taos4j.internal.metrics;

import java.util.function.IntSupplier;

/** Records nothing. */
enum NoMeters implements Meters {
    INSTANCE;

    @Override
    public void request(String action, long nanos, boolean success) {
    }

    @Override
    public void reconnect(boolean success) {
    }

    @Override
    public AutoCloseable pool(String pool, IntSupplier active, IntSupplier idle, IntSupplier waiting) {
        return () -> { };
    }
}
