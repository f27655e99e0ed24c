package io.taos4j.protocol.ws;

/**
 * The {@code prepare} request (ws-sql.md §8). Prepares SQL on a classic statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 * @param sql the SQL with {@code ?} placeholders; null when omitted
 */
public record StmtPrepareRequest(long reqId, long stmtId, String sql) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "prepare";

    @Override
    public String action() {
        return ACTION;
    }
}
