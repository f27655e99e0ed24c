package io.taos4j.protocol.ws;

/**
 * The success reply to {@code init} (ws-sql.md §8). Answers classic {@code init}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 */
public record StmtInitResponse(long reqId, long timing, long stmtId) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "init";

    @Override
    public String action() {
        return ACTION;
    }
}
