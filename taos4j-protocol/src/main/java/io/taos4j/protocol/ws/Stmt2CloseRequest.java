package io.taos4j.protocol.ws;

/**
 * The {@code stmt2_close} request (ws-sql.md §9.7). Closes a stmt2 statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record Stmt2CloseRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_close";

    @Override
    public String action() {
        return ACTION;
    }
}
