package io.taos4j.protocol.ws;

/**
 * The {@code free_result} request (ws-sql.md §5.2). Frees a result set; the server sends no reply.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param id the result id, unsigned 64-bit
 */
public record FreeResultRequest(long reqId, long id) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "free_result";

    @Override
    public String action() {
        return ACTION;
    }
}
