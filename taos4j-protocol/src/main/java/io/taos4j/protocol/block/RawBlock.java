package io.taos4j.protocol.block;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A validated, zero-copy view of one TDengine raw block (raw-block.md §3).
 *
 * <p>{@link #decode(ByteBuffer)} checks the whole layout before it returns (header, schema, every column area,
 * every variable-length offset and entry), so that accessors read without further checks and hostile input can only
 * ever produce a {@link ProtocolException}. The view reads the caller's bytes in place: they must not change while
 * the block is in use. Values are returned as stored: unsigned types as their two's-complement bits (callers widen),
 * TIMESTAMP as ticks of the result precision, a null fixed-width value as its slot content (0 in blocks TDengine
 * writes).
 *
 * <p>JSON columns are read in the query-result form (u16 length + text). Inside TMQ data TDengine sends JSON as its
 * binary tag encoding without a length prefix (raw-block.md §4.1); such blocks are not in this format and are
 * normally rejected.
 *
 * <p>Column and row indexes must lie in {@code [0, columnCount())} and {@code [0, rows())}; outside that accessors
 * throw {@link IndexOutOfBoundsException}. Immutable; reads use only absolute buffer operations, so several threads
 * may read one block while the bytes are unchanged.
 *
 * <p>Blocks in a writable heap buffer (or a byte array) are read straight from the array; others (direct or
 * read-only buffers) through the buffer. Columns found to hold no NULL at validation skip the null bitmap.
 */
public final class RawBlock {
    /** Size of the fixed header: version, length, rows, cols, flag, group id. */
    public static final int HEADER_SIZE = 28;
    /** Flag segment TDengine writes: "column schema present". */
    public static final int FLAG_COLUMN_SCHEMA = 0x80000000;

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle F32 = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle F64 = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    /** Little-endian view; index 0 is the block's first byte, capacity its {@code length}. */
    final ByteBuffer buf;
    /** The array behind {@link #buf} when it is a writable heap buffer, else null; block byte 0 is at {@link #base}. */
    private final byte[] array;
    private final int base;
    private final int version;
    private final int rows;
    private final int flag;
    private final long groupId;
    private final List<ColumnSchema> schemas;
    /** Bytes per value of fixed-width columns; 0 for NULL columns, −1 for variable-length ones. */
    private final int[] widths;
    /** False for a column validation found no NULL in: {@link #isNull} need not look. */
    private final boolean[] nullable;
    /** Start of each column's null bitmap (fixed) or offsets array (variable). */
    final int[] headStart;
    /** Start and length of each column's data area. */
    final int[] dataStart;
    final int[] dataLength;

    private RawBlock(ByteBuffer buf, int version, int rows, int flag, long groupId, ColumnSchema[] schemas,
            int[] headStart, int[] dataStart, int[] dataLength, boolean[] nullable) {
        this.buf = buf;
        this.array = buf.hasArray() ? buf.array() : null;
        this.base = buf.hasArray() ? buf.arrayOffset() : 0;
        this.nullable = nullable;
        this.version = version;
        this.rows = rows;
        this.flag = flag;
        this.groupId = groupId;
        this.schemas = List.of(schemas);
        this.widths = new int[schemas.length];
        for (int c = 0; c < schemas.length; c++) {
            TaosType type = schemas[c].type();
            widths[c] = type.isVarLength() ? -1 : type == TaosType.NULL ? 0 : type.fixedSize();
        }
        this.headStart = headStart;
        this.dataStart = dataStart;
        this.dataLength = dataLength;
    }

