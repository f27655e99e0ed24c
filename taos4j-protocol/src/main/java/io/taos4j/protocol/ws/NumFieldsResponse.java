package io.taos4j.protocol.ws;

/**
 * The success reply to {@code num_fields} (ws-sql.md §5.3). Answers {@code num_fields}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param numFields number of columns (JSON {@code num_fields})
 */
public record NumFieldsResponse(long reqId, long timing, int numFields) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "num_fields";

    @Override
    public String action() {
        return ACTION;
    }
}
