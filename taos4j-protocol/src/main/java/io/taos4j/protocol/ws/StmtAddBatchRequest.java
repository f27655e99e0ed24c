package io.taos4j.protocol.ws;

/**
 * The {@code add_batch} request (ws-sql.md §8). Adds the bound row set to the batch of a classic statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record StmtAddBatchRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "add_batch";

    @Override
    public String action() {
        return ACTION;
    }
}
