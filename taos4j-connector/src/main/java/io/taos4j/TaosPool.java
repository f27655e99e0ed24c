package io.taos4j;

import io.taos4j.internal.ws.EventLoops;
import io.taos4j.protocol.TaosError;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link Pool} on Apache Commons Pool's {@link GenericObjectPool}. */
final class TaosPool implements Pool {
    private static final Logger LOG = LoggerFactory.getLogger(TaosPool.class);

    private final GenericObjectPool<TaosConnection> pool;
    private final String name;
    private final Duration acquireTimeout;
    private final AutoCloseable gauges;

    TaosPool(TaosBuilder builder, String name, int maxSize, int minIdle, Duration maxLifetime, Duration idleTimeout,
             Duration acquireTimeout, boolean validateOnBorrow) {
        this.name = name;
        this.acquireTimeout = acquireTimeout;
        TaosProperties props = builder.properties();
        GenericObjectPoolConfig<TaosConnection> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(maxSize);
        config.setMaxIdle(maxSize);
        config.setMinIdle(minIdle);
        config.setMaxWait(acquireTimeout);
        config.setBlockWhenExhausted(true);
        config.setTestOnBorrow(validateOnBorrow);
        config.setTestWhileIdle(true);
        config.setSoftMinEvictableIdleDuration(idleTimeout);
        config.setMinEvictableIdleDuration(Duration.ofMillis(-1));
        Duration run = idleTimeout.compareTo(maxLifetime) < 0 ? idleTimeout : maxLifetime;
        config.setTimeBetweenEvictionRuns(min(run.dividedBy(2), Duration.ofSeconds(30)).plusMillis(1));
        config.setNumTestsPerEvictionRun(Math.max(3, maxSize / 4));
        config.setJmxEnabled(false);
        pool = new GenericObjectPool<>(new Factory(builder, props.getString(TaosProperty.DATABASE), maxLifetime,
                props.getDuration(TaosProperty.READ_TIMEOUT)), config);
        gauges = builder.meters(props).pool(name, pool::getNumActive, pool::getNumIdle, pool::getNumWaiters);
        LOG.debug("pool {} started for {} (max {}, min idle {})", name, builder.dsn(), maxSize, minIdle);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    @Override
    public Taos get() {
        try {
            return new PooledTaos(this, pool.borrowObject());
        } catch (NoSuchElementException e) {
            if (e.getCause() instanceof TaosException te) {
                throw te;
            }
            if (pool.isClosed()) {
                throw new TaosException(TaosError.TSC_DISCONNECTED.code(), "pool " + name + " is closed");
            }
            throw new TaosException(TaosError.RPC_TIMEOUT.code(), TaosError.RPC_TIMEOUT.text() + ": no connection"
                    + " of pool " + name + " became free within " + acquireTimeout.toMillis() + " ms (all "
                    + pool.getMaxTotal() + " in use)");
        } catch (IllegalStateException e) {
            throw new TaosException(TaosError.TSC_DISCONNECTED.code(), "pool " + name + " is closed", 0, e);
        } catch (TaosException e) {
            throw e;
        } catch (Exception e) {
            throw Futures.unwrap(e);
        }
    }

    @Override
    public CompletableFuture<Taos> getAsync() {
        return CompletableFuture.supplyAsync(this::get, EventLoops.callbacks());
    }

    void giveBack(TaosConnection c) {
        try {
            if (c.isClosed()) {
                pool.invalidateObject(c);
            } else {
                pool.returnObject(c);
            }
        } catch (Exception e) {
            LOG.debug("pool {}: discarding a connection that could not be returned", name, e);
        }
    }

    @Override
    public int active() {
        return pool.getNumActive();
    }

    @Override
    public int idle() {
        return pool.getNumIdle();
    }

    @Override
    public int pending() {
        return pool.getNumWaiters();
    }

    @Override
    public void close() {
        pool.close();
        try {
            gauges.close();
        } catch (Exception e) {
            LOG.debug("pool {}: removing gauges failed", name, e);
        }
    }

    @Override
    public String toString() {
        return "Pool[" + name + ", active=" + active() + ", idle=" + idle() + "]";
    }

    /** Opens, checks, resets and closes the pooled connections. */
    private static final class Factory extends BasePooledObjectFactory<TaosConnection> {
        private final TaosBuilder builder;
        private final String database;
        private final Duration maxLifetime;
        private final Duration checkTimeout;

        Factory(TaosBuilder builder, String database, Duration maxLifetime, Duration checkTimeout) {
            this.builder = builder;
            this.database = database;
            this.maxLifetime = maxLifetime;
            this.checkTimeout = checkTimeout;
        }

        @Override
        public TaosConnection create() {
            return (TaosConnection) builder.build();
        }

        @Override
        public PooledObject<TaosConnection> wrap(TaosConnection c) {
            return new DefaultPooledObject<>(c);
        }

        @Override
        public boolean validateObject(PooledObject<TaosConnection> p) {
            TaosConnection c = p.getObject();
            if (c.isClosed() || expired(p)) {
                return false;
            }
            try {
                c.pingAsync().get(checkTimeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("pooled connection failed validation: {}", e.toString());
                return false;
            }
        }

        @Override
        public void passivateObject(PooledObject<TaosConnection> p) {
            TaosConnection c = p.getObject();
            c.closeResults();
            if (c.isClosed() || expired(p)) {
                throw new IllegalStateException("closed or past its lifetime");
            }
            String current = c.database();
            if (!Objects.equals(current, database)) {
                if (database == null) {
                    throw new IllegalStateException("the borrower selected a database and none can be unselected");
                }
                c.useDatabase(database);
            }
        }

        private boolean expired(PooledObject<TaosConnection> p) {
            return p.getCreateInstant().plus(maxLifetime).isBefore(Instant.now());
        }

        @Override
        public void destroyObject(PooledObject<TaosConnection> p) {
            p.getObject().close();
        }
    }
}
