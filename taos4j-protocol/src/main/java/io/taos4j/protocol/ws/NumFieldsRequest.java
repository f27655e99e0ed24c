package io.taos4j.protocol.ws;

/**
 * The {@code num_fields} request (ws-sql.md §5.3). Asks for the number of columns of a result set.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param resultId the result id, unsigned 64-bit (JSON {@code result_id})
 */
public record NumFieldsRequest(long reqId, long resultId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "num_fields";

    @Override
    public String action() {
        return ACTION;
    }
}
