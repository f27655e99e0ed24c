package io.taos4j.protocol.ws;

import io.taos4j.protocol.block.RawBlock;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The binary reply to {@code fetch_raw_block}, action 7 (ws-sql.md §5.4). Three shapes: a data frame (code 0,
 * not finished, a block follows), the end of data (code 0, finished, no block) and an error (code ≠ 0, a message,
 * finished, no block). Use {@link #data}, {@link #end} and {@link #error} to build them.
 *
 * @param timing nanoseconds the server spent on the request
 * @param reqId echo of the request's req_id (JDBC routes on it), unsigned 64-bit held in a long
 * @param code 0 or the error code masked with 0xFFFF (u32 on the wire)
 * @param message {@code ""} or the error text (UTF-8 on the wire), non-null
 * @param resultId the result id, unsigned 64-bit
 * @param finished true when no block follows
 * @param block the raw block when not finished, else null; shares the given bytes, which must not change, and is
 *     handed out read-only
 */
public record FetchRawBlockResponse(long timing, long reqId, int code, String message, long resultId,
        boolean finished, ByteBuffer block) implements WsBinaryResponse {

    /** The action code of the reply frame (offset 8). */
    public static final int ACTION_CODE = FetchRawBlockRequest.ACTION_CODE;
    /** Bytes of a data frame before the block. */
    public static final int DATA_HEADER_LENGTH = 55;

    public FetchRawBlockResponse {
        Objects.requireNonNull(message, "message");
        if (finished) {
            if (block != null) {
                throw new IllegalArgumentException("a finished fetch_raw_block reply carries no block");
            }
        } else {
            if (block == null) {
                throw new IllegalArgumentException("an unfinished fetch_raw_block reply needs a block");
            }
            if (code != 0 || !message.isEmpty()) {
                throw new IllegalArgumentException("a data frame has code 0 and no message");
            }
            // kept writable (never handed out so) for rawBlock(), which then reads the array directly
            block = block.slice();
        }
    }

    /** A data frame carrying {@code block}'s remaining bytes. */
    public static FetchRawBlockResponse data(long timing, long reqId, long resultId, ByteBuffer block) {
        return new FetchRawBlockResponse(timing, reqId, 0, "", resultId, false, block);
    }

    /** The end-of-data frame (51 bytes). */
    public static FetchRawBlockResponse end(long timing, long reqId, long resultId) {
        return new FetchRawBlockResponse(timing, reqId, 0, "", resultId, true, null);
    }

    /** An error frame, e.g. code 65535 {@code result is nil}. */
    public static FetchRawBlockResponse error(long timing, long reqId, int code, String message, long resultId) {
        if (code == 0) {
            throw new IllegalArgumentException("an error frame needs a non-zero code");
        }
        return new FetchRawBlockResponse(timing, reqId, code, message, resultId, true, null);
    }

    /** A fresh read-only little-endian view of the block positioned at 0, or null when finished. */
    @Override
    public ByteBuffer block() {
        return block == null ? null : block.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The block decoded ({@link RawBlock#decode(ByteBuffer)}), or null when finished. Reads the frame's bytes in
     * place; faster than decoding {@link #block()}, whose read-only view hides the array.
     *
     * @throws io.taos4j.protocol.ProtocolException if the bytes are not a well-formed block
     */
    public RawBlock rawBlock() {
        return block == null ? null : RawBlock.decode(block.duplicate());
    }
}
