package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/**
 * One column of values of one TDengine type, stored in primitive arrays with a null bitmap.
 *
 * <p>Vectors are the columnar unit shared by the raw block codec, stmt2 binds and the embedded server's engine.
 * Values occupy positions {@code [0, size)}. Fixed-width vectors allow random {@code set}; variable-length vectors
 * ({@link BinaryVector}) only append. A null position keeps a zero value in fixed-width vectors and an empty entry
 * in variable-length ones.
 *
 * <p>Not thread-safe. A vector may be shared read-only between threads once no thread writes to it any more;
 * appends never move values below {@link #size()}, so a reader that captured {@code size} earlier keeps seeing
 * consistent values for that prefix (arrays are replaced, not modified, when they grow).
 */
public abstract sealed class ColumnVector
        permits BoolVector, ByteVector, ShortVector, IntVector, LongVector, FloatVector, DoubleVector,
                BinaryVector, Decimal128Vector {

    protected final TaosType type;
    protected int size;
    /** Bit i set = position i is null; null means "no nulls so far". */
    protected long[] nullBits;

    protected ColumnVector(TaosType type) {
        this.type = type;
    }

    public final TaosType type() {
        return type;
    }

    /** Number of positions holding a value or a null. */
    public final int size() {
        return size;
    }

    public final boolean isNull(int i) {
        long[] bits = nullBits;
        return bits != null && (i >>> 6) < bits.length && (bits[i >>> 6] & (1L << i)) != 0;
    }

    public final boolean hasNulls() {
        long[] bits = nullBits;
        if (bits == null) {
            return false;
        }
        int words = Math.min(bits.length, (size + 63) >>> 6);
        for (int w = 0; w < words; w++) {
            long word = bits[w];
            if (w == words - 1 && (size & 63) != 0) {
                word &= (1L << size) - 1;
            }
            if (word != 0) {
                return true;
            }
        }
        return false;
    }

    /** Number of null positions in {@code [0, size)}. */
    public final int nullCount() {
        long[] bits = nullBits;
        if (bits == null) {
            return 0;
        }
        int words = Math.min(bits.length, (size + 63) >>> 6);
        int n = 0;
        for (int w = 0; w < words; w++) {
            long word = bits[w];
            if (w == words - 1 && (size & 63) != 0) {
                word &= (1L << size) - 1;
            }
            n += Long.bitCount(word);
        }
        return n;
    }

    /** Marks or unmarks position {@code i} as null without touching the stored value. */
    protected final void markNull(int i, boolean isNull) {
        if (isNull) {
            long[] bits = nullBits;
            int word = i >>> 6;
            if (bits == null || word >= bits.length) {
                bits = bits == null ? new long[Math.max(word + 1, (capacity() + 63) >>> 6)]
                        : Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
                nullBits = bits;
            }
            bits[word] |= 1L << i;
        } else if (nullBits != null && (i >>> 6) < nullBits.length) {
            nullBits[i >>> 6] &= ~(1L << i);
        }
    }

    /** Current storage capacity in positions. */
    public abstract int capacity();

    /** Grows the storage so that at least {@code minCapacity} positions fit. */
    public abstract void ensureCapacity(int minCapacity);

    /** Appends a null position. */
    public abstract void appendNull();

    /**
     * Appends position {@code index} of {@code source}, which must be a vector of the same class (and, for
     * decimals, the same scale).
     */
    public abstract void appendFrom(ColumnVector source, int index);

    /** Appends positions {@code [from, to)} of {@code source}, which must be a vector of the same class. */
    public void appendRange(ColumnVector source, int from, int to) {
        ensureCapacity(size + (to - from));
        for (int i = from; i < to; i++) {
            appendFrom(source, i);
        }
    }

    /** A new vector of the same type holding {@code source[indices[0..count)]} in that order. */
    public ColumnVector gather(int[] indices, int count) {
        ColumnVector out = newEmpty(count);
        for (int k = 0; k < count; k++) {
            out.appendFrom(this, indices[k]);
        }
        return out;
    }

    /** A new vector holding positions {@code [from, to)} of this one. */
    public ColumnVector slice(int from, int to) {
        ColumnVector out = newEmpty(to - from);
        out.appendRange(this, from, to);
        return out;
    }

    /**
     * A read-only view of positions {@code [0, size)} that shares this vector's current arrays. Later appends to this
     * vector never change what the view shows (values below {@code size} are never rewritten by appends, and grown
     * arrays are new arrays). Used to publish consistent snapshots to concurrent readers without copying.
     */
    public abstract ColumnVector snapshot();

    /** Copies the null bitmap reference and size into a view created by {@link #snapshot()}. */
    protected final <V extends ColumnVector> V shareState(V view) {
        view.nullBits = nullBits;
        view.size = size;
        return view;
    }

    /** An empty vector of the same class and type (and decimal scale) with the given capacity. */
    public abstract ColumnVector newEmpty(int capacity);

    /** The value at {@code i} as a Java object (Boolean, Byte, Short, Integer, Long, Float, Double, byte[], ...), null for null. */
    public abstract Object getObject(int i);

    /** Drops every value: size becomes 0, capacity is kept. */
    public void clear() {
        size = 0;
        if (nullBits != null) {
            Arrays.fill(nullBits, 0L);
        }
    }

    protected static int grow(int current, int min) {
        int next = Math.max(min, current < 16 ? 16 : current + (current >> 1));
        if (next < 0) {
            throw new OutOfMemoryError("column vector too large: " + min);
        }
        return next;
    }

    /**
     * A new empty vector for values of {@code type}.
     *
     * @throws IllegalArgumentException for {@link TaosType#NULL} and {@link TaosType#MEDIUMBLOB}, which hold no values
     */
    public static ColumnVector allocate(TaosType type, int capacity) {
        return switch (type) {
            case BOOL -> new BoolVector(capacity);
            case TINYINT, UTINYINT -> new ByteVector(type, capacity);
            case SMALLINT, USMALLINT -> new ShortVector(type, capacity);
            case INT, UINT -> new IntVector(type, capacity);
            case BIGINT, UBIGINT, TIMESTAMP -> new LongVector(type, capacity);
            case DECIMAL64 -> new LongVector(type, capacity);
            case FLOAT -> new FloatVector(capacity);
            case DOUBLE -> new DoubleVector(capacity);
            case VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY, BLOB -> new BinaryVector(type, capacity);
            case DECIMAL -> new Decimal128Vector(capacity);
            case NULL, MEDIUMBLOB -> throw new IllegalArgumentException("no vector for type " + type);
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('(').append(type).append(")[");
        for (int i = 0; i < Math.min(size, 20); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object v = getObject(i);
            sb.append(v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : v);
        }
        if (size > 20) {
            sb.append(", ... ").append(size).append(" values");
        }
        return sb.append(']').toString();
    }
}
