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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.IntConsumer;

/** Copies one column of a validated {@link RawBlock} into a new {@link ColumnVector}: {@link RawBlock#toVector}. */
final class BlockVectors {
    private BlockVectors() {
    }

    static ColumnVector copy(RawBlock block, int col) {
        TaosType type = block.type(col);
        int rows = block.rows();
        return switch (type) {
            case BOOL -> {
                BoolVector out = BoolVector.wrap(bytes(block, col, rows), rows);
                markNulls(block, col, out::setNull);
                yield out;
            }
            case TINYINT, UTINYINT -> {
                ByteVector out = ByteVector.wrap(type, bytes(block, col, rows), rows);
                markNulls(block, col, out::setNull);
                yield out;
            }
            case SMALLINT, USMALLINT -> {
                short[] values = new short[rows];
                area(block, col).asShortBuffer().get(values);
                ShortVector out = ShortVector.wrap(type, values, rows);
                markNulls(block, col, out::setNull);
                yield out;
            }
            case INT, UINT -> {
                int[] values = new int[rows];
                area(block, col).asIntBuffer().get(values);
                IntVector out = IntVector.wrap(type, values, rows);
                markNulls(block, col, out::setNull);
                yield out;
            }
            case BIGINT, UBIGINT, TIMESTAMP, DECIMAL64 -> {
                long[] values = new long[rows];
                area(block, col).asLongBuffer().get(values);
                LongVector out = LongVector.wrap(type, values, rows);
                markNulls(block, col, out::setNull);
                yield out;
            }
            case FLOAT -> {
                float[] values = new float[rows];
                area(block, col).asFloatBuffer().get(values);
                FloatVector out = FloatVector.wrap(values, rows);
                markNulls(block, col, out::setNull);
                yield out;
            }
            case DOUBLE -> {
                double[] values = new double[rows];
                area(block, col).asDoubleBuffer().get(values);
                DoubleVector out = DoubleVector.wrap(values, rows);
                markNulls(block, col, out::setNull);
                yield out;
            }
            case DECIMAL -> decimal128(block, col, rows);
            case VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY, BLOB -> binary(block, col, type, rows);
            case NULL, MEDIUMBLOB -> throw new IllegalArgumentException(
                    "column " + col + " is " + type + ": it holds no values and has no vector type");
        };
    }

    /** The column's data area as a little-endian buffer of its own. */
    private static ByteBuffer area(RawBlock block, int col) {
        return block.buf.slice(block.dataStart[col], block.dataLength[col]).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] bytes(RawBlock block, int col, int rows) {
        byte[] values = new byte[rows];
        block.buf.get(block.dataStart[col], values);
        return values;
    }

    /** Calls {@code setNull} for each row whose bitmap bit (MSB first) is set. */
    private static void markNulls(RawBlock block, int col, IntConsumer setNull) {
        int at = block.headStart[col];
        int rows = block.rows();
        for (int i = 0, n = (rows + 7) >>> 3; i < n; i++) {
            int bits = block.buf.get(at + i) & 0xFF;
            while (bits != 0) {
                int bit = Integer.numberOfLeadingZeros(bits) - 24;
                int row = (i << 3) + bit;
                if (row < rows) {
                    setNull.accept(row);
                }
                bits &= ~(0x80 >>> bit);
            }
        }
    }

    private static Decimal128Vector decimal128(RawBlock block, int col, int rows) {
        Decimal128Vector out = new Decimal128Vector(rows);
        ByteBuffer buf = block.buf;
        for (int r = 0, at = block.dataStart[col]; r < rows; r++, at += 16) {
            if (block.isNull(col, r)) {
                out.appendNull();
            } else {
                out.append(buf.getLong(at), buf.getLong(at + 8));
            }
        }
        return out;
    }

    private static BinaryVector binary(RawBlock block, int col, TaosType type, int rows) {
        ByteBuffer buf = block.buf;
        boolean nchar = type == TaosType.NCHAR;
        int prefix = type.lengthPrefixSize();
        int total = 0;
        int longest = 0;
        for (int r = 0; r < rows; r++) {
            int entry = block.entry(col, r);
            if (entry >= 0) {
                int len = block.payloadLength(col, entry);
                total += nchar ? Ucs4.utf8Length(buf, entry + prefix, len) : len;
                longest = Math.max(longest, len);
            }
        }
        BinaryVector out = new BinaryVector(type, 0);
        out.ensureCapacity(rows);
        out.ensureData(total);
        // Heap blocks append straight from the backing array; NCHAR and direct buffers go through one scratch
        // array, big enough for any entry because UTF-8 never needs more bytes than UCS-4.
        boolean fromArray = !nchar && buf.hasArray();
        byte[] scratch = fromArray ? null : new byte[longest];
        for (int r = 0; r < rows; r++) {
            int entry = block.entry(col, r);
            if (entry < 0) {
                out.appendNull();
                continue;
            }
            int len = block.payloadLength(col, entry);
            int payload = entry + prefix;
            if (nchar) {
                out.append(scratch, 0, Ucs4.toUtf8(buf, payload, len, scratch, 0));
            } else if (fromArray) {
                out.append(buf.array(), buf.arrayOffset() + payload, len);
            } else {
                buf.get(payload, scratch, 0, len);
                out.append(scratch, 0, len);
            }
        }
        return out;
    }
}
