package io.taos4j.protocol.block;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.Decimal128Vector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/**
 * Encodes rows {@code [fromRow, toRow)} of column vectors as one raw block, byte for byte as taosAdapter forwards
 * TDengine's blocks (raw-block.md §6): flag {@code 0x80000000}, little-endian data lengths, MSB-first null bitmaps
 * with zeroed NULL slots, offsets −1 for NULL variable-length values, entries in row order without gaps, NCHAR
 * re-encoded from the vector's UTF-8 to UCS-4LE, BOOL written as 0 or 1, and one trailing zero byte counted in the
 * block length.
 *
 * <p>Each vector must be of the class that holds its schema type ({@link ColumnVector#allocate}); the schema alone
 * decides the wire type, so for example a VARCHAR vector can be sent as NCHAR. A NULL-type column encodes every row
 * as null; its vector is ignored and may be null. Malformed UTF-8 in an NCHAR vector becomes U+FFFD.
 *
 * <p>Stateless and thread-safe; the vectors must not change during a call.
 */
public final class RawBlockEncoder {
    /** Header {@code version} of blocks in query results. */
    public static final int VERSION_QUERY = 1;
    /** Header {@code version} of blocks inside TMQ data. */
    public static final int VERSION_TMQ = 2;

    private RawBlockEncoder() {
    }

    /**
     * The exact size in bytes of the block {@link #encode} writes for these arguments.
     *
     * @throws IllegalArgumentException if the lists differ in size, a vector's class does not fit its schema type, a
     *     value is too long for its length prefix, or the block would exceed 2 GiB
     * @throws IndexOutOfBoundsException unless {@code 0 <= fromRow <= toRow <= size} of every vector
     */
    public static int encodedLength(List<ColumnSchema> schema, List<? extends ColumnVector> columns, int fromRow,
            int toRow) {
        return EncodePlan.of(schema, columns, fromRow, toRow).length();
    }

    /**
     * Writes the block at {@code out.position()} and advances the position past it; the buffer's byte order is
     * neither used nor changed.
     *
     * @param version header version: {@link #VERSION_QUERY} or {@link #VERSION_TMQ}
     * @param groupId header group id, 0 unless the result is partitioned
     * @throws BufferOverflowException if {@code out} has fewer than {@link #encodedLength} bytes remaining
     * @throws IllegalArgumentException and {@link IndexOutOfBoundsException} as {@link #encodedLength}
     */
    public static void encode(ByteBuffer out, int version, long groupId, List<ColumnSchema> schema,
            List<? extends ColumnVector> columns, int fromRow, int toRow) {
        EncodePlan plan = EncodePlan.of(schema, columns, fromRow, toRow);
        int start = out.position();
        if (out.remaining() < plan.length()) {
            throw new BufferOverflowException();
        }
        write(out.slice(start, plan.length()).order(ByteOrder.LITTLE_ENDIAN), version, groupId, plan);
        out.position(start + plan.length());
    }

