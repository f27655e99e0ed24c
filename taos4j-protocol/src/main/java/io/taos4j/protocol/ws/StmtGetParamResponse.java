package io.taos4j.protocol.ws;

/**
 * The success reply to {@code stmt_get_param} (ws-sql.md §8). Answers {@code stmt_get_param}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id, unsigned 64-bit
 * @param index the placeholder index
 * @param dataType its TDengine type code (JSON {@code data_type})
 * @param length its length in bytes
 */
public record StmtGetParamResponse(long reqId, long timing, long stmtId, int index, int dataType, int length)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "stmt_get_param";

    @Override
    public String action() {
        return ACTION;
    }
}
