package io.taos4j.protocol.ws;

/**
 * The {@code get_connection_info} request (ws-sql.md §3.7). Asks for a connection attribute (since adapter 3.4.0.0).
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param info which attribute: 0 = current user name
 */
public record GetConnectionInfoRequest(long reqId, int info) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "get_connection_info";

    @Override
    public String action() {
        return ACTION;
    }
}
