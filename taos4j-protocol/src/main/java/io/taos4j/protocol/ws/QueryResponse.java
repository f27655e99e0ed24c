package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * The success reply to {@code query} and {@code binary_query} (ws-sql.md §4.3). Every key is written; for a
 * statement without a result set use {@link #update}.
 *
 * @param action {@code "query"} or {@code "binary_query"}: the request's action
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param id the result id (> 0) for a result set; 0 for updates
 * @param isUpdate true when the statement produces no result set (JSON {@code is_update})
 * @param affectedRows rows written (JSON {@code affected_rows})
 * @param fields the result columns; {@link ResultFields#NONE} for updates; never null
 */
public record QueryResponse(String action, long reqId, long timing, long id, boolean isUpdate, long affectedRows,
        ResultFields fields) implements WsResponse {
    /** The action of the JSON request. */
    public static final String ACTION_QUERY = "query";
    /** The action of the binary request (action code 6). */
    public static final String ACTION_BINARY_QUERY = BinaryQueryRequest.ACTION;

    public QueryResponse {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fields, "fields");
    }

    /** The reply to an INSERT, DDL or other statement without a result set. */
    public static QueryResponse update(String action, long reqId, long timing, long affectedRows) {
        return new QueryResponse(action, reqId, timing, 0, true, affectedRows, ResultFields.NONE);
    }
}