    /**
     * Reads the block that starts at {@code buf.position()}; the block's {@code length} field says where it ends, the
     * buffer may hold more after it. The caller's position, limit and byte order are left unchanged.
     *
     * @throws ProtocolException if the bytes are not a well-formed block (truncated, inconsistent, unknown type)
     */
    public static RawBlock decode(ByteBuffer buf) {
        return BlockValidator.validate(buf.slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    /**
     * Reads the block at {@code bytes[offset]}, which may use up to {@code length} bytes.
     *
     * @throws IndexOutOfBoundsException if the range lies outside {@code bytes}
     * @throws ProtocolException if the bytes are not a well-formed block
     */
    public static RawBlock decode(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return decode(ByteBuffer.wrap(bytes, offset, length));
    }

    /** Called by {@link BlockValidator} once every check has passed. */
    static RawBlock validated(ByteBuffer block, ColumnSchema[] schemas, int[] headStart, int[] dataStart,
            int[] dataLength, boolean[] nullable) {
        return new RawBlock(block, block.getInt(0), block.getInt(8), block.getInt(16), block.getLong(20), schemas,
                headStart, dataStart, dataLength, nullable);
    }

    /** Header {@code version}: 1 in query results, 2 inside TMQ data. */
    public int version() {
        return version;
    }

    /** Total block size in bytes, trailing byte included: where the next item after the block starts. */
    public int length() {
        return buf.capacity();
    }

    public int rows() {
        return rows;
    }

    public int columnCount() {
        return schemas.size();
    }

    /** Header flag segment, {@link #FLAG_COLUMN_SCHEMA} in blocks from TDengine; readers ignore it. */
    public int flag() {
        return flag;
    }

    /** Group id of PARTITION BY results; 0 otherwise. Opaque. */
    public long groupId() {
        return groupId;
    }

    public ColumnSchema schema(int col) {
        return schemas.get(col);
    }

    /** The schema of every column, in order; unmodifiable. */
    public List<ColumnSchema> schemas() {
        return schemas;
    }

    public TaosType type(int col) {
        return schemas.get(col).type();
    }

    /** True if the value is NULL: bitmap bit set (fixed width), offset −1 (variable), always for a NULL column. */
    public boolean isNull(int col, int row) {
        Objects.checkIndex(row, rows);
        if (!nullable[col]) {
            return false;
        }
        int width = widths[col];
        if (width < 0) {
            return i32(headStart[col] + 4 * row) == -1;
        }
        return width == 0 || (i8(headStart[col] + (row >>> 3)) & (0x80 >>> (row & 7))) != 0;
    }

    /** False when the column holds no NULL at all (then {@link #isNull} is false for every row). */
    public boolean hasNulls(int col) {
        return nullable[col];
    }

    /**
     * A 1-byte value (BOOL, TINYINT, TINYINT UNSIGNED) as a boolean: non-zero is true.
     *
     * @throws IllegalArgumentException if the column does not hold 1-byte values
     */
    public boolean getBoolean(int col, int row) {
        return i8(slot(col, row, 1)) != 0;
    }

    /**
     * A 1-byte value.
     *
     * @throws IllegalArgumentException if the column does not hold 1-byte values
     */
    public byte getByte(int col, int row) {
        return i8(slot(col, row, 1));
    }

    /**
     * A 2-byte value.
     *
     * @throws IllegalArgumentException if the column does not hold 2-byte values
     */
    public short getShort(int col, int row) {
        int at = slot(col, row, 2);
        return array != null ? (short) I16.get(array, base + at) : buf.getShort(at);
    }

    /**
     * A 4-byte value (INT, INT UNSIGNED).
     *
     * @throws IllegalArgumentException if the column does not hold 4-byte values
     */
    public int getInt(int col, int row) {
        return i32(slot(col, row, 4));
    }

    /**
     * An 8-byte value (BIGINT, BIGINT UNSIGNED, TIMESTAMP ticks, DECIMAL64 unscaled).
     *
     * @throws IllegalArgumentException if the column does not hold 8-byte values
     */
    public long getLong(int col, int row) {
        return i64(slot(col, row, 8));
    }

    /**
     * A FLOAT.
     *
     * @throws IllegalArgumentException if the column does not hold 4-byte values
     */
    public float getFloat(int col, int row) {
        int at = slot(col, row, 4);
        return array != null ? (float) F32.get(array, base + at) : buf.getFloat(at);
    }

    /**
     * A DOUBLE.
     *
     * @throws IllegalArgumentException if the column does not hold 8-byte values
     */
    public double getDouble(int col, int row) {
        int at = slot(col, row, 8);
        return array != null ? (double) F64.get(array, base + at) : buf.getDouble(at);
    }

    /**
     * Payload length in bytes of a variable-length value (without its prefix; NCHAR: 4 per character), −1 for NULL.
     *
     * @throws IllegalArgumentException if the column is not variable-length
     */
    public int varLength(int col, int row) {
        int entry = entry(col, row);
        return entry < 0 ? -1 : payloadLength(col, entry);
    }

    /**
     * A copy of a variable-length value's payload bytes (NCHAR: its UCS-4LE bytes); null for NULL.
     *
     * @throws IllegalArgumentException if the column is not variable-length
     */
    public byte[] getBytes(int col, int row) {
        int entry = entry(col, row);
        if (entry < 0) {
            return null;
        }
        int from = entry + prefixSize(col);
        int len = payloadLength(col, entry);
        if (array != null) {
            return Arrays.copyOfRange(array, base + from, base + from + len);
        }
        byte[] out = new byte[len];
        buf.get(from, out);
        return out;
    }

    /**
     * A VARCHAR or JSON value decoded as UTF-8, an NCHAR value decoded from UCS-4LE; null for NULL. Malformed text
     * decodes with U+FFFD replacements.
     *
     * @throws IllegalArgumentException if the column is not VARCHAR, NCHAR or JSON
     */
    public String getString(int col, int row) {
        TaosType type = schemas.get(col).type();
        if (!type.isText()) {
            throw new IllegalArgumentException("column " + col + " is " + type + ", not text");
        }
        Objects.checkIndex(row, rows);
        int offset = i32(headStart[col] + 4 * row);
        if (offset < 0) {
            return null;
        }
        int entry = dataStart[col] + offset;
        int start = entry + 2;
        int len = u16(entry);
        if (type == TaosType.NCHAR) {
            return Ucs4.toString(buf, start, len);
        }
        if (array != null) {
            return new String(array, base + start, len, StandardCharsets.UTF_8);
        }
        byte[] copy = new byte[len];
        buf.get(start, copy);
        return new String(copy, StandardCharsets.UTF_8);
    }

    /** {@link #getDecimal(int, int, int)} with the scale from the column's schema word. */
    public BigDecimal getDecimal(int col, int row) {
        return getDecimal(col, row, schema(col).decimalScale());
    }

    /**
     * A DECIMAL64 (i64 unscaled) or DECIMAL (128-bit two's complement, low word first) value with the given scale;
     * null for NULL.
     *
     * @throws IllegalArgumentException if the column is not a decimal column
     */
    public BigDecimal getDecimal(int col, int row, int scale) {
        TaosType type = type(col);
        if (!type.isDecimal()) {
            throw new IllegalArgumentException("column " + col + " is " + type + ", not a decimal");
        }
        if (isNull(col, row)) {
            return null;
        }
        int at = dataStart[col] + row * type.fixedSize();
        long low = i64(at);
        if (type == TaosType.DECIMAL64) {
            return BigDecimal.valueOf(low, scale);
        }
        long high = i64(at + 8);
        if (high == low >> 63) {
            return BigDecimal.valueOf(low, scale);
        }
        BigInteger lo = BigInteger.valueOf(low);
        if (low < 0) {
            lo = lo.add(TWO_64);
        }
        return new BigDecimal(BigInteger.valueOf(high).shiftLeft(64).add(lo), scale);
    }

    /**
     * A new vector holding a copy of the column's values and nulls; NCHAR is converted to UTF-8 (malformed code
     * points become U+FFFD).
     *
     * @throws IllegalArgumentException for a NULL column, for which no vector type exists
     */
    public ColumnVector toVector(int col) {
        return BlockVectors.copy(this, col);
    }

    int prefixSize(int col) {
        return schemas.get(col).type().lengthPrefixSize();
    }

    /** Absolute position of row's entry (its length prefix), or −1 for NULL. */
    int entry(int col, int row) {
        TaosType type = type(col);
        if (!type.isVarLength()) {
            throw new IllegalArgumentException("column " + col + " is " + type + ", not variable-length");
        }
        Objects.checkIndex(row, rows);
        int offset = i32(headStart[col] + 4 * row);
        return offset < 0 ? -1 : dataStart[col] + offset;
    }

    /** Payload length of the entry at {@code entry}; validation guarantees it fits an int. */
    int payloadLength(int col, int entry) {
        return prefixSize(col) == 4 ? i32(entry) : u16(entry);
    }

    private byte i8(int at) {
        return array != null ? array[base + at] : buf.get(at);
    }

    private int u16(int at) {
        return (array != null ? (short) I16.get(array, base + at) : buf.getShort(at)) & 0xFFFF;
    }

    private int i32(int at) {
        return array != null ? (int) I32.get(array, base + at) : buf.getInt(at);
    }

    private long i64(int at) {
        return array != null ? (long) I64.get(array, base + at) : buf.getLong(at);
    }

    private int slot(int col, int row, int width) {
        if (widths[col] != width) {
            throw new IllegalArgumentException("column " + col + " is " + type(col) + ", not a " + width
                    + "-byte fixed-width column");
        }
        Objects.checkIndex(row, rows);
        return dataStart[col] + row * width;
    }

    @Override
    public String toString() {
        return "RawBlock[version=" + version + ", length=" + length() + ", rows=" + rows + ", groupId=" + groupId
                + ", schema=" + schemas + "]";
    }
}
