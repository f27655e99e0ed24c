package io.taos4j.protocol.ws;

/**
 * The {@code get_tag_fields} request (ws-sql.md §8). Asks for the tag fields of a prepared classic statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 * @param stmtId the statement id from {@code init}/{@code stmt2_init}, unsigned 64-bit
 */
public record StmtGetTagFieldsRequest(long reqId, long stmtId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "get_tag_fields";

    @Override
    public String action() {
        return ACTION;
    }
}
