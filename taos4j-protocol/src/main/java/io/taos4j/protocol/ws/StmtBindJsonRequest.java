package io.taos4j.protocol.ws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON {@code bind} request of a classic statement (ws-sql.md §8, §8.1); the binary form is
 * {@link StmtBindRequest}.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param stmtId the statement id, unsigned 64-bit
 * @param columns the JSON array of column arrays exactly as sent, undecoded; null when omitted. The node belongs to
 *     this record: do not modify it.
 */
public record StmtBindJsonRequest(long reqId, long stmtId, JsonNode columns) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "bind";

    @Override
    public String action() {
        return ACTION;
    }
}
