package io.taos4j.protocol.block;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The up-front checks of raw-block.md §7 that let {@link RawBlock} read without bounds checks. Every size is
 * computed in {@code long} so that hostile counts cannot overflow into a plausible value.
 */
final class BlockValidator {
    private static final int MAX_TYPE_CODE = TaosType.DECIMAL64.code();

    private BlockValidator() {
    }

    /** Validates the block at index 0 of {@code in} (a little-endian buffer whose limit is the bytes available). */
    static RawBlock validate(ByteBuffer in) {
        int available = in.limit();
        if (available < RawBlock.HEADER_SIZE) {
            throw fail("block header needs " + RawBlock.HEADER_SIZE + " bytes, only " + available + " available");
        }
        int length = in.getInt(4);
        int rows = in.getInt(8);
        int cols = in.getInt(12);
        if (rows < 0) {
            throw fail("negative row count " + rows);
        }
        if (cols < 0) {
            throw fail("negative column count " + cols);
        }
        long metaEnd = RawBlock.HEADER_SIZE + 9L * cols;
        if (length < metaEnd) {
            throw fail("block length " + length + " is less than the " + metaEnd + " bytes of header and schema of "
                    + cols + " columns");
        }
        if (length > available) {
            throw fail("block length " + length + " exceeds the " + available + " bytes available");
        }
        ByteBuffer block = in.slice(0, length).order(ByteOrder.LITTLE_ENDIAN);

        ColumnSchema[] schemas = new ColumnSchema[cols];
        int[] headStart = new int[cols];
        int[] dataStart = new int[cols];
        int[] dataLength = new int[cols];
        boolean[] nullable = new boolean[cols];
        int lengthsAt = RawBlock.HEADER_SIZE + 5 * cols;
        long p = metaEnd;
        for (int c = 0; c < cols; c++) {
            ColumnSchema schema = schema(block, c);
            schemas[c] = schema;
            TaosType type = schema.type();
            int dataLen = block.getInt(lengthsAt + 4 * c);
            if (dataLen < 0) {
                throw fail(column(c, type) + ": negative data length " + dataLen);
            }
            long head = type.isVarLength() ? 4L * rows : (rows + 7L) >>> 3;
            if (!type.isVarLength()) {
                checkFixedLength(c, type, rows, dataLen);
            }
            long end = p + head + dataLen;
            if (end > length) {
                throw fail(column(c, type) + ": " + (type.isVarLength() ? "offsets" : "null bitmap") + " (" + head
                        + " bytes) and data (" + dataLen + " bytes) starting at " + p + " run past the block end at "
                        + length);
            }
            headStart[c] = (int) p;
            dataStart[c] = (int) (p + head);
            dataLength[c] = dataLen;
            if (type.isVarLength()) {
                nullable[c] = checkEntries(block, c, type, rows, headStart[c], dataStart[c], dataLen);
            } else {
                nullable[c] = type == TaosType.NULL || anyBitSet(block, headStart[c], rows);
            }
            p = end;
        }
        if (p != length && p != length - 1L) {
            throw fail("columns end at " + p + " but the block length is " + length
                    + " (expected the columns to end there or one trailing byte before)");
        }
        return RawBlock.validated(block, schemas, headStart, dataStart, dataLength, nullable);
    }

    private static ColumnSchema schema(ByteBuffer block, int c) {
        int at = RawBlock.HEADER_SIZE + 5 * c;
        int code = block.get(at);
        if (code < 0 || code > MAX_TYPE_CODE) {
            throw fail("column " + c + ": unknown type code " + code);
        }
        TaosType type = TaosType.ofCode(code);
        int bytes = block.getInt(at + 1);
        String problem = ColumnSchema.problem(type, bytes);
        if (problem != null) {
            throw fail(column(c, type) + ": " + problem);
        }
        return new ColumnSchema(type, bytes);
    }

    private static void checkFixedLength(int c, TaosType type, int rows, int dataLen) {
        if (type == TaosType.NULL) {
            if (dataLen != 0 && dataLen != rows) {
                throw fail(column(c, type) + ": data length " + dataLen + " must be 0 or the row count " + rows);
            }
            return;
        }
        long expected = (long) rows * type.fixedSize();
        if (dataLen != expected) {
            throw fail(column(c, type) + ": data length " + dataLen + " is not " + rows + " rows x "
                    + type.fixedSize() + " bytes = " + expected);
        }
    }

    /** True if a bit of the null bitmap of {@code rows} rows at {@code at} is set. */
    private static boolean anyBitSet(ByteBuffer block, int at, int rows) {
        int bytes = (rows + 7) >>> 3;
        int i = 0;
        for (; i + 8 <= bytes; i += 8) {
            if (block.getLong(at + i) != 0) {
                return true;
            }
        }
        for (; i < bytes; i++) {
            if (block.get(at + i) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every offset is −1 or points at an entry whose prefix and payload lie inside the column's data area; returns
     * whether any offset is −1 (a NULL).
     */
    private static boolean checkEntries(ByteBuffer block, int c, TaosType type, int rows, int offsetsAt, int dataAt,
            int dataLen) {
        int prefix = type.lengthPrefixSize();
        boolean nchar = type == TaosType.NCHAR;
        boolean nulls = false;
        for (int r = 0; r < rows; r++) {
            int offset = block.getInt(offsetsAt + 4 * r);
            if (offset == -1) {
                nulls = true;
                continue;
            }
            if (offset < 0 || offset > dataLen - prefix) {
                throw fail(column(c, type) + " row " + r + ": offset " + offset + " does not leave room for a "
                        + prefix + "-byte length inside the data area of " + dataLen + " bytes");
            }
            int at = dataAt + offset;
            long len = prefix == 4 ? block.getInt(at) & 0xFFFFFFFFL : block.getShort(at) & 0xFFFF;
            if (offset + prefix + len > dataLen) {
                throw fail(column(c, type) + " row " + r + ": entry at offset " + offset + " with " + len
                        + " payload bytes runs past the data area of " + dataLen + " bytes");
            }
            if (nchar && (len & 3) != 0) {
                throw fail(column(c, type) + " row " + r + ": NCHAR length " + len + " is not a multiple of 4");
            }
        }
        return nulls;
    }

    private static String column(int c, TaosType type) {
        return "column " + c + " (" + type + ")";
    }

    private static ProtocolException fail(String message) {
        return new ProtocolException("raw block: " + message);
    }
}
