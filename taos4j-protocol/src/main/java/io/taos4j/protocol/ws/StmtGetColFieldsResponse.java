package io.taos4j.protocol.ws;

import java.util.List;

/**
 * The success reply to classic {@code get_col_fields} (ws-sql.md §8).
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param fields the column fields (immutable); null when none, written as {@code null}
 */
public record StmtGetColFieldsResponse(long reqId, long timing, long stmtId, List<StmtField> fields)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "get_col_fields";

    public StmtGetColFieldsResponse {
        fields = fields == null ? null : List.copyOf(fields);
    }

    @Override
    public String action() {
        return ACTION;
    }
}
