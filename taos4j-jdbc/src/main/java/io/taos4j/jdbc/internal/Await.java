package io.taos4j.jdbc.internal;

import io.taos4j.TaosException;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Waits for the connector's futures from JDBC's blocking API, within a statement's query timeout and a connection's
 * network timeout, and stops waiting when the statement is cancelled.
 *
 * <p>TDengine's WebSocket protocol has no request to stop a statement on the server, so a timed-out or cancelled
 * statement may still complete there; its late result is handed to a {@code discard} action (which frees it)
 * instead of being leaked.
 */
final class Await {
    private Await() {
    }

    /**
     * The limits of one wait.
     *
     * @param queryTimeoutMs   the statement's query timeout, 0 for none
     * @param networkTimeoutMs the connection's network timeout, 0 for none; when it expires the connection is aborted
     * @param cancel           completes when the statement is cancelled; null when it cannot be
     * @param connection       the connection to abort on a network timeout; null for none
     */
    record Limits(long queryTimeoutMs, long networkTimeoutMs, CompletableFuture<Void> cancel,
                  JdbcConnection connection) {
        static final Limits NONE = new Limits(0, 0, null, null);
    }

    /** The value of {@code future}; on timeout, cancel or interrupt the late value goes to {@code discard}. */
    static <T> T await(CompletableFuture<T> future, Limits limits, Consumer<? super T> discard) throws SQLException {
        CompletableFuture<?> any = limits.cancel() == null ? future : CompletableFuture.anyOf(future, limits.cancel());
        long query = limits.queryTimeoutMs();
        long network = limits.networkTimeoutMs();
        long wait = query == 0 ? network : network == 0 ? query : Math.min(query, network);
        try {
            if (wait > 0) {
                any.get(wait, TimeUnit.MILLISECONDS);
            } else {
                any.get();
            }
        } catch (TimeoutException e) {
            abandon(future, discard);
            if (query > 0 && (network == 0 || query <= network)) {
                throw SqlExceptions.of(SqlState.TIMEOUT, "the statement did not complete within its query timeout"
                        + " of " + seconds(query) + "; it was abandoned (it may still complete on the server)");
            }
            if (limits.connection() != null) {
                limits.connection().abortAfterNetworkTimeout();
            }
            throw SqlExceptions.of(SqlState.CONNECTION_FAILURE, "no reply within the network timeout of "
                    + network + " ms; the connection was closed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(future, discard);
            throw SqlExceptions.of(SqlState.QUERY_CANCELED, "interrupted while waiting for the server; the "
                    + "statement was abandoned (it may still complete on the server)");
        } catch (ExecutionException | CompletionException | CancellationException e) {
            // reported below from the future itself
        }
        if (!future.isDone()) {
            abandon(future, discard);
            throw SqlExceptions.of(SqlState.QUERY_CANCELED, "the statement was cancelled; TDengine cannot stop it"
                    + " on the server, so it may still complete there, and its result is discarded");
        }
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            throw translate(e);
        }
    }

    /** The failure of a connector future as an {@link SQLException}. */
    static SQLException translate(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof TaosException te) {
            return SqlExceptions.of(te);
        }
        if (t instanceof SQLException se) {
            return se;
        }
        if (t instanceof CancellationException) {
            return SqlExceptions.of(SqlState.QUERY_CANCELED, "the request was cancelled");
        }
        return new SQLException("unexpected failure: " + t, SqlState.GENERAL_ERROR.code(), t);
    }

    private static <T> void abandon(CompletableFuture<T> future, Consumer<? super T> discard) {
        if (discard != null) {
            future.thenAccept(discard);
        }
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
