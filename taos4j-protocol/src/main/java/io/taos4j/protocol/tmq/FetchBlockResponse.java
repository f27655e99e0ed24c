package io.taos4j.protocol.tmq;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The binary reply to {@code fetch_block} (tmq.md §6): timing, the req_id of the preceding {@code fetch}, the
 * message id, then one raw block.
 *
 * @param block the raw block (read-only view), non-null
 */
public record FetchBlockResponse(long timing, long reqId, long messageId, ByteBuffer block) {
    public FetchBlockResponse {
        Objects.requireNonNull(block, "block");
        block = block.slice().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A fresh read-only little-endian view of the block at position 0. */
    @Override
    public ByteBuffer block() {
        return block.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
