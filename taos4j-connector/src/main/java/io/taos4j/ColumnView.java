package io.taos4j;

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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values of one bound column, for {@link Stmt#bind} and {@link Stmt2#bind}: built once from Java arrays or
 * lists, converted to the prepared column's type only when bound.
 *
 * <p>Primitive arrays are wrapped, not copied ({@link #ofInts(int[])}, {@link #ofLongs(long[])}, ...): do not modify
 * them until the bind call has returned. Lists are copied; their {@code null} elements are SQL NULLs. Every
 * factory rejects null arguments. Conversions when bound: integers bind to any integer column whose range holds
 * them (and to BOOL, FLOAT, DOUBLE, DECIMAL), {@code long} ticks and {@link Instant}s to TIMESTAMP (Instants are
 * converted to the column's precision, truncating), strings to VARCHAR, NCHAR, JSON and BLOB, byte arrays to
 * VARBINARY, GEOMETRY (WKB) and BLOB, {@link BigDecimal}s and numbers to DECIMAL. A value that does not fit fails
 * the bind with a {@link TaosException} naming the column. Immutable and thread-safe (as long as wrapped arrays
 * are left alone).
 */
public final class ColumnView {
    /** The Java shape of the values. */
    enum Kind { BOOL, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, TICKS, INSTANT, STRING, BYTES, DECIMAL, UNSIGNED, NULL }

    private final Kind kind;
    private final ColumnVector vector;
    private final Instant[] instants;
    private final int rows;

    private ColumnView(Kind kind, ColumnVector vector, Instant[] instants, int rows) {
        this.kind = kind;
        this.vector = vector;
        this.instants = instants;
        this.rows = rows;
    }

    private static ColumnView of(Kind kind, ColumnVector v) {
        return new ColumnView(kind, v, null, v.size());
    }

    /** BOOL values (copied). */
    public static ColumnView ofBooleans(boolean... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = values[i] ? (byte) 1 : (byte) 0;
        }
        return of(Kind.BOOL, BoolVector.wrap(b, b.length));
    }

    /** TINYINT values, wrapped. */
    public static ColumnView ofBytes(byte... values) {
        return of(Kind.BYTE, ByteVector.wrap(TaosType.TINYINT, values, values.length));
    }

    /** SMALLINT values, wrapped. */
    public static ColumnView ofShorts(short... values) {
        return of(Kind.SHORT, ShortVector.wrap(TaosType.SMALLINT, values, values.length));
    }

    /** INT values, wrapped. */
    public static ColumnView ofInts(int... values) {
        return of(Kind.INT, IntVector.wrap(TaosType.INT, values, values.length));
    }

    /** BIGINT values, wrapped. */
    public static ColumnView ofLongs(long... values) {
        return of(Kind.LONG, LongVector.wrap(TaosType.BIGINT, values, values.length));
    }

    /** FLOAT values, wrapped. */
    public static ColumnView ofFloats(float... values) {
        return of(Kind.FLOAT, FloatVector.wrap(values, values.length));
    }

    /** DOUBLE values, wrapped. */
    public static ColumnView ofDoubles(double... values) {
        return of(Kind.DOUBLE, DoubleVector.wrap(values, values.length));
    }

    /** TIMESTAMP values as ticks already in the target column's precision, wrapped. */
    public static ColumnView ofTimestamps(long... ticks) {
        return of(Kind.TICKS, LongVector.wrap(TaosType.TIMESTAMP, ticks, ticks.length));
    }

    /** TIMESTAMP values as ticks in the column's precision; null elements are NULL. */
    public static ColumnView ofTimestamps(List<Long> ticks) {
        return fill(Kind.TICKS, new LongVector(TaosType.TIMESTAMP, ticks.size()), ticks,
                (v, x) -> ((LongVector) v).append(x));
    }

    /** TIMESTAMP values as instants, converted to the column's precision when bound; null elements are NULL. */
    public static ColumnView ofInstants(List<Instant> values) {
        Instant[] a = values.toArray(Instant[]::new);
        return new ColumnView(Kind.INSTANT, null, a, a.length);
    }

    /** BOOL values; null elements are NULL. */
    public static ColumnView ofBooleans(List<Boolean> values) {
        return fill(Kind.BOOL, new BoolVector(values.size()), values, (v, x) -> ((BoolVector) v).append(x));
    }

    /** TINYINT values; null elements are NULL. */
    public static ColumnView ofBytes(List<Byte> values) {
        return fill(Kind.BYTE, new ByteVector(TaosType.TINYINT, values.size()), values,
                (v, x) -> ((ByteVector) v).append(x));
    }

    /** SMALLINT values; null elements are NULL. */
    public static ColumnView ofShorts(List<Short> values) {
        return fill(Kind.SHORT, new ShortVector(TaosType.SMALLINT, values.size()), values,
                (v, x) -> ((ShortVector) v).append(x));
    }

    /** INT values; null elements are NULL. */
    public static ColumnView ofInts(List<Integer> values) {
        return fill(Kind.INT, new IntVector(TaosType.INT, values.size()), values,
                (v, x) -> ((IntVector) v).append(x));
    }

    /** BIGINT values; null elements are NULL. */
    public static ColumnView ofLongs(List<Long> values) {
        return fill(Kind.LONG, new LongVector(TaosType.BIGINT, values.size()), values,
                (v, x) -> ((LongVector) v).append(x));
    }

    /** FLOAT values; null elements are NULL. */
    public static ColumnView ofFloats(List<Float> values) {
        return fill(Kind.FLOAT, new FloatVector(values.size()), values, (v, x) -> ((FloatVector) v).append(x));
    }

    /** DOUBLE values; null elements are NULL. */
    public static ColumnView ofDoubles(List<Double> values) {
        return fill(Kind.DOUBLE, new DoubleVector(values.size()), values, (v, x) -> ((DoubleVector) v).append(x));
    }

    /**
     * BIGINT UNSIGNED values, 0 to 2<sup>64</sup> − 1; null elements are NULL.
     *
     * @throws IllegalArgumentException for a value outside that range
     */
    public static ColumnView ofUnsignedLongs(List<BigInteger> values) {
        return fill(Kind.UNSIGNED, new LongVector(TaosType.UBIGINT, values.size()), values, (v, x) -> {
            if (x.signum() < 0 || x.bitLength() > 64) {
                throw new IllegalArgumentException("not a BIGINT UNSIGNED value: " + x);
            }
            ((LongVector) v).append(x.longValue());
        });
    }

    /** Text values (VARCHAR, NCHAR, JSON), sent as UTF-8; null elements are NULL. */
    public static ColumnView ofStrings(List<String> values) {
        return fill(Kind.STRING, new BinaryVector(TaosType.VARCHAR, values.size()), values,
                (v, x) -> ((BinaryVector) v).append(x.getBytes(StandardCharsets.UTF_8)));
    }

    /** Binary values (VARBINARY, GEOMETRY as WKB, BLOB), copied; null elements are NULL. */
    public static ColumnView ofBinary(List<byte[]> values) {
        return fill(Kind.BYTES, new BinaryVector(TaosType.VARBINARY, values.size()), values,
                (v, x) -> ((BinaryVector) v).append(x));
    }

    /** DECIMAL values; null elements are NULL. */
    public static ColumnView ofDecimals(List<BigDecimal> values) {
        return fill(Kind.DECIMAL, new BinaryVector(TaosType.VARCHAR, values.size()), values,
                (v, x) -> ((BinaryVector) v).append(x.toPlainString().getBytes(StandardCharsets.US_ASCII)));
    }

    /** {@code rows} NULLs, which bind to a column of any type. */
    public static ColumnView nulls(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("negative row count " + rows);
        }
        return new ColumnView(Kind.NULL, null, null, rows);
    }

    /**
     * Values of mixed or unknown static type, by the class of each non-null element: {@link Boolean},
     * {@link Byte}, {@link Short}, {@link Integer}, {@link Long}, {@link Float}, {@link Double}, {@link Instant}
     * (and any {@link java.util.Date}, such as {@code java.sql.Timestamp}), {@link String}, {@code byte[]}, {@link BigDecimal}, {@link BigInteger}.
     * All non-null elements must share one of these classes.
     *
     * @throws IllegalArgumentException for other classes or a mix
     */
    public static ColumnView ofValues(List<?> values) {
        return BindConversion.ofValues(values);
    }

    /**
     * One view per component of {@code type}, in declaration order, with the values of every row: e.g.
     * {@code record Meter(Instant ts, float current, Integer voltage, String location)} gives an Instant, a FLOAT,
     * an INT (nullable) and a text column. Component types follow {@link #ofValues(List)} plus the primitives.
     *
     * @throws IllegalArgumentException for a component type that has no column kind
     */
    public static <R extends Record> List<ColumnView> ofRecords(List<R> rows, Class<R> type) {
        return BindConversion.ofRecords(rows, type);
    }

    /** Number of values. */
    public int rows() {
        return rows;
    }

    /** The TDengine type the values have before any conversion: INT for {@code int[]}, VARCHAR for strings. */
    public TaosType type() {
        return switch (kind) {
            case BOOL -> TaosType.BOOL;
            case BYTE -> TaosType.TINYINT;
            case SHORT -> TaosType.SMALLINT;
            case INT -> TaosType.INT;
            case LONG -> TaosType.BIGINT;
            case FLOAT -> TaosType.FLOAT;
            case DOUBLE -> TaosType.DOUBLE;
            case TICKS, INSTANT -> TaosType.TIMESTAMP;
            case STRING -> TaosType.VARCHAR;
            case BYTES -> TaosType.VARBINARY;
            case DECIMAL -> TaosType.DECIMAL;
            case UNSIGNED -> TaosType.UBIGINT;
            case NULL -> TaosType.NULL;
        };
    }

    Kind kind() {
        return kind;
    }

    ColumnVector vector() {
        return vector;
    }

    Instant[] instants() {
        return instants;
    }

    /** True when row {@code r} is NULL. */
    public boolean isNull(int r) {
        Objects.checkIndex(r, rows);
        return switch (kind) {
            case NULL -> true;
            case INSTANT -> instants[r] == null;
            default -> vector.isNull(r);
        };
    }

    interface Appender<T> {
        void append(ColumnVector v, T value);
    }

    static <T> ColumnView fill(Kind kind, ColumnVector v, List<T> values, Appender<T> appender) {
        for (T x : new ArrayList<>(values)) {
            if (x == null) {
                v.appendNull();
            } else {
                appender.append(v, x);
            }
        }
        return of(kind, v);
    }

    @Override
    public String toString() {
        return "ColumnView[" + type() + " × " + rows + "]";
    }
}
