package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;

/**
 * The binary reply to the JSON {@code fetch_block} request (ws-sql.md §5.1): {@code u64 timing, u64 result_id},
 * then the raw block. It carries no req_id; clients match it by result id.
 *
 * @param timing nanoseconds the server spent on the request
 * @param resultId the result id, unsigned 64-bit
 * @param block the raw block, non-null (a shared read-only view)
 */
public record FetchBlockResponse(long timing, long resultId, ByteBuffer block) implements WsBinaryResponse {
    /** Bytes before the block. */
    public static final int HEADER_LENGTH = 16;

    public FetchBlockResponse {
        block = Buffers.freeze(block, "block");
    }

    /** A fresh read-only little-endian view of the block, positioned at 0. */
    @Override
    public ByteBuffer block() {
        return Buffers.view(block);
    }
}
