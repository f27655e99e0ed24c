package io.taos4j;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A connection to TDengine (or to the embedded server): runs SQL and returns affected-row counts or streamed result
 * sets. Create one with {@link TaosBuilder#fromDsn(String)}.
 *
 * <p>Every blocking call has a {@link CompletableFuture} twin; the blocking form waits on it, up to the connection's
 * read timeout. Thread-safe: one connection may serve several threads, whose requests are pipelined on the same
 * socket. Futures complete on the connector's network threads, so keep callbacks short and non-blocking (or use
 * the {@code *Async(..., executor)} variants of {@link CompletableFuture}).
 *
 * <p>{@link #close()} closes the connection and every result set still open on it. All failures are
 * {@link TaosException}s carrying TDengine's error code.
 */
public interface Taos extends AutoCloseable {

    /**
     * Executes a statement without a result set (DDL, INSERT, USE ...).
     *
     * @return affected rows (rows written for INSERT, 0 for DDL)
     */
    default long exec(String sql) {
        return Futures.await(execAsync(sql), this);
    }

    CompletableFuture<Long> execAsync(String sql);

    /** Executes statements one after the other, stopping at the first failure; returns the summed affected rows. */
    default long execMany(String... sqls) {
        return execMany(Arrays.asList(sqls));
    }

    default long execMany(Iterable<String> sqls) {
        return Futures.await(execManyAsync(sqls), this);
    }

    CompletableFuture<Long> execManyAsync(Iterable<String> sqls);

    /** Runs a query; the rows are fetched block by block as the result set is read. Close the result set. */
    default ResultSet query(String sql) {
        return Futures.await(queryAsync(sql), this);
    }

    CompletableFuture<ResultSet> queryAsync(String sql);

    /** Runs a query and maps every row to {@code type} (a record, a POJO or a Map); see {@link ResultSet#deserialize}. */
    default <T> List<T> query(String sql, Class<T> type) {
        try (ResultSet rs = query(sql)) {
            return rs.deserialize(type);
        }
    }

    /**
     * Writes schemaless data (InfluxDB line protocol, OpenTSDB telnet or JSON) into the current database, creating
     * and widening tables as TDengine's schemaless rules say. The whole payload is one request: when TDengine
     * rejects it, nothing of it is written.
     *
     * @return rows written
     * @throws TaosException with TDengine's code, e.g. {@code 0x3002} for a malformed line, {@code 0x2616} when no
     *                       database is selected
     */
    default long put(SmlData data) {
        return Futures.await(putAsync(data), this);
    }

    /**
     * The asynchronous {@link #put(SmlData)}: completes with the rows written, or fails with a {@link TaosException}.
     * Connections that cannot write schemaless data fail with {@code 0x0100} (operation not supported).
     */
    default CompletableFuture<Long> putAsync(SmlData data) {
        return CompletableFuture.failedFuture(new TaosException(io.taos4j.protocol.TaosError.OPS_NOT_SUPPORT.code(),
                "schemaless writes are not supported by " + getClass().getName()));
    }

    /** The server's version string, e.g. {@code 3.3.8.0}. */
    String serverVersion();

    /** The current database as this connection knows it (set by the DSN or USE), or null. */
    String database();

    /** Runs {@code USE db}. */
    default void useDatabase(String database) {
        exec("USE " + Identifiers.quote(database));
    }

    /** True once {@link #close()} was called or the connection was lost for good. */
    boolean isClosed();

    /** Closes the connection and its open result sets; idempotent. */
    @Override
    void close();
}
