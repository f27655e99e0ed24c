package io.taos4j.protocol.ws;

/**
 * The success reply to {@code get_connection_info} (ws-sql.md §3.7). Answers {@code get_connection_info}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param info the requested attribute
 */
public record GetConnectionInfoResponse(long reqId, long timing, String info) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "get_connection_info";

    @Override
    public String action() {
        return ACTION;
    }
}
