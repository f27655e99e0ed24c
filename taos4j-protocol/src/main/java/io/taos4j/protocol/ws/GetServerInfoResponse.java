package io.taos4j.protocol.ws;

/**
 * The success reply to {@code get_server_info} (ws-sql.md §3.5). Answers {@code get_server_info}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param info the server information string
 */
public record GetServerInfoResponse(long reqId, long timing, String info) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "get_server_info";

    @Override
    public String action() {
        return ACTION;
    }
}
