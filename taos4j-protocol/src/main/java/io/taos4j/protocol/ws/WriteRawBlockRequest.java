package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The binary {@code write_raw_block} request, action 4 (ws-sql.md §7): {@code i32 rows, u16 name_len}, the table
 * name, then a raw block whose columns match the target table.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param resourceId the u64 at offset 8 (Rust repeats the req_id there); unused by the adapter
 * @param rows number of rows
 * @param tableName the target table (UTF-8, no NUL on the wire), non-null
 * @param block the raw block, from after the name to the end of the frame, non-null (a shared read-only view)
 */
public record WriteRawBlockRequest(long reqId, long resourceId, int rows, String tableName, ByteBuffer block)
        implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 4;
    /** The action name of the reply. */
    public static final String ACTION = "write_raw_block";

    public WriteRawBlockRequest {
        Objects.requireNonNull(tableName, "tableName");
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
