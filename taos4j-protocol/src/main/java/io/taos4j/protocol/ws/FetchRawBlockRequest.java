package io.taos4j.protocol.ws;

/**
 * The binary {@code fetch_raw_block} request, action 7 (ws-sql.md §5.4): 26 bytes, {@code u16 version 1} after the
 * header. Answered with a binary {@link FetchRawBlockResponse}.
 *
 * @param reqId the client's request id (JDBC reuses the query's), unsigned 64-bit held in a long
 * @param resultId the result id at offset 8, unsigned 64-bit
 */
public record FetchRawBlockRequest(long reqId, long resultId) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 7;
    /** The action name. */
    public static final String ACTION = "fetch_raw_block";

    @Override
    public int actionCode() {
        return ACTION_CODE;
    }

    @Override
    public String action() {
        return ACTION;
    }
}
