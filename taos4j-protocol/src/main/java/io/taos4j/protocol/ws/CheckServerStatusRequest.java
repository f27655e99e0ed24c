package io.taos4j.protocol.ws;

/**
 * The {@code check_server_status} request (ws-sql.md §3.6); needs no session.
 *
 * <p>{@code fqdn} is always written, as {@code null} when null (Rust's encoding, and what the adapter reads as
 * "local server").
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param fqdn server to check; null = the adapter's local server
 * @param port server port; 0 = default
 */
public record CheckServerStatusRequest(long reqId, String fqdn, int port) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "check_server_status";

    @Override
    public String action() {
        return ACTION;
    }
}
