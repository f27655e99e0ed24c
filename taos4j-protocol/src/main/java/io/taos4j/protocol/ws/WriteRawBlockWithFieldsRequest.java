package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The binary {@code write_raw_block_with_fields} request, action 5 (ws-sql.md §7): as {@link WriteRawBlockRequest},
 * then right after the block (its length taken from the block header) the {@code TAOS_FIELD} array, 72 bytes per
 * column, kept opaque here.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param resourceId the u64 at offset 8 (Rust repeats the req_id there); unused by the adapter
 * @param rows number of rows
 * @param tableName the target table (UTF-8, no NUL on the wire), non-null
 * @param block the raw block, exactly its header's length, non-null (a shared read-only view)
 * @param fields every byte after the block, non-null (a shared read-only view)
 */
public record WriteRawBlockWithFieldsRequest(long reqId, long resourceId, int rows, String tableName,
        ByteBuffer block, ByteBuffer fields) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 5;
    /** The action name of the reply. */
    public static final String ACTION = "write_raw_block_with_fields";

    public WriteRawBlockWithFieldsRequest {
        Objects.requireNonNull(tableName, "tableName");
        block = Buffers.freeze(block, "block");
        fields = Buffers.freeze(fields, "fields");
    }

    /** A fresh read-only little-endian view of the block, positioned at 0. */
    @Override
    public ByteBuffer block() {
        return Buffers.view(block);
    }

    /** A fresh read-only little-endian view of the field array, positioned at 0. */
    @Override
    public ByteBuffer fields() {
        return Buffers.view(fields);
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
