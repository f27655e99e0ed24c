package io.taos4j.protocol.stmt;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A validated view of one column-bind record of a stmt2 bind payload (ws-sql.md §9.4): {@code u32 total_length,
 * i32 buffer_type, i32 num, num × u8 is_null, u8 have_length, [num × i32 length], i32 buffer_length, buffer}.
 *
 * <p>{@link Stmt2BindPayload#decode} checks that the record lies inside the payload, that fixed-width buffers hold
 * {@code num} values (or none when every row is NULL) and that the lengths of variable-length rows fit the buffer,
 * so accessors read without further checks. The view reads the payload in place. Immutable; several threads may
 * read it while the bytes are unchanged.
 */
public final class BindRecord {
    private final ByteBuffer buf;
    private final TaosType type;
    private final int rows;
    private final int nullsAt;
    /** Start of the length array, -1 without one. */
    private final int lengthsAt;
    private final int bufferAt;
    private final int bufferLength;

    BindRecord(ByteBuffer buf, TaosType type, int rows, int nullsAt, int lengthsAt, int bufferAt, int bufferLength) {
        this.buf = buf;
        this.type = type;
        this.rows = rows;
        this.nullsAt = nullsAt;
        this.lengthsAt = lengthsAt;
        this.bufferAt = bufferAt;
        this.bufferLength = bufferLength;
    }

    /** The record's {@code buffer_type}. */
    public TaosType type() {
        return type;
    }

    /** The record's {@code num}: rows bound. */
    public int rows() {
        return rows;
    }

    /** Bytes in the record's buffer. */
    public int bufferLength() {
        return bufferLength;
    }

    public boolean isNull(int row) {
        Objects.checkIndex(row, rows);
        return buf.get(nullsAt + row) != 0;
    }

    /** Number of NULL rows. */
    public int nullCount() {
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (buf.get(nullsAt + r) != 0) {
                n++;
            }
        }
        return n;
    }

    /** Byte length of a variable-length or decimal row (0 for NULL). */
    public int length(int row) {
        Objects.checkIndex(row, rows);
        if (lengthsAt < 0) {
            throw new IllegalStateException(type + " record has no length array");
        }
        return buf.get(nullsAt + row) != 0 ? 0 : buf.getInt(lengthsAt + 4 * row);
    }

    /**
     * The rows as a new vector of the record's type, NULL rows marked null (their fixed slots zero). Fixed-width
     * values are bulk-copied; variable-length rows become {@link BinaryVector} entries with the bytes as sent (UTF-8
     * for text types). DECIMAL and DECIMAL64 records, which carry decimal strings, give a VARCHAR
     * {@link BinaryVector} of that text.
     */
    public ColumnVector toVector() {
        if (BindColumn.hasLengths(type)) {
            return varVector();
        }
        int n = rows;
        boolean empty = bufferLength == 0;
        ByteBuffer data = empty ? null : buf.slice(bufferAt, bufferLength).order(ByteOrder.LITTLE_ENDIAN);
        ColumnVector v;
        switch (type) {
            case BOOL -> {
                byte[] a = new byte[n];
                if (!empty) {
                    data.get(0, a);
                    for (int r = 0; r < n; r++) {
                        a[r] = a[r] != 0 ? (byte) 1 : (byte) 0;
                    }
                }
                v = BoolVector.wrap(a, n);
            }
            case TINYINT, UTINYINT -> {
                byte[] a = new byte[n];
                if (!empty) {
                    data.get(0, a);
                }
                v = ByteVector.wrap(type, a, n);
            }
            case SMALLINT, USMALLINT -> {
                short[] a = new short[n];
                if (!empty) {
                    data.asShortBuffer().get(a);
                }
                v = ShortVector.wrap(type, a, n);
            }
            case INT, UINT -> {
                int[] a = new int[n];
                if (!empty) {
                    data.asIntBuffer().get(a);
                }
                v = IntVector.wrap(type, a, n);
            }
            case BIGINT, UBIGINT, TIMESTAMP -> {
                long[] a = new long[n];
                if (!empty) {
                    data.asLongBuffer().get(a);
                }
                v = LongVector.wrap(type, a, n);
            }
            case FLOAT -> {
                float[] a = new float[n];
                if (!empty) {
                    data.asFloatBuffer().get(a);
                }
                v = FloatVector.wrap(a, n);
            }
            case DOUBLE -> {
                double[] a = new double[n];
                if (!empty) {
                    data.asDoubleBuffer().get(a);
                }
                v = DoubleVector.wrap(a, n);
            }
            default -> throw new AssertionError("not a fixed-width bind type: " + type);
        }
        markNulls(v);
        return v;
    }

    private void markNulls(ColumnVector v) {
        byte[] nulls = new byte[rows];
        buf.get(nullsAt, nulls);
        for (int r = 0; r < rows; r++) {
            if (nulls[r] != 0) {
                setNull(v, r);
            }
        }
    }

    private static void setNull(ColumnVector v, int r) {
        if (v instanceof LongVector l) {
            l.setNull(r);
        } else if (v instanceof IntVector i) {
            i.setNull(r);
        } else if (v instanceof FloatVector f) {
            f.setNull(r);
        } else if (v instanceof DoubleVector d) {
            d.setNull(r);
        } else if (v instanceof ShortVector s) {
            s.setNull(r);
        } else if (v instanceof ByteVector b) {
            b.setNull(r);
        } else {
            ((BoolVector) v).setNull(r);
        }
    }

    private BinaryVector varVector() {
        TaosType vectorType = type.isDecimal() ? TaosType.VARCHAR : type;
        BinaryVector v = new BinaryVector(vectorType, rows);
        v.ensureData(bufferLength);
        byte[] bytes = new byte[bufferLength];
        buf.get(bufferAt, bytes);
        int at = 0;
        for (int r = 0; r < rows; r++) {
            if (buf.get(nullsAt + r) != 0) {
                v.appendNull();
            } else {
                int len = buf.getInt(lengthsAt + 4 * r);
                v.append(bytes, at, len);
                at += len;
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return "BindRecord[" + type + ", rows=" + rows + ", buffer=" + bufferLength + " bytes]";
    }
}
