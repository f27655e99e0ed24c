package io.taos4j.protocol;

/**
 * Malformed, truncated or hostile wire data: a frame, block or message that does not follow the protocol.
 *
 * <p>Decoders throw this instead of letting an index error escape. The message names what was wrong and where.
 */
public class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
