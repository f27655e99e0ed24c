package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * The binary {@code binary_query} request, action 6 (ws-sql.md §4.2): {@code u16 version 1, u32 sql_len, SQL}.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param sql the SQL text (UTF-8 on the wire), non-null
 */
public record BinaryQueryRequest(long reqId, String sql) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 6;
    /** The action name of the reply. */
    public static final String ACTION = "binary_query";

    public BinaryQueryRequest {
        Objects.requireNonNull(sql, "sql");
    }

    @Override
    public int actionCode() {
        return ACTION_CODE;
    }

    @Override
    public String action() {
        return ACTION;
    }
}
