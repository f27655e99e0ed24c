package io.taos4j.protocol.ws;

/**
 * The success reply to {@code prepare} (ws-sql.md §8). Answers classic {@code prepare}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param isInsert whether the statement is an INSERT (JSON {@code is_insert})
 */
public record StmtPrepareResponse(long reqId, long timing, long stmtId, boolean isInsert) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "prepare";

    @Override
    public String action() {
        return ACTION;
    }
}