    /**
     * The block as an exact-size array, with version {@link #VERSION_QUERY} and group id 0.
     *
     * @throws IllegalArgumentException and {@link IndexOutOfBoundsException} as {@link #encodedLength}
     */
    public static byte[] encode(List<ColumnSchema> schema, List<? extends ColumnVector> columns, int fromRow,
            int toRow) {
        EncodePlan plan = EncodePlan.of(schema, columns, fromRow, toRow);
        byte[] block = new byte[plan.length()];
        write(ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN), VERSION_QUERY, 0L, plan);
        return block;
    }

    /** Writes the planned block at index 0 of {@code b}, a little-endian buffer of exactly the block's size. */
    private static void write(ByteBuffer b, int version, long groupId, EncodePlan plan) {
        int cols = plan.schema().size();
        int rows = plan.rows();
        b.putInt(0, version);
        b.putInt(4, plan.length());
        b.putInt(8, rows);
        b.putInt(12, cols);
        b.putInt(16, RawBlock.FLAG_COLUMN_SCHEMA);
        b.putLong(20, groupId);
        int lengthsAt = RawBlock.HEADER_SIZE + 5 * cols;
        int p = lengthsAt + 4 * cols;
        for (int c = 0; c < cols; c++) {
            ColumnSchema schema = plan.schema().get(c);
            b.put(RawBlock.HEADER_SIZE + 5 * c, (byte) schema.type().code());
            b.putInt(RawBlock.HEADER_SIZE + 5 * c + 1, schema.bytes());
            int dataLen = plan.dataLength(c);
            b.putInt(lengthsAt + 4 * c, dataLen);
            ColumnVector vector = plan.columns().get(c);
            if (schema.type().isVarLength()) {
                writeVar(b, p, schema.type(), (BinaryVector) vector, plan.fromRow(), rows);
                p += 4 * rows + dataLen;
            } else {
                int bitmapLen = (rows + 7) >>> 3;
                writeBitmap(b, p, schema.type() == TaosType.NULL ? null : vector, plan.fromRow(), rows);
                if (dataLen > 0) {
                    writeFixed(b.slice(p + bitmapLen, dataLen).order(ByteOrder.LITTLE_ENDIAN), schema.type(), vector,
                            plan.fromRow(), rows);
                }
                p += bitmapLen + dataLen;
            }
        }
        b.put(p, (byte) 0);
    }

    /** MSB-first bitmap, bit set = null; a null {@code vector} (NULL column) marks every row. */
    private static void writeBitmap(ByteBuffer b, int at, ColumnVector vector, int from, int rows) {
        boolean allNull = vector == null;
        boolean anyNull = allNull || vector.hasNulls();
        for (int i = 0, n = (rows + 7) >>> 3; i < n; i++) {
            int bits = 0;
            if (anyNull) {
                for (int k = 0, row = i << 3; k < 8 && row < rows; k++, row++) {
                    if (allNull || vector.isNull(from + row)) {
                        bits |= 0x80 >>> k;
                    }
                }
            }
            b.put(at + i, (byte) bits);
        }
    }

    /** Bulk-copies the values into {@code area} (exactly rows × size bytes), then zeroes the NULL slots. */
    private static void writeFixed(ByteBuffer area, TaosType type, ColumnVector vector, int from, int rows) {
        switch (type) {
            case BOOL -> {
                byte[] values = ((BoolVector) vector).values();
                for (int r = 0; r < rows; r++) {
                    area.put(r, values[from + r] != 0 ? (byte) 1 : (byte) 0);
                }
            }
            case TINYINT, UTINYINT -> area.put(0, ((ByteVector) vector).values(), from, rows);
            case SMALLINT, USMALLINT -> area.asShortBuffer().put(((ShortVector) vector).values(), from, rows);
            case INT, UINT -> area.asIntBuffer().put(((IntVector) vector).values(), from, rows);
            case BIGINT, UBIGINT, TIMESTAMP, DECIMAL64 ->
                    area.asLongBuffer().put(((LongVector) vector).values(), from, rows);
            case FLOAT -> area.asFloatBuffer().put(((FloatVector) vector).values(), from, rows);
            case DOUBLE -> area.asDoubleBuffer().put(((DoubleVector) vector).values(), from, rows);
            case DECIMAL -> {
                Decimal128Vector decimals = (Decimal128Vector) vector;
                for (int r = 0; r < rows; r++) {
                    area.putLong(16 * r, decimals.low(from + r));
                    area.putLong(16 * r + 8, decimals.high(from + r));
                }
            }
            default -> throw new AssertionError("not a fixed-width type with values: " + type);
        }
        if (vector.hasNulls()) {
            int size = type.fixedSize();
            for (int r = 0; r < rows; r++) {
                if (vector.isNull(from + r)) {
                    for (int k = 0; k < size; k++) {
                        area.put(r * size + k, (byte) 0);
                    }
                }
            }
        }
    }

    /** Offsets (−1 for null) then the entries in row order, each a length prefix and its payload. */
    private static void writeVar(ByteBuffer b, int at, TaosType type, BinaryVector vector, int from, int rows) {
        int dataAt = at + 4 * rows;
        boolean nchar = type == TaosType.NCHAR;
        boolean blob = type.lengthPrefixSize() == 4;
        byte[] data = vector.data();
        int[] offsets = vector.offsets();
        int cursor = 0;
        for (int r = 0; r < rows; r++) {
            int i = from + r;
            if (vector.isNull(i)) {
                b.putInt(at + 4 * r, -1);
                continue;
            }
            b.putInt(at + 4 * r, cursor);
            int entry = dataAt + cursor;
            int start = offsets[i];
            int len = offsets[i + 1] - start;
            if (nchar) {
                int written = Ucs4.toUcs4(data, start, start + len, b, entry + 2);
                b.putShort(entry, (short) written);
                cursor += 2 + written;
            } else if (blob) {
                b.putInt(entry, len);
                b.put(entry + 4, data, start, len);
                cursor += 4 + len;
            } else {
                b.putShort(entry, (short) len);
                b.put(entry + 2, data, start, len);
                cursor += 2 + len;
            }
        }
    }

    /** Validated arguments and the data length of every column, computed once per encode. */
    private record EncodePlan(List<ColumnSchema> schema, List<? extends ColumnVector> columns, int fromRow, int rows,
            int[] dataLengths, int length) {

        int dataLength(int col) {
            return dataLengths[col];
        }

        static EncodePlan of(List<ColumnSchema> schema, List<? extends ColumnVector> columns, int fromRow, int toRow) {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(columns, "columns");
            if (schema.size() != columns.size()) {
                throw new IllegalArgumentException(
                        schema.size() + " column schemas but " + columns.size() + " column vectors");
            }
            if (fromRow < 0 || toRow < fromRow) {
                throw new IndexOutOfBoundsException("row range [" + fromRow + ", " + toRow + ") is invalid");
            }
            int cols = schema.size();
            int rows = toRow - fromRow;
            int[] dataLengths = new int[cols];
            long total = RawBlock.HEADER_SIZE + 9L * cols + 1;
            for (int c = 0; c < cols; c++) {
                ColumnSchema s = Objects.requireNonNull(schema.get(c), "schema entry");
                TaosType type = s.type();
                ColumnVector vector = columns.get(c);
                long dataLen;
                if (type == TaosType.NULL) {
                    dataLen = 0;
                    total += (rows + 7L) >>> 3;
                } else {
                    checkVector(c, type, vector, toRow);
                    if (type.isVarLength()) {
                        dataLen = varDataLength(c, type, (BinaryVector) vector, fromRow, toRow);
                        total += 4L * rows;
                    } else {
                        dataLen = (long) rows * type.fixedSize();
                        total += (rows + 7L) >>> 3;
                    }
                }
                if (dataLen > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("column " + c + " needs " + dataLen + " bytes, over 2 GiB");
                }
                dataLengths[c] = (int) dataLen;
                total += dataLen;
            }
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("block would be " + total + " bytes, over 2 GiB");
            }
            return new EncodePlan(schema, columns, fromRow, rows, dataLengths, (int) total);
        }

        private static void checkVector(int c, TaosType type, ColumnVector vector, int toRow) {
            if (vector == null) {
                throw new IllegalArgumentException("column " + c + " (" + type + ") has no vector");
            }
            if (!holds(vector, type)) {
                throw new IllegalArgumentException("column " + c + " is " + type + " but its vector is a "
                        + vector.getClass().getSimpleName());
            }
            if (toRow > vector.size()) {
                throw new IndexOutOfBoundsException(
                        "column " + c + ": row " + toRow + " is past the vector's size " + vector.size());
            }
        }

        private static boolean holds(ColumnVector vector, TaosType type) {
            return switch (type) {
                case BOOL -> vector instanceof BoolVector;
                case TINYINT, UTINYINT -> vector instanceof ByteVector;
                case SMALLINT, USMALLINT -> vector instanceof ShortVector;
                case INT, UINT -> vector instanceof IntVector;
                case BIGINT, UBIGINT, TIMESTAMP, DECIMAL64 -> vector instanceof LongVector;
                case FLOAT -> vector instanceof FloatVector;
                case DOUBLE -> vector instanceof DoubleVector;
                case DECIMAL -> vector instanceof Decimal128Vector;
                case VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY, BLOB -> vector instanceof BinaryVector;
                case NULL, MEDIUMBLOB -> false;
            };
        }

        /** Entries of the non-null rows, each with its prefix; checks that every payload fits its prefix. */
        private static long varDataLength(int c, TaosType type, BinaryVector vector, int from, int to) {
            int prefix = type.lengthPrefixSize();
            long maxPayload = prefix == 4 ? 0xFFFFFFFFL : 0xFFFF;
            boolean nchar = type == TaosType.NCHAR;
            int[] offsets = vector.offsets();
            byte[] data = vector.data();
            long sum = 0;
            for (int i = from; i < to; i++) {
                if (vector.isNull(i)) {
                    continue;
                }
                long len = offsets[i + 1] - offsets[i];
                if (nchar) {
                    len = 4L * Ucs4.codePointCount(data, offsets[i], offsets[i + 1]);
                }
                if (len > maxPayload) {
                    throw new IllegalArgumentException("column " + c + " (" + type + ") row " + i + ": " + len
                            + " bytes do not fit a " + prefix + "-byte length");
                }
                sum += prefix + len;
            }
            return sum;
        }
    }
}
