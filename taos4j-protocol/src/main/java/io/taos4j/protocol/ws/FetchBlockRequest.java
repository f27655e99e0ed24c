package io.taos4j.protocol.ws;

/**
 * The {@code fetch_block} request (ws-sql.md §5.1). Asks for the block pulled by the last {@code fetch}; answered with
 * a binary frame.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param id the result id, unsigned 64-bit
 */
public record FetchBlockRequest(long reqId, long id) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "fetch_block";

    @Override
    public String action() {
        return ACTION;
    }
}
