package io.taos4j.protocol.ws;

/**
 * The {@code get_server_info} request (ws-sql.md §3.5). Asks for the server information string.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 */
public record GetServerInfoRequest(long reqId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "get_server_info";

    @Override
    public String action() {
        return ACTION;
    }
}
