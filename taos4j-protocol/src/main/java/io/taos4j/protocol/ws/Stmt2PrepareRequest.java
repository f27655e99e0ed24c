package io.taos4j.protocol.ws;

/**
 * The {@code stmt2_prepare} request (ws-sql.md §9.3). Prepares SQL on a stmt2 statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 * @param sql the SQL with {@code ?} placeholders; null when omitted
 * @param getFields whether the reply lists the placeholder fields (JSON {@code get_fields})
 */
public record Stmt2PrepareRequest(long reqId, long stmtId, String sql, boolean getFields) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_prepare";

    @Override
    public String action() {
        return ACTION;
    }
}
