package io.taos4j.protocol.ws;

/**
 * The {@code stmt_num_params} request (ws-sql.md §8). Asks for the number of placeholders of a classic statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record StmtNumParamsRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "stmt_num_params";

    @Override
    public String action() {
        return ACTION;
    }
}
