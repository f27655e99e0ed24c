package io.taos4j.protocol.ws;

import java.util.List;

/**
 * The success reply to classic {@code get_tag_fields} (ws-sql.md §8).
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param fields the tag fields (immutable); null or empty when the statement has no tags, and then the key is
 *     omitted (Go {@code omitempty})
 */
public record StmtGetTagFieldsResponse(long reqId, long timing, long stmtId, List<StmtField> fields)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "get_tag_fields";

    public StmtGetTagFieldsResponse {
        fields = fields == null ? null : List.copyOf(fields);
    }

    @Override
    public String action() {
        return ACTION;
    }
}
