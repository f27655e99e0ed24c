package io.taos4j.protocol.ws;

/**
 * The {@code set_table_name} request (ws-sql.md §8). Sets the target table of a classic statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 * @param name the child or normal table name, possibly {@code db.tb}; null when omitted
 */
public record StmtSetTableNameRequest(long reqId, long stmtId, String name) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "set_table_name";

    @Override
    public String action() {
        return ACTION;
    }
}
