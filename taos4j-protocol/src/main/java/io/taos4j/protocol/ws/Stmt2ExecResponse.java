package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * The success reply to {@code stmt2_exec} and to binary {@code stmt2_bind_exec} (ws-sql.md §9.5, §9.8).
 *
 * @param action {@code "stmt2_exec"} or {@code "stmt2_bind_exec"}
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param affected rows written by this execution; 0 for queries
 */
public record Stmt2ExecResponse(String action, long reqId, long timing, long stmtId, long affected)
        implements WsResponse {
    /** The action of the JSON request. */
    public static final String ACTION = "stmt2_exec";
    /** The action of the binary bind-and-execute request (action code 11). */
    public static final String ACTION_BIND_EXEC = Stmt2BindExecRequest.ACTION;

    public Stmt2ExecResponse {
        Objects.requireNonNull(action, "action");
    }

    /** The reply to {@code stmt2_exec}. */
    public Stmt2ExecResponse(long reqId, long timing, long stmtId, long affected) {
        this(ACTION, reqId, timing, stmtId, affected);
    }
}
