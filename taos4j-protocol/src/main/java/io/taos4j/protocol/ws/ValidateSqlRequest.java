package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * The binary {@code validate_sql} request, action 10 (ws-sql.md §5.5): the {@code binary_query} layout.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param sql the SQL text to check (UTF-8 on the wire), non-null
 */
public record ValidateSqlRequest(long reqId, String sql) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 10;
    /** The action name of the reply. */
    public static final String ACTION = "validate_sql";

    public ValidateSqlRequest {
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
