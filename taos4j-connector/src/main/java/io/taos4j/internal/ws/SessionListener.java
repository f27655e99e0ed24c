package io.taos4j.internal.ws;

import io.taos4j.TaosException;
import java.util.concurrent.CompletableFuture;

/**
 * Told about reconnections of a {@link WsSession}: the extension point through which per-connection server state is
 * rebuilt on a new socket. The connection itself registers one that re-sends {@code USE <db>}. (Stmt2 statements
 * do not need one: they are made again lazily, on their next call, on whatever connection the session has then.)
 *
 * <p>Listeners run in registration order, one after the other, on the connector's callback threads; they must not
 * block. Requests issued meanwhile wait until every listener's {@link #restore} future has completed.
 */
public interface SessionListener {

    /**
     * A new connection is logged in; restore this listener's state on it before the session hands it out. A failed
     * future makes this reconnection attempt fail (the session closes {@code fresh} and tries again after a backoff).
     *
     * @param fresh the new connection; send on it directly (not through the session, which is not ready yet)
     */
    CompletableFuture<Void> restore(WsConnection fresh);

    /** {@code old} dropped: everything the server held for it (results, statements) is gone. Called once per drop. */
    default void lost(WsConnection old) {
    }

    /** The session is closed for good (by the user, or because reconnection gave up); no further calls follow. */
    default void closed(TaosException cause) {
    }
}
