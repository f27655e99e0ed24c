package io.taos4j;

import io.taos4j.protocol.TaosError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** A borrowed pooled connection: delegates to the pooled one until {@link #close()} gives it back. */
final class PooledTaos implements Taos {
    private final TaosPool pool;
    private final TaosConnection connection;
    private final AtomicBoolean returned = new AtomicBoolean();

    PooledTaos(TaosPool pool, TaosConnection connection) {
        this.pool = pool;
        this.connection = connection;
    }

    TaosConnection connection() {
        return connection;
    }

    private TaosConnection live() {
        if (returned.get()) {
            throw new TaosException(TaosError.TSC_INVALID_OPERATION.code(),
                    "this connection was returned to its pool; borrow another one");
        }
        return connection;
    }

    @Override
    public CompletableFuture<Long> execAsync(String sql, long reqId) {
        try {
            return live().execAsync(sql, reqId);
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<ResultSet> queryAsync(String sql, long reqId) {
        try {
            return live().queryAsync(sql, reqId);
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String serverVersion() {
        return connection.serverVersion();
    }

    @Override
    public String database() {
        return connection.database();
    }

    @Override
    public boolean isClosed() {
        return returned.get() || connection.isClosed();
    }

    /** Returns the connection to the pool (closing result sets left open); idempotent. */
    @Override
    public void close() {
        if (returned.compareAndSet(false, true)) {
            pool.giveBack(connection);
        }
    }

    @Override
    public String toString() {
        return "Pooled" + connection;
    }
}
