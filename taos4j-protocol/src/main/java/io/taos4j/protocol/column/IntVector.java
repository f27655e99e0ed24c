package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/** A vector of {@code int} values: INT and INT UNSIGNED. See {@link ColumnVector} for the contract. */
public final class IntVector extends ColumnVector {
    private int[] values;

    public IntVector(TaosType type, int capacity) {
        super(type);
        require(type, TaosType.INT, TaosType.UINT);
        this.values = new int[Math.max(capacity, 0)];
    }

    /** Wraps {@code values[0, size)} without copying; the vector takes ownership of the array. */
    public static IntVector wrap(TaosType type, int[] values, int size) {
        IntVector v = new IntVector(type, 0);
        v.values = values;
        v.size = size;
        return v;
    }

    /** The backing array; positions {@code [0, size)} are valid. Exposed for vectorized loops, do not resize. */
    public int[] values() {
        return values;
    }

    public int get(int i) {
        return values[i];
    }

    /** Sets position {@code i < size} to a non-null value. */
    public void set(int i, int value) {
        values[i] = value;
        markNull(i, false);
    }

    /** Sets position {@code i < size} to null. */
    public void setNull(int i) {
        values[i] = 0;
        markNull(i, true);
    }

    public void append(int value) {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size++] = value;
    }

    /** Makes the vector {@code newSize} long; new positions hold zero (not null) until set. */
    public void setSize(int newSize) {
        ensureCapacity(newSize);
        if (newSize > size) {
            Arrays.fill(values, size, newSize, 0);
        }
        size = newSize;
    }

    @Override
    public void appendNull() {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size] = 0;
        markNull(size++, true);
    }

    @Override
    public IntVector snapshot() {
        IntVector view = new IntVector(type, 0);
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
        IntVector src = (IntVector) source;
        if (src.isNull(index)) {
            appendNull();
        } else {
            append(src.values[index]);
        }
    }

    @Override
    public void appendRange(ColumnVector source, int from, int to) {
        IntVector src = (IntVector) source;
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
        IntVector out = new IntVector(type, count);
        int[] dst = out.values;
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
    public IntVector newEmpty(int capacity) {
        return new IntVector(type, capacity);
    }

    @Override
    public Object getObject(int i) {
        return isNull(i) ? null : Integer.valueOf(values[i]);
    }

    private static void require(TaosType type, TaosType... allowed) {
        for (TaosType t : allowed) {
            if (t == type) {
                return;
            }
        }
        throw new IllegalArgumentException(type + " values do not fit a " + IntVector.class.getSimpleName());
    }
}
