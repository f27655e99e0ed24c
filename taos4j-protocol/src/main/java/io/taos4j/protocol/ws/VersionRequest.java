package io.taos4j.protocol.ws;

/**
 * The {@code version} request (ws-sql.md §3.1). Asks for the server version; needs no session.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 */
public record VersionRequest(long reqId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "version";

    @Override
    public String action() {
        return ACTION;
    }
}
