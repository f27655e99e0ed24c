package io.taos4j;

import io.taos4j.protocol.TaosError;

/**
 * Every failure the connector reports: a TDengine error from the server, a protocol or connection problem, or bad
 * input on the client side.
 *
 * <p>{@link #code()} is a TDengine error code as it travels on the wire (the low 16 bits, e.g. {@code 0x2603} for
 * "Table does not exist"), or taosAdapter's {@code 0xFFFF} for adapter-level problems. Client-side failures use
 * the matching TDengine client code (e.g. {@code 0x0118} invalid parameters for a malformed DSN, {@code 0x0213}
 * disconnected, {@code 0x0019} read timeout). {@link #serverMessage()} is the text as TDengine gave it.
 * {@link #reqId()} is the request id of the failed call, 0 when none was sent.
 */
public class TaosException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String serverMessage;
    private final long reqId;

    public TaosException(int code, String serverMessage) {
        this(code, serverMessage, 0L, null);
    }

    public TaosException(int code, String serverMessage, long reqId) {
        this(code, serverMessage, reqId, null);
    }

    public TaosException(int code, String serverMessage, long reqId, Throwable cause) {
        super(format(code, serverMessage, reqId), cause);
        this.code = code & 0xFFFF;
        this.serverMessage = serverMessage;
        this.reqId = reqId;
    }

    /** A client-side failure with TDengine's standard text for {@code error}, plus {@code detail}. */
    public static TaosException of(TaosError error, String detail) {
        return new TaosException(error.code(), detail == null ? error.text() : error.text() + ": " + detail);
    }

    /** The TDengine error code (low 16 bits), e.g. {@code 0x2603}. */
    public int code() {
        return code;
    }

    /** The error text as TDengine (or the client) gave it, without code or request id. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The request id of the failed call; 0 when the failure happened before a request was sent. */
    public long reqId() {
        return reqId;
    }

    /** The catalogued error for {@link #code()}, or null for codes outside the catalogue. */
    public TaosError error() {
        return TaosError.ofCode(code);
    }

    private static String format(int code, String message, long reqId) {
        StringBuilder sb = new StringBuilder("[0x").append(String.format("%04X", code & 0xFFFF)).append("] ")
                .append(message);
        if (reqId != 0) {
            sb.append(" (req_id ").append(Long.toUnsignedString(reqId)).append(')');
        }
        return sb.toString();
    }
}
