package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * The success reply to {@code use_result} (ws-sql.md §8). Answers classic {@code use_result}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param resultId the new result id, unsigned 64-bit (JSON {@code result_id})
 * @param fields the result columns ({@code fields_count} .. {@code fields_scales}); never null
 */
public record StmtUseResultResponse(long reqId, long timing, long stmtId, long resultId, ResultFields fields)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "use_result";

    public StmtUseResultResponse {
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String action() {
        return ACTION;
    }
}
