package io.taos4j.protocol.ws;

/**
 * The {@code init} request (ws-sql.md §8). Creates a classic statement.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long (0 = none)
 */
public record StmtInitRequest(long reqId) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "init";

    @Override
    public String action() {
        return ACTION;
    }
}
