package io.taos4j.protocol.ws;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;

/**
 * A {@code /ws} request the decoder refused, carrying everything a server needs to send taosAdapter's exact error
 * reply: the {@link #action() action} and {@link #reqId() req_id} to echo, and the adapter's message text
 * ({@link #getMessage()}); the code is always {@link TaosError#ADAPTER_ERROR} (65535).
 *
 * <p>The adapter checks for a session ({@code conn}) before it looks at most requests. When
 * {@link #checkedAfterConnection()} is true and the socket has no session yet, the server must answer
 * {@code server not connected} (with this action and req_id) instead of this message (ws-sql.md §2.3).
 *
 * <p>The reply takes one of three shapes, see {@link #reply()}. Immutable and thread-safe.
 */
public final class WsRequestException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    /** The shape of the error reply the adapter sends for a refused request. */
    public enum Reply {
        /** A JSON text frame with the five common fields ({@link #toErrorResponse(long)}). */
        JSON,
        /** A JSON text frame with the five common fields plus {@code stmt_id} = {@link #resourceId()}. */
        JSON_WITH_STMT_ID,
        /** A binary {@code fetch_raw_block} error frame ({@link #toFetchRawBlockResponse(long)}). */
        FETCH_RAW_BLOCK
    }

    private final String action;
    private final long reqId;
    private final long resourceId;
    private final Reply reply;
    private final boolean checkedAfterConnection;

    WsRequestException(String action, long reqId, long resourceId, Reply reply, boolean checkedAfterConnection,
            String message) {
        super(message);
        this.action = action;
        this.reqId = reqId;
        this.resourceId = resourceId;
        this.reply = reply;
        this.checkedAfterConnection = checkedAfterConnection;
    }

    static WsRequestException beforeConnection(String action, long reqId, String message) {
        return new WsRequestException(action, reqId, 0, Reply.JSON, false, message);
    }

    static WsRequestException afterConnection(String action, long reqId, String message) {
        return new WsRequestException(action, reqId, 0, Reply.JSON, true, message);
    }

    /** The {@code action} of the reply: the request's action name, {@code ""} or {@code "unknown"}. Never null. */
    public String action() {
        return action;
    }

    /** The {@code req_id} to echo (unsigned 64-bit held in a long); 0 when the request's id was unreadable. */
    public long reqId() {
        return reqId;
    }

    /** The binary frame's resource id (offset 8: result id or stmt id); 0 for text requests. */
    public long resourceId() {
        return resourceId;
    }

    /** The shape of the reply. */
    public Reply reply() {
        return reply;
    }

    /** True when the adapter answers {@code server not connected} instead if the socket has no session yet. */
    public boolean checkedAfterConnection() {
        return checkedAfterConnection;
    }

    /** Always 65535, taosAdapter's own error code. */
    public int code() {
        return TaosError.ADAPTER_ERROR;
    }

    /**
     * The JSON error reply; for {@link Reply#JSON_WITH_STMT_ID} it carries {@code stmt_id}.
     *
     * @throws IllegalStateException when {@link #reply()} is {@link Reply#FETCH_RAW_BLOCK}
     */
    public ErrorResponse toErrorResponse(long timing) {
        if (reply == Reply.FETCH_RAW_BLOCK) {
            throw new IllegalStateException("fetch_raw_block errors are answered with a binary frame");
        }
        Long stmtId = reply == Reply.JSON_WITH_STMT_ID ? resourceId : null;
        return new ErrorResponse(code(), getMessage(), action, reqId, timing, stmtId);
    }

    /**
     * The binary error frame of {@code fetch_raw_block}: this message, the frame's req_id and result id, finished.
     *
     * @throws IllegalStateException when {@link #reply()} is not {@link Reply#FETCH_RAW_BLOCK}
     */
    public FetchRawBlockResponse toFetchRawBlockResponse(long timing) {
        if (reply != Reply.FETCH_RAW_BLOCK) {
            throw new IllegalStateException("only fetch_raw_block errors are answered with a binary frame");
        }
        return FetchRawBlockResponse.error(timing, reqId, code(), getMessage(), resourceId);
    }
}
