package io.taos4j;

import java.time.Duration;
import java.util.Objects;

/**
 * Configures a {@link Pool}; starts from the builder's {@code pool_*} properties ({@link TaosProperty#POOL_MAX_SIZE}
 * and the following ones). Not thread-safe.
 */
public final class PoolBuilder {
    private final TaosBuilder builder;
    private int maxSize;
    private int minIdle;
    private Duration maxLifetime;
    private Duration idleTimeout;
    private Duration acquireTimeout;
    private boolean validateOnBorrow;
    private String name = "taos4j";

    PoolBuilder(TaosBuilder builder, TaosProperties props) {
        this.builder = builder;
        this.maxSize = props.getInt(TaosProperty.POOL_MAX_SIZE);
        this.minIdle = props.getInt(TaosProperty.POOL_MIN_IDLE);
        this.maxLifetime = props.getDuration(TaosProperty.POOL_MAX_LIFETIME);
        this.idleTimeout = props.getDuration(TaosProperty.POOL_IDLE_TIMEOUT);
        this.acquireTimeout = props.getDuration(TaosProperty.POOL_ACQUIRE_TIMEOUT);
        this.validateOnBorrow = props.getBoolean(TaosProperty.POOL_VALIDATE);
    }

    /** Most connections, borrowed and idle together; at least 1. */
    public PoolBuilder maxSize(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1: " + maxSize);
        }
        this.maxSize = maxSize;
        return this;
    }

    /** Idle connections kept open (opened in the background after the pool starts). */
    public PoolBuilder minIdle(int minIdle) {
        if (minIdle < 0) {
            throw new IllegalArgumentException("minIdle must not be negative: " + minIdle);
        }
        this.minIdle = minIdle;
        return this;
    }

    /** Age after which a connection is closed instead of being lent again. */
    public PoolBuilder maxLifetime(Duration maxLifetime) {
        this.maxLifetime = positive(maxLifetime, "maxLifetime");
        return this;
    }

    /** Idle time after which a connection above {@link #minIdle} is closed. */
    public PoolBuilder idleTimeout(Duration idleTimeout) {
        this.idleTimeout = positive(idleTimeout, "idleTimeout");
        return this;
    }

    /** Longest wait in {@link Pool#get()} for a free connection. */
    public PoolBuilder acquireTimeout(Duration acquireTimeout) {
        this.acquireTimeout = positive(acquireTimeout, "acquireTimeout");
        return this;
    }

    /** Check a connection with a round trip before lending it (and replace it when the check fails). */
    public PoolBuilder validateOnBorrow(boolean validate) {
        this.validateOnBorrow = validate;
        return this;
    }

    /** A label telling pools apart in metrics and logs. */
    public PoolBuilder name(String name) {
        this.name = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Starts the pool; connections open on first use (and {@link #minIdle} of them in the background). */
    public Pool build() {
        if (minIdle > maxSize) {
            throw new IllegalArgumentException("minIdle " + minIdle + " exceeds maxSize " + maxSize);
        }
        return new TaosPool(builder, name, maxSize, minIdle, maxLifetime, idleTimeout, acquireTimeout,
                validateOnBorrow);
    }

    private static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
        return d;
    }
}
