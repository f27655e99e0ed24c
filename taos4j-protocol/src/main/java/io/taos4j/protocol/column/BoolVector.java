package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/** A vector of BOOL values stored as bytes (0 = false, anything else = true). See {@link ColumnVector} for the contract. */
public final class BoolVector extends ColumnVector {
    private byte[] values;

    public BoolVector(int capacity) {
        super(TaosType.BOOL);
        this.values = new byte[Math.max(capacity, 0)];
    }

    /** Wraps {@code values[0, size)} without copying; the vector takes ownership of the array. */
    public static BoolVector wrap(byte[] values, int size) {
        BoolVector v = new BoolVector(0);
        v.values = values;
        v.size = size;
        return v;
    }

    /** The backing array; positions {@code [0, size)} are valid. Exposed for vectorized loops, do not resize. */
    public byte[] values() {
        return values;
    }

    public byte get(int i) {
        return values[i];
    }

    public boolean getBoolean(int i) {
        return values[i] != 0;
    }

    public void append(boolean value) {
        append(value ? (byte) 1 : (byte) 0);
    }

    /** Sets position {@code i < size} to a non-null value. */
    public void set(int i, byte value) {
        values[i] = value;
        markNull(i, false);
    }

    /** Sets position {@code i < size} to null. */
    public void setNull(int i) {
        values[i] = (byte) 0;
        markNull(i, true);
    }

    public void append(byte value) {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size++] = value;
    }

    /** Makes the vector {@code newSize} long; new positions hold zero (not null) until set. */
    public void setSize(int newSize) {
        ensureCapacity(newSize);
        if (newSize > size) {
            Arrays.fill(values, size, newSize, (byte) 0);
        }
        size = newSize;
    }

    @Override
    public void appendNull() {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size] = (byte) 0;
        markNull(size++, true);
    }

    @Override
    public BoolVector snapshot() {
        BoolVector view = new BoolVector(0);
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
        BoolVector src = (BoolVector) source;
        if (src.isNull(index)) {
            appendNull();
        } else {
            append(src.values[index]);
        }
    }

    @Override
    public void appendRange(ColumnVector source, int from, int to) {
        BoolVector src = (BoolVector) source;
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
        BoolVector out = new BoolVector( count);
        byte[] dst = out.values;
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
    public BoolVector newEmpty(int capacity) {
        return new BoolVector( capacity);
    }

    @Override
    public Object getObject(int i) {
        return isNull(i) ? null : Boolean.valueOf(values[i] != 0);
    }
}
