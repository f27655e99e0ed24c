package io.taos4j.internal.ws;

import io.taos4j.TaosException;
import io.taos4j.protocol.TaosError;

/**
 * A request failed because its connection is gone ({@code 0x0213 Disconnected from service}).
 * {@link #requestSent()} tells whether the request may have reached the server: false when the socket was already
 * closed or the frame could not be written in full, so the server cannot have run it and it is safe to send again.
 */
public final class ConnectionLost extends TaosException {
    private static final long serialVersionUID = 1L;

    private final boolean sent;

    public ConnectionLost(String detail, long reqId, boolean sent) {
        super(TaosError.TSC_DISCONNECTED.code(), detail == null ? TaosError.TSC_DISCONNECTED.text()
                : TaosError.TSC_DISCONNECTED.text() + ": " + detail, reqId);
        this.sent = sent;
    }

    /** True when the server may have received (and run) the request before the connection dropped. */
    public boolean requestSent() {
        return sent;
    }
}
