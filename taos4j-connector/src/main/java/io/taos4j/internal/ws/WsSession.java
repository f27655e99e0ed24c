package io.taos4j.internal.ws;

import io.taos4j.TaosException;
import io.taos4j.internal.metrics.Meters;
import io.taos4j.protocol.TaosError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logical connection that outlives its sockets: it holds the current {@link WsConnection} and, when that drops,
 * dials again with backoff, restores server-side state through its {@link SessionListener}s and then sends the
 * requests that were waiting or are safe to send again.
 *
 * <p><b>What is sent again after a drop</b> ({@link #call}): a request the server cannot have received (the socket
 * was already closed, or its frame was not written in full) is always sent on the new connection; a request that
 * was sent but not answered is sent again only when the caller marked it {@code replayable} (reads, {@code USE},
 * {@code version}); any other request fails with {@code 0x0213} saying its outcome is unknown. Requests issued while
 * reconnecting wait for the new connection. Results and statement ids of the old connection are not carried over:
 * their owners learn of the drop through {@link SessionListener#lost}.
 *
 * <p>Thread-safe and lock-free; nothing blocks: waits are futures, backoff is a scheduled task.
 */
public final class WsSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WsSession.class);

    /** Opens and logs in a new connection, trying the endpoints in the configured order. */
    @FunctionalInterface
    public interface Dialer {
        CompletableFuture<Dialed> dial();
    }

    /** A logged-in connection and the server version it reported. */
    public record Dialed(WsConnection connection, String serverVersion) {
    }

    /** A reply and the connection that carried it (results and statements belong to that connection). */
    public record Reply<T>(WsConnection connection, T value) {
    }

    private final Dialer dialer;
    private final ReconnectPolicy policy;
    private final Meters meters;
    private final AtomicReference<CompletableFuture<WsConnection>> ready;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong reqIds = new AtomicLong((ThreadLocalRandom.current().nextLong() >>> 20) << 16);
    private final CompletableFuture<TaosException> ended = new CompletableFuture<>();
    private volatile String serverVersion;
    private volatile boolean closed;

    public WsSession(Dialed first, Dialer dialer, ReconnectPolicy policy, Meters meters) {
        this.dialer = dialer;
        this.policy = policy;
        this.meters = meters;
        this.serverVersion = first.serverVersion();
        this.ready = new AtomicReference<>(CompletableFuture.completedFuture(first.connection()));
        watch(first.connection());
    }

    /** A fresh request id: positive, unique within this session. */
    public long nextReqId() {
        return reqIds.incrementAndGet();
    }

    /** The version the server reported at the last login. */
    public String serverVersion() {
        return serverVersion;
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** The current connection, or the one being dialed; fails once the session is closed for good. */
    public CompletableFuture<WsConnection> connection() {
        return ready.get();
    }

    /** Completes, with the cause, when the session is closed for good (by {@link #close()} or a failed reconnection). */
    public CompletableFuture<TaosException> ended() {
        return ended;
    }

    /** True once closed by the user or after reconnection gave up. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Runs {@code op} on the current connection; after a drop, runs it again on the new connection as the class
     * comment says.
     *
     * @param op         sends the request on the given connection
     * @param replayable true when sending the request twice is harmless (reads, USE, version)
     */
    public <T> CompletableFuture<Reply<T>> call(Function<WsConnection, CompletableFuture<T>> op, boolean replayable) {
        CompletableFuture<Reply<T>> promise = new CompletableFuture<>();
        attempt(op, replayable, promise, 0);
        return promise;
    }

    private <T> void attempt(Function<WsConnection, CompletableFuture<T>> op, boolean replayable,
                             CompletableFuture<Reply<T>> promise, int tries) {
        TaosException end = ended.getNow(null);
        if (end != null) {
            promise.completeExceptionally(end);
            return;
        }
        ready.get().whenComplete((c, failure) -> {
            if (failure != null) {
                promise.completeExceptionally(unwrap(failure));
                return;
            }
            op.apply(c).whenComplete((value, error) -> {
                if (error == null) {
                    promise.complete(new Reply<>(c, value));
                    return;
                }
                Throwable cause = unwrap(error);
                if (!(cause instanceof ConnectionLost lost) || closed || c.isClosing() || !policy.enabled()) {
                    promise.completeExceptionally(cause);
                } else if (replayable || !lost.requestSent()) {
                    if (tries >= policy.attempts() + 1) {
                        promise.completeExceptionally(cause);
                        return;
                    }
                    c.abort();
                    dropped(c);
                    attempt(op, replayable, promise, tries + 1);
                } else {
                    promise.completeExceptionally(new ConnectionLost("the connection to " + c.target().safeUrl()
                            + " was lost before the reply, so the statement may or may not have run; it was not"
                            + " sent again (only reads are; see reconnect_replay_writes)", lost.reqId(), true));
                }
            });
        });
    }

    private void watch(WsConnection c) {
        c.closeFuture().whenComplete((v, e) -> dropped(c));
    }

    /** {@code c} is gone: start reconnecting unless that is already under way or the session is closing. */
    private void dropped(WsConnection c) {
        if (closed || c.isClosing()) {
            return;
        }
        CompletableFuture<WsConnection> current = ready.get();
        if (!current.isDone() || current.isCompletedExceptionally() || current.join() != c) {
            return;
        }
        CompletableFuture<WsConnection> next = new CompletableFuture<>();
        if (!ready.compareAndSet(current, next)) {
            return;
        }
        for (SessionListener l : listeners) {
            try {
                l.lost(c);
            } catch (RuntimeException e) {
                LOG.warn("session listener failed on a lost connection", e);
            }
        }
        if (!policy.enabled()) {
            LOG.warn("connection to {} lost; reconnection is off (reconnect=false)", c.target().safeUrl());
            end(next, new ConnectionLost("connection to " + c.target().safeUrl()
                    + " lost and reconnection is off", 0, true));
            return;
        }
        LOG.warn("connection to {} lost; reconnecting (up to {} attempts)", c.target().safeUrl(), policy.attempts());
        reconnect(next, 1, null);
    }

    private void reconnect(CompletableFuture<WsConnection> next, int attempt, Throwable last) {
        if (closed) {
            next.completeExceptionally(closedError());
            return;
        }
        if (attempt > policy.attempts()) {
            meters.reconnect(false);
            String why = last == null ? "" : ": " + unwrap(last).getMessage();
            LOG.error("could not reconnect after {} attempts{}", policy.attempts(), why);
            end(next, new TaosException(TaosError.TSC_DISCONNECTED.code(), TaosError.TSC_DISCONNECTED.text()
                    + ": connection lost and not restored after " + policy.attempts() + " attempts" + why, 0,
                    last == null ? null : unwrap(last)));
            return;
        }
        long delay = policy.delayMillis(attempt);
        EventLoops.nio().schedule(() -> dialOnce(next, attempt), delay, TimeUnit.MILLISECONDS);
    }

    private void dialOnce(CompletableFuture<WsConnection> next, int attempt) {
        if (closed) {
            next.completeExceptionally(closedError());
            return;
        }
        dialer.dial().thenCompose(d -> restore(d.connection()).handle((v, e) -> {
            if (e != null) {
                d.connection().close();
                throw new CompletionException(unwrap(e));
            }
            return d;
        })).whenComplete((d, e) -> {
            if (e != null) {
                LOG.debug("reconnection attempt {} failed: {}", attempt, unwrap(e).getMessage());
                reconnect(next, attempt + 1, e);
                return;
            }
            WsConnection c = d.connection();
            if (closed) {
                c.close();
                next.completeExceptionally(closedError());
                return;
            }
            serverVersion = d.serverVersion();
            meters.reconnect(true);
            LOG.info("reconnected to {} (attempt {})", c.target().safeUrl(), attempt);
            watch(c);
            next.complete(c);
        });
    }

    /** Runs the listeners' restore steps one after the other on {@code fresh}. */
    private CompletableFuture<Void> restore(WsConnection fresh) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (SessionListener l : listeners) {
            chain = chain.thenCompose(v -> l.restore(fresh));
        }
        return chain;
    }

    private void end(CompletableFuture<WsConnection> next, TaosException cause) {
        closed = true;
        next.completeExceptionally(cause);
        if (ended.complete(cause)) {
            listeners.forEach(l -> l.closed(cause));
        }
    }

    private static TaosException closedError() {
        return new TaosException(TaosError.TSC_DISCONNECTED.code(), "connection is closed");
    }

    /** Closes the session and its connection; idempotent; does not wait. */
    @Override
    public void close() {
        closeAsync();
    }

    /** As {@link #close()}, returning a future completed when the socket is closed. */
    public CompletableFuture<Void> closeAsync() {
        closed = true;
        CompletableFuture<WsConnection> current = ready.get();
        TaosException cause = closedError();
        current.completeExceptionally(cause);
        if (ended.complete(cause)) {
            listeners.forEach(l -> l.closed(cause));
        }
        if (current.isDone() && !current.isCompletedExceptionally()) {
            WsConnection c = current.join();
            c.close();
            return c.closeFuture();
        }
        return CompletableFuture.completedFuture(null);
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
