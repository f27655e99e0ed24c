package io.taos4j.protocol.ws;

/**
 * The {@code get_current_db} request (ws-sql.md §3.4). Asks for the session's current database.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 */
public record GetCurrentDbRequest(long reqId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "get_current_db";

    @Override
    public String action() {
        return ACTION;
    }
}
