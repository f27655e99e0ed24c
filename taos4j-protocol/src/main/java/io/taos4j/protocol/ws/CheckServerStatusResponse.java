package io.taos4j.protocol.ws;

/**
 * The success reply to {@code check_server_status} (ws-sql.md §3.6). Answers {@code check_server_status}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param status 0 unavailable, 1 network ok, 2 service ok, 3 degraded, 4 exiting
 * @param details detail text, usually empty
 */
public record CheckServerStatusResponse(long reqId, long timing, int status, String details) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "check_server_status";

    @Override
    public String action() {
        return ACTION;
    }
}
