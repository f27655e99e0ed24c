package io.taos4j;

import java.util.concurrent.CompletableFuture;

/**
 * A pool of {@link Taos} connections to one DSN, built with {@link TaosBuilder#pool()} or
 * {@link TaosBuilder#poolBuilder()} (on Apache Commons Pool).
 *
 * <pre>{@code
 * try (Pool pool = TaosBuilder.fromDsn("ws://localhost:6041/power").poolBuilder().maxSize(16).build();
 *      Taos taos = pool.get()) {          // close() gives it back
 *     taos.exec("INSERT INTO d1 VALUES (now, 1)");
 * }
 * }</pre>
 *
 * <p>A borrowed connection is the caller's until it calls {@link Taos#close()}, which returns it to the pool (and
 * closes result sets left open); using it afterwards fails. On return the pool restores the DSN's database if the
 * borrower switched with {@code USE} (or discards the connection when the DSN named none). Connections older than
 * the maximum lifetime, closed, or failing validation are discarded and replaced. Pooled connections reconnect like
 * any other ({@link Taos}).
 *
 * <p>Thread-safe. {@link #close()} closes idle connections at once and borrowed ones when they come back.
 */
public interface Pool extends AutoCloseable {

    /**
     * Borrows a connection, opening one if none is idle and the pool is below its maximum size.
     *
     * @throws TaosException {@code 0x0019} when none is free within the acquire timeout, or the error of opening one
     */
    Taos get();

    /** As {@link #get()}, without blocking the caller (the wait happens on a connector thread). */
    CompletableFuture<Taos> getAsync();

    /** Connections borrowed and not yet returned. */
    int active();

    /** Connections open and waiting to be borrowed. */
    int idle();

    /** Callers waiting for a connection. */
    int pending();

    /** Closes the pool; idempotent. */
    @Override
    void close();
}
