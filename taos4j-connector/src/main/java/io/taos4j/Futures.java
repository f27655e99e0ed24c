package io.taos4j;

import io.taos4j.protocol.TaosError;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Waiting on the connector's futures from the blocking API. */
final class Futures {
    private Futures() {
    }

    /**
     * Waits for {@code future} and returns its value; a failure is rethrown as the {@link TaosException} it carries.
     * Timeouts are enforced by the connection, which fails pending futures after its read timeout.
     */
    static <T> T await(CompletableFuture<T> future, Object owner) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaosException(TaosError.TSC_QUERY_CANCELLED.code(), "interrupted while waiting for the server",
                    0, e);
        } catch (ExecutionException | CompletionException e) {
            throw unwrap(e.getCause());
        } catch (CancellationException e) {
            throw new TaosException(TaosError.TSC_QUERY_CANCELLED.code(), "request cancelled", 0, e);
        }
    }

    static TaosException unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof TaosException te) {
            return te;
        }
        return new TaosException(TaosError.TSC_INTERNAL_ERROR.code(), String.valueOf(t), 0, t);
    }
}
