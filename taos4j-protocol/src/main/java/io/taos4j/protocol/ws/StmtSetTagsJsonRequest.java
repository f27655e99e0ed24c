package io.taos4j.protocol.ws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON {@code set_tags} request of a classic statement (ws-sql.md §8, §8.1); the binary form is
 * {@link StmtSetTagsRequest}.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param stmtId the statement id, unsigned 64-bit
 * @param tags the JSON array of tag values exactly as sent, undecoded (typing needs the statement's tag fields);
 *     null when omitted. The node belongs to this record: do not modify it.
 */
public record StmtSetTagsJsonRequest(long reqId, long stmtId, JsonNode tags) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "set_tags";

    @Override
    public String action() {
        return ACTION;
    }
}
