package io.taos4j.protocol.ws;

import java.util.List;

/**
 * The success reply to the JSON {@code fetch} (ws-sql.md §5.1).
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param id the result id, unsigned 64-bit
 * @param completed true when the result has no more rows (the server has freed it)
 * @param lengths per column byte lengths of the fetched block (immutable); null when completed
 * @param rows rows in the fetched block
 */
public record FetchResponse(long reqId, long timing, long id, boolean completed, List<Integer> lengths, int rows)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "fetch";

    public FetchResponse {
        lengths = lengths == null ? null : List.copyOf(lengths);
    }

    @Override
    public String action() {
        return ACTION;
    }
}
