package io.taos4j.protocol.ws;

/**
 * The {@code stmt2_exec} request (ws-sql.md §9.5). Executes the bound data of a stmt2 statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record Stmt2ExecRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_exec";

    @Override
    public String action() {
        return ACTION;
    }
}
