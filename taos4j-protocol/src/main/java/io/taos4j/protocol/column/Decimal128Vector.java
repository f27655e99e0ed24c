package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A vector of DECIMAL (precision above 18) unscaled values as 128-bit two's complement numbers, stored as a low and
 * a high 64-bit word per position. The scale is column metadata and is not kept here. See {@link ColumnVector}.
 */
public final class Decimal128Vector extends ColumnVector {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private long[] low;
    private long[] high;

    public Decimal128Vector(int capacity) {
        super(TaosType.DECIMAL);
        low = new long[Math.max(capacity, 0)];
        high = new long[Math.max(capacity, 0)];
    }

    public long low(int i) {
        return low[i];
    }

    public long high(int i) {
        return high[i];
    }

    /** The unscaled value at {@code i}. */
    public BigInteger getUnscaled(int i) {
        BigInteger lo = BigInteger.valueOf(low[i]);
        if (low[i] < 0) {
            lo = lo.add(TWO_64);
        }
        return BigInteger.valueOf(high[i]).shiftLeft(64).add(lo);
    }

    public void append(long lowWord, long highWord) {
        if (size == low.length) {
            ensureCapacity(size + 1);
        }
        low[size] = lowWord;
        high[size++] = highWord;
    }

    /**
     * Appends an unscaled value.
     *
     * @throws ArithmeticException if it does not fit in 128 bits
     */
    public void append(BigInteger unscaled) {
        if (unscaled.bitLength() > 127) {
            throw new ArithmeticException("decimal value does not fit 128 bits: " + unscaled);
        }
        append(unscaled.longValue(), unscaled.shiftRight(64).longValue());
    }

    @Override
    public void appendNull() {
        append(0L, 0L);
        markNull(size - 1, true);
    }

    @Override
    public Decimal128Vector snapshot() {
        Decimal128Vector view = new Decimal128Vector(0);
        view.low = low;
        view.high = high;
        return shareState(view);
    }

    @Override
    public int capacity() {
        return low.length;
    }

    @Override
    public void ensureCapacity(int minCapacity) {
        if (minCapacity > low.length) {
            int n = grow(low.length, minCapacity);
            low = Arrays.copyOf(low, n);
            high = Arrays.copyOf(high, n);
        }
    }

    @Override
    public void appendFrom(ColumnVector source, int index) {
        Decimal128Vector src = (Decimal128Vector) source;
        if (src.isNull(index)) {
            appendNull();
        } else {
            append(src.low[index], src.high[index]);
        }
    }

    @Override
    public Decimal128Vector newEmpty(int capacity) {
        return new Decimal128Vector(capacity);
    }

    @Override
    public Object getObject(int i) {
        return isNull(i) ? null : getUnscaled(i);
    }
}
