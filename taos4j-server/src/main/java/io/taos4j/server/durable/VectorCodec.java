package io.taos4j.server.durable;

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
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Encodes positions {@code [from, to)} of a column vector: a null flag, the null bitmap when there are nulls, then
 * the values (fixed-width little-endian; variable-length as lengths then bytes; timestamps optionally as deltas, which
 * compress far better). The type is not written: callers record it.
 */
final class VectorCodec {
    private VectorCodec() {
    }

    static void encode(ColumnVector v, int from, int to, boolean delta, ByteSink out) {
        int n = to - from;
        boolean nulls = false;
        for (int i = from; i < to && !nulls; i++) {
            nulls = v.isNull(i);
        }
        out.u8(nulls ? 1 : 0);
        if (nulls) {
            int at = out.skip((n + 7) >>> 3);
            byte[] b = out.array();
            for (int i = 0; i < (n + 7) >>> 3; i++) {
                b[at + i] = 0;
            }
            for (int i = 0; i < n; i++) {
                if (v.isNull(from + i)) {
                    b[at + (i >>> 3)] |= (byte) (1 << (i & 7));
                }
            }
        }
        if (v instanceof BoolVector b) {
            out.bytes(b.values(), from, n);
        } else if (v instanceof ByteVector b) {
            out.bytes(b.values(), from, n);
        } else if (v instanceof ShortVector s) {
            view(out, n * 2).asShortBuffer().put(s.values(), from, n);
        } else if (v instanceof IntVector s) {
            view(out, n * 4).asIntBuffer().put(s.values(), from, n);
        } else if (v instanceof LongVector s) {
            long[] a = s.values();
            if (delta) {
                long[] d = new long[n];
                long prev = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = a[from + i] - prev;
                    prev = a[from + i];
                }
                view(out, n * 8).asLongBuffer().put(d, 0, n);
            } else {
                view(out, n * 8).asLongBuffer().put(a, from, n);
            }
        } else if (v instanceof FloatVector s) {
            view(out, n * 4).asFloatBuffer().put(s.values(), from, n);
        } else if (v instanceof DoubleVector s) {
            view(out, n * 8).asDoubleBuffer().put(s.values(), from, n);
        } else if (v instanceof BinaryVector s) {
            for (int i = from; i < to; i++) {
                out.i32(s.length(i));
            }
            out.bytes(s.data(), s.start(from), s.start(to) - s.start(from));
        } else {
            Decimal128Vector s = (Decimal128Vector) v;
            for (int i = from; i < to; i++) {
                out.i64(s.low(i)).i64(s.high(i));
            }
        }
    }

    static ColumnVector decode(ByteSource in, TaosType type, int n, boolean delta) {
        boolean[] isNull = null;
        if (in.bool()) {
            byte[] bits = in.bytes((n + 7) >>> 3);
            isNull = new boolean[n];
            for (int i = 0; i < n; i++) {
                isNull[i] = (bits[i >>> 3] & (1 << (i & 7))) != 0;
            }
        }
        ColumnVector v = switch (type) {
            case BOOL -> BoolVector.wrap(in.bytes(n), n);
            case TINYINT, UTINYINT -> ByteVector.wrap(type, in.bytes(n), n);
            case SMALLINT, USMALLINT -> {
                ByteBuffer b = view(in, n * 2);
                short[] a = new short[n];
                b.asShortBuffer().get(a);
                yield ShortVector.wrap(type, a, n);
            }
            case INT, UINT -> {
                byte[] src = in.array();
                int at = take(in, n * 4);
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (int) INT_LE.get(src, at + 4 * i);
                }
                yield IntVector.wrap(type, a, n);
            }
            case BIGINT, UBIGINT, TIMESTAMP, DECIMAL64 -> {
                byte[] src = in.array();
                int at = take(in, n * 8);
                long[] a = new long[n];
                if (delta) {
                    long sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += (long) LONG_LE.get(src, at + 8 * i);
                        a[i] = sum;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        a[i] = (long) LONG_LE.get(src, at + 8 * i);
                    }
                }
                yield LongVector.wrap(type, a, n);
            }
            case FLOAT -> {
                byte[] src = in.array();
                int at = take(in, n * 4);
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Float.intBitsToFloat((int) INT_LE.get(src, at + 4 * i));
                }
                yield FloatVector.wrap(a, n);
            }
            case DOUBLE -> {
                byte[] src = in.array();
                int at = take(in, n * 8);
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Double.longBitsToDouble((long) LONG_LE.get(src, at + 8 * i));
                }
                yield DoubleVector.wrap(a, n);
            }
            case VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY, BLOB -> {
                int[] offsets = new int[n + 1];
                for (int i = 0; i < n; i++) {
                    int len = in.i32();
                    if (len < 0) {
                        throw new ByteSource.Corrupt("negative value length");
                    }
                    offsets[i + 1] = offsets[i] + len;
                }
                byte[] data = in.bytes(offsets[n]);
                if (isNull == null) {
                    yield BinaryVector.wrap(type, offsets, data, n);
                }
                BinaryVector b = new BinaryVector(type, n);
                for (int i = 0; i < n; i++) {
                    if (isNull[i]) {
                        b.appendNull();
                    } else {
                        b.append(data, offsets[i], offsets[i + 1] - offsets[i]);
                    }
                }
                yield b;
            }
            case DECIMAL -> {
                Decimal128Vector d = new Decimal128Vector(n);
                for (int i = 0; i < n; i++) {
                    long lo = in.i64();
                    long hi = in.i64();
                    if (isNull != null && isNull[i]) {
                        d.appendNull();
                    } else {
                        d.append(lo, hi);
                    }
                }
                yield d;
            }
            case NULL, MEDIUMBLOB -> throw new ByteSource.Corrupt("no values of type " + type);
        };
        if (isNull != null) {
            for (int i = 0; i < n; i++) {
                if (isNull[i]) {
                    setNull(v, i);
                }
            }
        }
        return v;
    }

    /** {@code bytes} reserved at the end of {@code out}, as a little-endian buffer to bulk-copy into. */
    private static ByteBuffer view(ByteSink out, int bytes) {
        int at = out.skip(bytes);
        return ByteBuffer.wrap(out.array(), at, bytes).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /**
     * Skips the next {@code bytes} of {@code in} (checked against its end); returns where they start in
     * {@link ByteSource#array()}. The values are read with plain little-endian loads: bulk gets through byte buffer
     * views cost several times more.
     */
    private static int take(ByteSource in, int bytes) {
        int at = in.position();
        in.skip(bytes);
        return at;
    }

    /** The next {@code bytes} of {@code in} as a little-endian buffer to bulk-copy from. */
    private static ByteBuffer view(ByteSource in, int bytes) {
        int at = in.position();
        in.skip(bytes);
        return ByteBuffer.wrap(in.array(), at, bytes).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void setNull(ColumnVector v, int i) {
        if (v instanceof BoolVector b) {
            b.setNull(i);
        } else if (v instanceof ByteVector b) {
            b.setNull(i);
        } else if (v instanceof ShortVector b) {
            b.setNull(i);
        } else if (v instanceof IntVector b) {
            b.setNull(i);
        } else if (v instanceof LongVector b) {
            b.setNull(i);
        } else if (v instanceof FloatVector b) {
            b.setNull(i);
        } else if (v instanceof DoubleVector b) {
            b.setNull(i);
        }
        // binary and decimal vectors were built with their nulls
    }
}
