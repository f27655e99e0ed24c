package io.taos4j.protocol.ws;

import java.util.List;

/**
 * The success reply to {@code conn} (ws-sql.md §3.2).
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param version the server version string; null only when decoding a reply of an old adapter that had no
 *     {@code version} key (then omitted on output as well)
 * @param listInstances adapter instances (JSON {@code list_instances}); null = key omitted, as unless asked
 */
public record ConnResponse(long reqId, long timing, String version, List<String> listInstances)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "conn";

    public ConnResponse {
        listInstances = listInstances == null ? null : List.copyOf(listInstances);
    }

    /** The usual reply: a version and no instance list. */
    public ConnResponse(long reqId, long timing, String version) {
        this(reqId, timing, version, null);
    }

    @Override
    public String action() {
        return ACTION;
    }
}
