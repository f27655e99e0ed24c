package io.taos4j.server.adapter;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of the network side, for monitoring and for tests that prove nothing leaks: open {@code /ws}
 * connections, open result sets, and failures that point at a server bug (an exception no handler expected, an
 * internal error answered to a client) as opposed to a client's bad input. Thread-safe.
 */
public final class AdapterStats {
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger results = new AtomicInteger();
    private final AtomicLong unexpected = new AtomicLong();

    /** Open {@code /ws} WebSocket connections. */
    public int connections() {
        return connections.get();
    }

    /** Result sets held for clients across all connections (created by a query, not yet freed). */
    public int openResults() {
        return results.get();
    }

    /** Failures that are server bugs: unexpected exceptions on a connection and internal errors sent to clients. */
    public long unexpectedErrors() {
        return unexpected.get();
    }

    void connectionOpened() {
        connections.incrementAndGet();
    }

    void connectionClosed() {
        connections.decrementAndGet();
    }

    void resultsOpened(int n) {
        results.addAndGet(n);
    }

    void resultsFreed(int n) {
        results.addAndGet(-n);
    }

    void unexpectedError() {
        unexpected.incrementAndGet();
    }
}
