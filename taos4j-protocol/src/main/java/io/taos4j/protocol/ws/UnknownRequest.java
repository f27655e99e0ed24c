package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * A JSON request whose action the decoder does not know. Decoding does not fail for it because the adapter answers
 * it only after its session check: {@code server not connected} before {@code conn}, else
 * {@code unknown action <name>} (ws-sql.md §2.3). Its {@code args} are not looked at.
 *
 * @param action the action name as sent, non-empty
 * @param reqId {@code args.req_id} read leniently as the adapter does (0 when unreadable)
 */
public record UnknownRequest(String action, long reqId) implements WsRequest {
    public UnknownRequest {
        Objects.requireNonNull(action, "action");
    }

    /** The adapter's message for this request once the session check has passed. */
    public String errorMessage() {
        return "unknown action " + action;
    }
}
