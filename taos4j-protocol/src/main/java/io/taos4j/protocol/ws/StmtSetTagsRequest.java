package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;

/**
 * The binary {@code set_tags} request of a classic statement, action 1 (ws-sql.md §8.2): a raw block from offset 24,
 * no version field. The block holds the tag values (the adapter wants exactly 1 row and one column per tag); it is
 * kept opaque here.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param stmtId the classic statement id at offset 8, unsigned 64-bit
 * @param block the raw block from offset 24 to the end of the frame, non-null (a shared read-only view)
 */
public record StmtSetTagsRequest(long reqId, long stmtId, ByteBuffer block) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 1;
    /** The action name of the reply. */
    public static final String ACTION = "set_tags";

    public StmtSetTagsRequest {
        block = Buffers.freeze(block, "block");
    }

    /** A fresh read-only little-endian view of the block, positioned at 0. */
    @Override
    public ByteBuffer block() {
        return Buffers.view(block);
    }

    @Override
    public int actionCode() {
        return ACTION_CODE;
    }

    @Override
    public String action() {
        return ACTION;
    }
}
