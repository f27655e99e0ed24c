package io.taos4j.server.query;

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
import io.taos4j.server.type.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The engine's Java representation of SQL values, used wherever code works value by value (tags, constants, the
 * row-wise tail of the function library, sorting keys):
 *
 * <ul>
 *   <li>BOOL: {@link Boolean}</li>
 *   <li>every integer type and TIMESTAMP: {@link Long} (BIGINT UNSIGNED as its 64-bit pattern; read it with the
 *       type at hand)</li>
 *   <li>FLOAT: {@link Float}; DOUBLE: {@link Double}</li>
 *   <li>VARCHAR, NCHAR, JSON: {@link String}; VARBINARY, GEOMETRY, BLOB: {@code byte[]}</li>
 *   <li>DECIMAL, DECIMAL64: {@link BigDecimal}</li>
 *   <li>NULL: {@code null}</li>
 * </ul>
 */
public final class Values {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Values() {
    }

    /** A new empty vector for values of {@code type}. */
    public static ColumnVector allocate(DataType type, int capacity) {
        return ColumnVector.allocate(type.type(), capacity);
    }

    /** The value at {@code row}, in the representation above. */
    public static Object get(ColumnVector v, int row, DataType type) {
        if (v.isNull(row)) {
            return null;
        }
        return switch (type.type()) {
            case BOOL -> ((BoolVector) v).getBoolean(row);
            case TINYINT -> (long) ((ByteVector) v).get(row);
            case UTINYINT -> (long) (((ByteVector) v).get(row) & 0xFF);
            case SMALLINT -> (long) ((ShortVector) v).get(row);
            case USMALLINT -> (long) (((ShortVector) v).get(row) & 0xFFFF);
            case INT -> (long) ((IntVector) v).get(row);
            case UINT -> ((IntVector) v).get(row) & 0xFFFF_FFFFL;
            case BIGINT, UBIGINT, TIMESTAMP -> ((LongVector) v).get(row);
            case FLOAT -> ((FloatVector) v).get(row);
            case DOUBLE -> ((DoubleVector) v).get(row);
            case DECIMAL64 -> BigDecimal.valueOf(((LongVector) v).get(row), type.scale());
            case DECIMAL -> new BigDecimal(((Decimal128Vector) v).getUnscaled(row), type.scale());
            case VARCHAR, NCHAR, JSON -> ((BinaryVector) v).getString(row);
            case VARBINARY, GEOMETRY, BLOB -> ((BinaryVector) v).getBytes(row);
            default -> throw new IllegalArgumentException("no values of type " + type);
        };
    }

    /** Appends {@code value} (already of {@code type}'s representation, or null) to {@code v}. */
    public static void append(ColumnVector v, Object value, DataType type) {
        if (value == null) {
            v.appendNull();
            return;
        }
        switch (type.type()) {
            case BOOL -> ((BoolVector) v).append((Boolean) value);
            case TINYINT, UTINYINT -> ((ByteVector) v).append((byte) ((Number) value).longValue());
            case SMALLINT, USMALLINT -> ((ShortVector) v).append((short) ((Number) value).longValue());
            case INT, UINT -> ((IntVector) v).append((int) ((Number) value).longValue());
            case BIGINT, UBIGINT, TIMESTAMP -> ((LongVector) v).append(((Number) value).longValue());
            case FLOAT -> ((FloatVector) v).append(((Number) value).floatValue());
            case DOUBLE -> ((DoubleVector) v).append(((Number) value).doubleValue());
            case DECIMAL64 -> ((LongVector) v).append(((BigDecimal) value).setScale(type.scale(),
                    java.math.RoundingMode.HALF_UP).unscaledValue().longValue());
            case DECIMAL -> ((Decimal128Vector) v).append(((BigDecimal) value).setScale(type.scale(),
                    java.math.RoundingMode.HALF_UP).unscaledValue());
            case VARCHAR, NCHAR, JSON -> ((BinaryVector) v).append(value instanceof byte[] b ? b
                    : value.toString().getBytes(StandardCharsets.UTF_8));
            case VARBINARY, GEOMETRY, BLOB -> ((BinaryVector) v).append(value instanceof byte[] b ? b
                    : value.toString().getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("no values of type " + type);
        }
    }

    /** A vector holding {@code rows} copies of {@code value}. */
    public static ColumnVector constant(Object value, DataType type, int rows) {
        ColumnVector v = allocate(type, rows);
        if (value == null) {
            for (int i = 0; i < rows; i++) {
                v.appendNull();
            }
            return v;
        }
        switch (type.type()) {
            case BIGINT, UBIGINT, TIMESTAMP -> {
                LongVector l = (LongVector) v;
                l.setSize(rows);
                Arrays.fill(l.values(), 0, rows, ((Number) value).longValue());
            }
            case DOUBLE -> {
                DoubleVector d = (DoubleVector) v;
                d.setSize(rows);
                Arrays.fill(d.values(), 0, rows, ((Number) value).doubleValue());
            }
            case INT, UINT -> {
                IntVector d = (IntVector) v;
                d.setSize(rows);
                Arrays.fill(d.values(), 0, rows, (int) ((Number) value).longValue());
            }
            default -> {
                for (int i = 0; i < rows; i++) {
                    append(v, value, type);
                }
            }
        }
        return v;
    }

    /** The numeric value as a double (BIGINT UNSIGNED read unsigned, BOOL as 0/1, decimals exactly rounded). */
    public static double toDouble(Object value, DataType type) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (type.type() == TaosType.UBIGINT && value instanceof Long l && l < 0) {
            return new BigInteger(Long.toUnsignedString(l)).doubleValue();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            return parseLeadingDouble(s);
        }
        return 0;
    }

