package io.taos4j.protocol.ws;

import java.util.List;

/**
 * The success reply to {@code stmt2_prepare} (ws-sql.md §9.3).
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param isInsert whether the statement is an INSERT (JSON {@code is_insert})
 * @param fields the placeholder fields in placeholder order (immutable); null (written as {@code null}) for
 *     queries and when {@code get_fields} was false
 * @param fieldsCount number of fields for inserts, number of placeholders for queries (JSON {@code fields_count})
 */
public record Stmt2PrepareResponse(long reqId, long timing, long stmtId, boolean isInsert, List<Stmt2Field> fields,
        int fieldsCount) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_prepare";

    public Stmt2PrepareResponse {
        fields = fields == null ? null : List.copyOf(fields);
    }

    @Override
    public String action() {
        return ACTION;
    }
}
