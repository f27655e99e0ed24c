package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;

/**
 * The binary {@code bind} request of a classic statement, action 2 (ws-sql.md §8.2): a raw block from offset 24,
 * no version field. The block (the column values) is kept opaque here.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param stmtId the classic statement id at offset 8, unsigned 64-bit
 * @param block the raw block from offset 24 to the end of the frame, non-null (a shared read-only view)
 */
public record StmtBindRequest(long reqId, long stmtId, ByteBuffer block) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 2;
    /** The action name of the reply. */
    public static final String ACTION = "bind";

    public StmtBindRequest {
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
