package io.taos4j.server.query;

/**
 * A pull-based step of a query plan. {@link #next()} returns the next non-empty batch or null at the end.
 * Not thread-safe; one thread drives an operator tree at a time. {@link #close()} releases what the operator and
 * its inputs hold and is idempotent.
 */
public interface Operator extends AutoCloseable {

    /** The next batch, or null when there are no more rows. */
    Batch next();

    @Override
    default void close() {
    }
}
