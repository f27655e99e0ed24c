package io.taos4j.protocol.ws;

/**
 * The success reply to {@code validate_sql} (ws-sql.md §5.5). Answers binary {@code validate_sql} (action 10) with a
 * JSON frame.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param resultCode the full 32-bit TDengine code of the SQL as a negative number, 0 = valid (JSON {@code result_code})
 */
public record ValidateSqlResponse(long reqId, long timing, long resultCode) implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "validate_sql";

    @Override
    public String action() {
        return ACTION;
    }
}
