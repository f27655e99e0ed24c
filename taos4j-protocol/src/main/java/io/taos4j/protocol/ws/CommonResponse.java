package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * A success reply that carries only the common fields, plus {@code stmt_id} for statement actions: the reply to
 * {@code options_connection}, {@code write_raw}, {@code write_raw_block}, {@code write_raw_block_with_fields},
 * and to classic {@code set_table_name}, {@code set_tags}, {@code bind}, {@code add_batch} (ws-sql.md §3.3, §7, §8).
 *
 * @param action the request's action
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param stmtId the statement id (unsigned 64-bit), or null when the reply has no {@code stmt_id} key
 */
public record CommonResponse(String action, long reqId, long timing, Long stmtId) implements WsResponse {
    public CommonResponse {
        Objects.requireNonNull(action, "action");
    }

    /** A reply without {@code stmt_id}. */
    public CommonResponse(String action, long reqId, long timing) {
        this(action, reqId, timing, null);
    }
}
