package io.taos4j.protocol.tmq;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/**
 * The TMQ data payload of a {@code fetch_raw_data} reply with raw type 2 (data) or 4 (meta+data), tmq.md §5.3:
 * marker, the two offsets, then per block an 18-byte prefix, a raw block (raw-block.md, version 2), its schema and
 * table name; then {@code sleep_time} (type 2) or the create-table requests (type 4).
 *
 * @param reqOffset the WAL version the poll started at (log offset), or {@link #NOT_LOG} when the offset was not a
 *     log offset
 * @param rspOffset the next WAL version to read after this message, or {@link #NOT_LOG}
 * @param withTbname whether each block carries its table name
 * @param withSchema whether each block carries its schema (always true in practice; JDBC requires it)
 * @param blocks the blocks, in order; never empty when encoded (readers misparse an empty message)
 * @param sleepTime replay pacing, 0 normally; ignored for meta+data payloads
 * @param createTables null for a data payload; for a meta+data payload the serialized create-table requests
 */
public record TmqDataPayload(long reqOffset, long rspOffset, boolean withTbname, boolean withSchema,
        List<Block> blocks, long sleepTime, List<ByteBuffer> createTables) {

    /** Raw type of a data payload. */
    public static final int META_TYPE_DATA = 2;
    /** Raw type of a meta+data payload. */
    public static final int META_TYPE_META_DATA = 4;
    /** The marker TDengine writes first ({@code MQ_DATA_RSP_VERSION}). */
    public static final int MARKER = 100;
    /** Stands for an offset of another kind than a log (WAL) position. */
    public static final long NOT_LOG = Long.MIN_VALUE;

    public TmqDataPayload {
        blocks = List.copyOf(blocks);
        createTables = createTables == null ? null : List.copyOf(createTables);
    }

    /** The raw type this payload is sent with. */
    public int metaType() {
        return createTables == null ? META_TYPE_DATA : META_TYPE_META_DATA;
    }

    /** Total rows over all blocks. */
    public long rows() {
        long n = 0;
        for (Block b : blocks) {
            n += b.rows();
        }
        return n;
    }

    /**
     * One column of a block's schema: TDengine type code, flags (bit 0 SMA, bit 1 primary key), byte width, column
     * id and name.
     */
    public record SchemaColumn(int type, int flags, int bytes, int colId, String name) {
        public SchemaColumn {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One block of a data message.
     *
     * @param rows the row count written in the 18-byte prefix (big-endian on the wire)
     * @param precision 0 ms, 1 us, 2 ns
     * @param rawBlock the raw block bytes (version 2, raw-block.md), read-only view
     * @param schemaVersion the schema version (0 as observed)
     * @param schema the columns, or null when the payload has no schemas
     * @param tableName the child/normal table name, or null when the payload has no table names
     */
    public record Block(long rows, int precision, ByteBuffer rawBlock, int schemaVersion, List<SchemaColumn> schema,
            String tableName) {
        public Block {
            Objects.requireNonNull(rawBlock, "rawBlock");
            rawBlock = rawBlock.slice().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
            schema = schema == null ? null : List.copyOf(schema);
        }

        /** A fresh read-only little-endian view of the raw block at position 0. */
        @Override
        public ByteBuffer rawBlock() {
            return rawBlock.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
