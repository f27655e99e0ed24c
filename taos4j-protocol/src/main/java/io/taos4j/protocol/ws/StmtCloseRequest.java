package io.taos4j.protocol.ws;

/**
 * The {@code close} request (ws-sql.md §8). Closes a classic statement; answered only on failure.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record StmtCloseRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "close";

    @Override
    public String action() {
        return ACTION;
    }
}