    /** Reads the longest numeric prefix of a string, 0 when there is none (TDengine's string-to-number rule). */
    public static double parseLeadingDouble(String s) {
        String t = s.strip();
        int end = 0;
        int n = t.length();
        if (end < n && (t.charAt(end) == '-' || t.charAt(end) == '+')) {
            end++;
        }
        boolean digits = false;
        while (end < n && Character.isDigit(t.charAt(end))) {
            end++;
            digits = true;
        }
        if (end < n && t.charAt(end) == '.') {
            end++;
            while (end < n && Character.isDigit(t.charAt(end))) {
                end++;
                digits = true;
            }
        }
        if (digits && end < n && (t.charAt(end) == 'e' || t.charAt(end) == 'E')) {
            int e = end + 1;
            if (e < n && (t.charAt(e) == '-' || t.charAt(e) == '+')) {
                e++;
            }
            int ds = e;
            while (e < n && Character.isDigit(t.charAt(e))) {
                e++;
            }
            if (e > ds) {
                end = e;
            }
        }
        if (!digits) {
            return 0;
        }
        try {
            return Double.parseDouble(t.substring(0, end));
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    /** The value as an exact integer (BIGINT UNSIGNED unsigned); doubles truncate. */
    public static BigInteger toBigInteger(Object value, DataType type) {
        if (type.type() == TaosType.UBIGINT && value instanceof Long l) {
            return l >= 0 ? BigInteger.valueOf(l) : BigInteger.valueOf(l).add(TWO_64);
        }
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (value instanceof BigDecimal d) {
            return d.toBigInteger();
        }
        return BigDecimal.valueOf(toDouble(value, type)).toBigInteger();
    }

    /** Text of a value as CAST(... AS VARCHAR) and string functions see it. */
    public static String toText(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (type.type() == TaosType.UBIGINT && value instanceof Long l) {
            return Long.toUnsignedString(l);
        }
        if (value instanceof Float f) {
            return formatFloat(f);
        }
        if (value instanceof Double d) {
            return formatDouble(d);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /** FLOAT as TDengine prints it in casts: up to 6 significant digits after trimming ({@code %g}-like). */
    static String formatFloat(float f) {
        if (f == (long) f && Math.abs(f) < 1e15) {
            return Long.toString((long) f);
        }
        return Float.toString(f);
    }

    static String formatDouble(double d) {
        if (d == (long) d && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /**
     * Compares two non-null values of the same type: numbers numerically (unsigned where the type is), strings by
     * bytes, booleans false < true.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b, DataType type) {
        if (type.type() == TaosType.UBIGINT) {
            return Long.compareUnsigned((Long) a, (Long) b);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareUtf8(x, y);
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return Double.compare(toDouble(a, type), toDouble(b, type));
    }

    /** Byte-wise UTF-8 order, which for valid strings equals code point order. */
    public static int compareUtf8(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char cx = x.charAt(i);
            char cy = y.charAt(i);
            if (cx != cy) {
                if (Character.isSurrogate(cx) || Character.isSurrogate(cy)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return Character.compare(cx, cy);
            }
        }
        return Integer.compare(x.length(), y.length());
    }
}
