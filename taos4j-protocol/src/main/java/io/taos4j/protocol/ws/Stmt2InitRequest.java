package io.taos4j.protocol.ws;

/**
 * The {@code stmt2_init} request (ws-sql.md §9.2). Creates a stmt2 statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param singleStbInsert hint: all tables belong to one super table (JSON {@code single_stb_insert})
 * @param singleTableBindOnce hint: each table is bound once per exec (JSON {@code single_table_bind_once})
 */
public record Stmt2InitRequest(long reqId, boolean singleStbInsert, boolean singleTableBindOnce) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "stmt2_init";

    @Override
    public String action() {
        return ACTION;
    }
}
