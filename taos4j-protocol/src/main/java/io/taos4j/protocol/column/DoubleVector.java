package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/** A vector of {@code double} values: DOUBLE. See {@link ColumnVector} for the contract. */
public final class DoubleVector extends ColumnVector {
    private double[] values;

    public DoubleVector(int capacity) {
        super(TaosType.DOUBLE);
        this.values = new double[Math.max(capacity, 0)];
    }

    /** Wraps {@code values[0, size)} without copying; the vector takes ownership of the array. */
    public static DoubleVector wrap(double[] values, int size) {
        DoubleVector v = new DoubleVector(0);
        v.values = values;
        v.size = size;
        return v;
    }

    /** The backing array; positions {@code [0, size)} are valid. Exposed for vectorized loops, do not resize. */
    public double[] values() {
        return values;
    }

    public double get(int i) {
        return values[i];
    }

    /** Sets position {@code i < size} to a non-null value. */
    public void set(int i, double value) {
        values[i] = value;
        markNull(i, false);
    }

    /** Sets position {@code i < size} to null. */
    public void setNull(int i) {
        values[i] = 0d;
        markNull(i, true);
    }

    public void append(double value) {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size++] = value;
    }

    /** Makes the vector {@code newSize} long; new positions hold zero (not null) until set. */
    public void setSize(int newSize) {
        ensureCapacity(newSize);
        if (newSize > size) {
            Arrays.fill(values, size, newSize, 0d);
        }
        size = newSize;
    }

    @Override
    public void appendNull() {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size] = 0d;
        markNull(size++, true);
    }

    @Override
    public DoubleVector snapshot() {
        DoubleVector view = new DoubleVector(0);
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
        DoubleVector src = (DoubleVector) source;
        if (src.isNull(index)) {
            appendNull();
        } else {
            append(src.values[index]);
        }
    }

    @Override
    public void appendRange(ColumnVector source, int from, int to) {
        DoubleVector src = (DoubleVector) source;
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
        DoubleVector out = new DoubleVector( count);
        double[] dst = out.values;
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
    public DoubleVector newEmpty(int capacity) {
        return new DoubleVector( capacity);
    }

    @Override
    public Object getObject(int i) {
        return isNull(i) ? null : Double.valueOf(values[i]);
    }
}
