package io.taos4j.protocol.ws;

/**
 * The success reply to {@code insert} (ws-sql.md §6). Answers a schemaless {@code insert}.
 *
 * @param reqId echo of the request's {@code req_id}, unsigned 64-bit held in a long
 * @param timing nanoseconds the server spent on the request
 * @param affectedRows rows written (JSON {@code affected_rows})
 * @param totalRows lines parsed (JSON {@code total_rows})
 */
public record SchemalessInsertResponse(long reqId, long timing, long affectedRows, int totalRows)
        implements WsResponse {
    /** The action name on the wire. */
    public static final String ACTION = "insert";

    @Override
    public String action() {
        return ACTION;
    }
}
