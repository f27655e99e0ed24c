package io.taos4j.protocol.ws;

/**
 * The {@code exec} request (ws-sql.md §8). Executes a classic statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record StmtExecRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "exec";

    @Override
    public String action() {
        return ACTION;
    }
}
