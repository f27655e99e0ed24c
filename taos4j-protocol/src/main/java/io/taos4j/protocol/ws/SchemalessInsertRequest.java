package io.taos4j.protocol.ws;

/**
 * The schemaless write request, action {@code insert} (ws-sql.md §6).
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param protocol 1 InfluxDB line, 2 OpenTSDB telnet, 3 OpenTSDB JSON
 * @param precision {@code ""}, {@code h}, {@code m}, {@code s}, {@code ms}, {@code u}, {@code ns}; null when omitted
 * @param data the payload; null when omitted
 * @param ttl table TTL in days for created tables; null when omitted (JDBC always sends it, 0 when unset)
 * @param tableNameKey tag key naming the child table (JSON {@code table_name_key}); null when omitted
 */
public record SchemalessInsertRequest(long reqId, int protocol, String precision, String data, Integer ttl,
        String tableNameKey) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "insert";

    @Override
    public String action() {
        return ACTION;
    }
}
