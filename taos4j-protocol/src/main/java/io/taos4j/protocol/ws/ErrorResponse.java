package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * A failure reply (ws-sql.md §2.2): only the five common fields, plus {@code stmt_id} for statement actions. No
 * action-specific key is ever present.
 *
 * @param code the TDengine error code masked with 0xFFFF, or 65535 for adapter errors; never 0
 * @param message the error text, non-null
 * @param action the request's action ({@code ""} or {@code "unknown"} for unreadable requests), non-null
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id (unsigned 64-bit), or null when the reply has no {@code stmt_id} key
 */
public record ErrorResponse(int code, String message, String action, long reqId, long timing, Long stmtId)
        implements WsResponse {

    public ErrorResponse {
        if (code == 0) {
            throw new IllegalArgumentException("an error reply needs a non-zero code");
        }
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
    }

    /** An error reply without {@code stmt_id}. */
    public ErrorResponse(int code, String message, String action, long reqId, long timing) {
        this(code, message, action, reqId, timing, null);
    }
}
