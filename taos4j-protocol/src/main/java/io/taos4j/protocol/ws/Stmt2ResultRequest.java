package io.taos4j.protocol.ws;

/**
 * The {@code stmt2_result} request (ws-sql.md §9.6). Opens the result set of an executed stmt2 query.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record Stmt2ResultRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_result";

    @Override
    public String action() {
        return ACTION;
    }
}
