package io.taos4j.protocol.ws;

/**
 * The {@code stmt_get_param} request (ws-sql.md §8). Asks for the type and length of one placeholder of a classic
 * statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 * @param index 0-based placeholder index
 */
public record StmtGetParamRequest(long reqId, long stmtId, int index) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "stmt_get_param";

    @Override
    public String action() {
        return ACTION;
    }
}
