package io.taos4j;

import io.taos4j.protocol.Precision;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The result of a query, streamed from the server block by block. The next block is fetched while the current one
 * is read, and at most a few blocks are held in memory whatever the result size.
 *
 * <p>Read it once: by blocks ({@link #nextBlock()}), by rows (iteration, {@link #rows()}), or mapped to Java types
 * ({@link #deserialize}, {@link #stream}). Close it when done to free it on the server (reading to the end frees it
 * too). Not thread-safe: read a result set from one thread at a time.
 */
public interface ResultSet extends AutoCloseable, Iterable<Row> {

    /** The columns. */
    List<Field> fields();

    /** Timestamp precision of TIMESTAMP columns. */
    Precision precision();

    /** Affected rows for statements without a result set (then there are no fields and no rows). */
    long affectedRows();

    /** The next block of rows, or null at the end. */
    default Block nextBlock() {
        return Futures.await(nextBlockAsync(), null);
    }

    /** The next block of rows, or null at the end. */
    CompletableFuture<Block> nextBlockAsync();

    /** The remaining rows as a lazy stream (closing the stream closes this result set). */
    Stream<Row> rows();

    /** Maps every remaining row to {@code type}: a record, a POJO (fields or setters) or a {@code Map}. */
    <T> List<T> deserialize(Class<T> type);

    /**
     * As {@link #deserialize}, without blocking: blocks are fetched and mapped as they arrive. Does not close the
     * result set.
     */
    <T> CompletableFuture<List<T>> deserializeAsync(Class<T> type);

    /** Maps the remaining rows lazily (closing the stream closes this result set). */
    <T> Stream<T> stream(Class<T> type);

    /** Frees the result on the server if it was not read to the end; idempotent. */
    @Override
    void close();
}
