package io.taos4j.protocol.ws;

/**
 * The {@code query} request (ws-sql.md §4.1). Runs one SQL statement (JSON form of {@code binary_query}).
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param sql the SQL text; null when the client omitted it (the adapter treats that as empty)
 */
public record QueryRequest(long reqId, String sql) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "query";

    @Override
    public String action() {
        return ACTION;
    }
}
