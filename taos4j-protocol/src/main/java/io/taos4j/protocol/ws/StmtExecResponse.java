package io.taos4j.protocol.ws;

/**
 * The success reply to {@code exec} (ws-sql.md §8). Answers classic {@code exec}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param affected rows affected by this execution
 */
public record StmtExecResponse(long reqId, long timing, long stmtId, long affected) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "exec";

    @Override
    public String action() {
        return ACTION;
    }
}
