package io.taos4j.protocol.ws;

/**
 * The success reply to {@code get_current_db} (ws-sql.md §3.4). Answers {@code get_current_db}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param db the current database, {@code ""} when none
 */
public record GetCurrentDbResponse(long reqId, long timing, String db) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "get_current_db";

    @Override
    public String action() {
        return ACTION;
    }
}
