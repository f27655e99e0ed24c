package io.taos4j.protocol.ws;

/**
 * The {@code fetch} request (ws-sql.md §5.1). Pulls the next block of a result set (older fetch protocol).
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param id the result id, unsigned 64-bit
 */
public record FetchRequest(long reqId, long id) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "fetch";

    @Override
    public String action() {
        return ACTION;
    }
}
