package io.taos4j.protocol.ws;

/**
 * The success reply to {@code stmt_num_params} (ws-sql.md §8). Answers {@code stmt_num_params}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param numParams number of placeholders (JSON {@code num_params})
 */
public record StmtNumParamsResponse(long reqId, long timing, long stmtId, int numParams) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "stmt_num_params";

    @Override
    public String action() {
        return ACTION;
    }
}
