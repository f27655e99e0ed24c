package io.taos4j.server.tmq;

import io.taos4j.protocol.TaosError;

/** A subscription failure with TDengine's code (masked with 0xFFFF on the wire) and text. */
public final class TmqException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    public TmqException(int code, String message) {
        super(message);
        this.code = code;
    }

    public TmqException(TaosError error) {
        this(error.code(), error.text());
    }

    /** The error code (low 16 bits). */
    public int code() {
        return code & 0xFFFF;
    }
}
