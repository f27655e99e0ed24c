package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code hyperloglog(expr)}: the estimated number of distinct non-NULL values, BIGINT, with TDengine's sketch (16384
 * registers over a 64-bit MurmurHash of the value's stored bytes) and its estimator (Ertl's "new cardinality
 * estimation algorithms"). Like {@code count}, an empty input yields 0.
 */
final class HyperLogLogFunction implements AggregateFunction {
    private static final int BUCKET_BITS = 14;
    private static final int DATA_BITS = 64 - BUCKET_BITS;
    private static final int BUCKETS = 1 << BUCKET_BITS;
    private static final double ALPHA_INF = 0.721347520444481703680;

    @Override
    public String name() {
        return "hyperloglog";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("hyperloglog", argTypes, 1, 1);
        return DataType.BIGINT;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        DataType t = argTypes.get(0);
        return new Accumulator() {
            final byte[] registers = new byte[BUCKETS];
            final byte[] scratch = new byte[8];

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                for (int i = from; i < to; i++) {
                    addRow(args, ts, i);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                ColumnVector v = args[0];
                if (v.isNull(row)) {
                    return false;
                }
                long hash = hashOf(v, row, t, scratch);
                int index = (int) (hash & (BUCKETS - 1));
                hash >>>= BUCKET_BITS;
                hash |= 1L << DATA_BITS;
                int count = 1 + Long.numberOfTrailingZeros(hash);
                if (count > registers[index]) {
                    registers[index] = (byte) count;
                }
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                ((LongVector) out).append(estimate(registers));
            }
        };
    }

    private static long hashOf(ColumnVector v, int row, DataType t, byte[] scratch) {
        TaosType type = t.type();
        if (v instanceof BinaryVector b) {
            byte[] bytes = b.getBytes(row);
            if (type == TaosType.NCHAR) {
                bytes = new String(bytes, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
            }
            return murmur(bytes, bytes.length);
        }
        Object value = Values.get(v, row, t);
        long bits;
        int width;
        switch (type) {
            case BOOL -> {
                bits = (Boolean) value ? 1 : 0;
                width = 1;
            }
            case FLOAT -> {
                bits = Float.floatToRawIntBits((Float) value) & 0xFFFF_FFFFL;
                width = 4;
            }
            case DOUBLE -> {
                bits = Double.doubleToRawLongBits((Double) value);
                width = 8;
            }
            case TINYINT, UTINYINT -> {
                bits = (Long) value;
                width = 1;
            }
            case SMALLINT, USMALLINT -> {
                bits = (Long) value;
                width = 2;
            }
            case INT, UINT -> {
                bits = (Long) value;
                width = 4;
            }
            default -> {
                bits = value instanceof Number n ? n.longValue() : value.hashCode();
                width = 8;
            }
        }
        for (int i = 0; i < width; i++) {
            scratch[i] = (byte) (bits >>> (8 * i));
        }
        return murmur(scratch, width);
    }

    /** TDengine's 64-bit MurmurHash (MurmurHash64A with seed 0x12345678). */
    static long murmur(byte[] data, int len) {
        final long m = 0x87c37b91114253d5L;
        final int r = 47;
        long h = 0x12345678L ^ ((len & 0xFFFF_FFFFL) * m);
        int end = len - (len & 7);
        for (int i = 0; i < end; i += 8) {
            long k = 0;
            for (int b = 7; b >= 0; b--) {
                k = (k << 8) | (data[i + b] & 0xFF);
            }
            k *= m;
            k ^= k >>> r;
            k *= m;
            h ^= k;
            h *= m;
        }
        int rest = len & 7;
        if (rest > 0) {
            for (int b = rest - 1; b >= 0; b--) {
                h ^= (long) (data[end + b] & 0xFF) << (8 * b);
            }
            h *= m;
        }
        h ^= h >>> r;
        h *= m;
        h ^= h >>> r;
        return h;
    }

    static long estimate(byte[] registers) {
        double m = BUCKETS;
        int[] histo = new int[64];
        for (byte r : registers) {
            histo[r]++;
        }
        double z = m * tau((m - histo[DATA_BITS + 1]) / m);
        for (int j = DATA_BITS; j >= 1; j--) {
            z += histo[j];
            z *= 0.5;
        }
        z += m * sigma(histo[0] / m);
        return Math.round(ALPHA_INF * m * m / z);
    }

    private static double tau(double x) {
        if (x == 0 || x == 1) {
            return 0;
        }
        double zPrime;
        double y = 1.0;
        double z = 1 - x;
        do {
            x = Math.sqrt(x);
            zPrime = z;
            y *= 0.5;
            z -= Math.pow(1 - x, 2) * y;
        } while (zPrime != z);
        return z / 3;
    }

    private static double sigma(double x) {
        if (x == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double zPrime;
        double y = 1;
        double z = x;
        do {
            x *= x;
            zPrime = z;
            z += x * y;
            y += y;
        } while (zPrime != z);
        return z;
    }
}
