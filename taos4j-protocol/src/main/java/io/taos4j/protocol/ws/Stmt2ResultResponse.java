package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * The success reply to {@code stmt2_result} (ws-sql.md §9.6). Answers {@code stmt2_result}: a query reply without
 * {@code is_update}/{@code affected_rows}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param id the new result id, unsigned 64-bit
 * @param fields the result columns ({@code fields_count} .. {@code fields_scales}); never null
 */
public record Stmt2ResultResponse(long reqId, long timing, long stmtId, long id, ResultFields fields)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_result";

    public Stmt2ResultResponse {
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String action() {
        return ACTION;
    }
}
