package io.taos4j.protocol.ws;

/**
 * The success reply to {@code stmt2_init} (ws-sql.md §9.2). Answers {@code stmt2_init}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 */
public record Stmt2InitResponse(long reqId, long timing, long stmtId) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_init";

    @Override
    public String action() {
        return ACTION;
    }
}
