package io.taos4j.protocol.ws;

/**
 * The {@code use_result} request (ws-sql.md §8). Opens the result set of an executed classic query statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record StmtUseResultRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "use_result";

    @Override
    public String action() {
        return ACTION;
    }
}
