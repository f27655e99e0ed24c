package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/** A vector of {@code short} values: SMALLINT and SMALLINT UNSIGNED. See {@link ColumnVector} for the contract. */
public final class ShortVector extends ColumnVector {
    private short[] values;

    public ShortVector(TaosType type, int capacity) {
        super(type);
        require(type, TaosType.SMALLINT, TaosType.USMALLINT);
        this.values = new short[Math.max(capacity, 0)];
    }

    /** Wraps {@code values[0, size)} without copying; the vector takes ownership of the array. */
    public static ShortVector wrap(TaosType type, short[] values, int size) {
        ShortVector v = new ShortVector(type, 0);
        v.values = values;
        v.size = size;
        return v;
    }

    /** The backing array; positions {@code [0, size)} are valid. Exposed for vectorized loops, do not resize. */
    public short[] values() {
        return values;
    }

    public short get(int i) {
        return values[i];
    }

    /** Sets position {@code i < size} to a non-null value. */
    public void set(int i, short value) {
        values[i] = value;
        markNull(i, false);
    }

    /** Sets position {@code i < size} to null. */
    public void setNull(int i) {
        values[i] = (short) 0;
        markNull(i, true);
    }

    public void append(short value) {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size++] = value;
    }

    /** Makes the vector {@code newSize} long; new positions hold zero (not null) until set. */
    public void setSize(int newSize) {
        ensureCapacity(newSize);
        if (newSize > size) {
            Arrays.fill(values, size, newSize, (short) 0);
        }
        size = newSize;
    }

    @Override
    public void appendNull() {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size] = (short) 0;
        markNull(size++, true);
    }

    @Override
    public ShortVector snapshot() {
        ShortVector view = new ShortVector(type, 0);
        view.values = values;
        return shareState(view);
    }

    @Override
    public int capacity() {
        return values.length;
    }

    @Override
    public void ensureCapacity(int minCapacity) {
        if (minCapacity > values.length) {
            values = Arrays.copyOf(values, grow(values.length, minCapacity));
        }
    }

    @Override
    public void appendFrom(ColumnVector source, int index) {
        ShortVector src = (ShortVector) source;
        if (src.isNull(index)) {
            appendNull();
        } else {
            append(src.values[index]);
        }
    }

    @Override
    public void appendRange(ColumnVector source, int from, int to) {
        ShortVector src = (ShortVector) source;
        int n = to - from;
        ensureCapacity(size + n);
        System.arraycopy(src.values, from, values, size, n);
        if (src.nullBits != null) {
            for (int i = from; i < to; i++) {
                if (src.isNull(i)) {
                    markNull(size + i - from, true);
                }
            }
        }
        size += n;
    }

    @Override
    public ColumnVector gather(int[] indices, int count) {
        ShortVector out = new ShortVector(type, count);
        short[] dst = out.values;
        for (int k = 0; k < count; k++) {
            dst[k] = values[indices[k]];
        }
        if (nullBits != null) {
            for (int k = 0; k < count; k++) {
                if (isNull(indices[k])) {
                    out.markNull(k, true);
                }
            }
        }
        out.size = count;
        return out;
    }

    @Override
    public ShortVector newEmpty(int capacity) {
        return new ShortVector(type, capacity);
    }

    @Override
    public Object getObject(int i) {
        return isNull(i) ? null : Short.valueOf(values[i]);
    }

    private static void require(TaosType type, TaosType... allowed) {
        for (TaosType t : allowed) {
            if (t == type) {
                return;
            }
        }
        throw new IllegalArgumentException(type + " values do not fit a " + ShortVector.class.getSimpleName());
    }
}
