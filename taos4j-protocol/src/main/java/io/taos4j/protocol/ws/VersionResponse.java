package io.taos4j.protocol.ws;

/**
 * The success reply to {@code version} (ws-sql.md §3.1). Answers {@code version}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param version the server version string, e.g. {@code "3.3.8.0"}
 */
public record VersionResponse(long reqId, long timing, String version) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "version";

    @Override
    public String action() {
        return ACTION;
    }
}
