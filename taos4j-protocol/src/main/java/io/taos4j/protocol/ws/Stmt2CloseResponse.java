package io.taos4j.protocol.ws;

/**
 * The success reply to {@code stmt2_close} (ws-sql.md §9.7). Answers {@code stmt2_close}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 */
public record Stmt2CloseResponse(long reqId, long timing, long stmtId) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_close";

    @Override
    public String action() {
        return ACTION;
    }
}
