package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/** A vector of {@code float} values: FLOAT. See {@link ColumnVector} for the contract. */
public final class FloatVector extends ColumnVector {
    private float[] values;

    public FloatVector(int capacity) {
        super(TaosType.FLOAT);
        this.values = new float[Math.max(capacity, 0)];
    }

    /** Wraps {@code values[0, size)} without copying; the vector takes ownership of the array. */
    public static FloatVector wrap(float[] values, int size) {
        FloatVector v = new FloatVector(0);
        v.values = values;
        v.size = size;
        return v;
    }

    /** The backing array; positions {@code [0, size)} are valid. Exposed for vectorized loops, do not resize. */
    public float[] values() {
        return values;
    }

    public float get(int i) {
        return values[i];
    }

    /** Sets position {@code i < size} to a non-null value. */
    public void set(int i, float value) {
        values[i] = value;
        markNull(i, false);
    }

    /** Sets position {@code i < size} to null. */
    public void setNull(int i) {
        values[i] = 0f;
        markNull(i, true);
    }

    public void append(float value) {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size++] = value;
    }

    /** Makes the vector {@code newSize} long; new positions hold zero (not null) until set. */
    public void setSize(int newSize) {
        ensureCapacity(newSize);
        if (newSize > size) {
            Arrays.fill(values, size, newSize, 0f);
        }
        size = newSize;
    }

    @Override
    public void appendNull() {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size] = 0f;
        markNull(size++, true);
    }

    @Override
    public FloatVector snapshot() {
        FloatVector view = new FloatVector(0);
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
        FloatVector src = (FloatVector) source;
        if (src.isNull(index)) {
            appendNull();
        } else {
            append(src.values[index]);
        }
    }

    @Override
    public void appendRange(ColumnVector source, int from, int to) {
        FloatVector src = (FloatVector) source;
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
        FloatVector out = new FloatVector( count);
        float[] dst = out.values;
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
    public FloatVector newEmpty(int capacity) {
        return new FloatVector( capacity);
    }

    @Override
    public Object getObject(int i) {
        return isNull(i) ? null : Float.valueOf(values[i]);
    }
}
