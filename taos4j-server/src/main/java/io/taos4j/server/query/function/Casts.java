package io.taos4j.server.query.function;

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
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Kernels;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Wkt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * {@code CAST(x AS type)} and the engine's implicit conversions, with TDengine 3.3's rules (tdengine-sql.md §7.6,
 * sclfunc.c {@code castFunction}):
 *
 * <ul>
 *   <li>numbers to numbers convert as C casts do: integers wrap ({@code 300 → TINYINT 44}), floats truncate toward
 *       zero ({@code 1.5 → 1}), out-of-range floats give the x86 "integer indefinite" value;</li>
 *   <li>text to numbers reads the longest numeric prefix ({@code strtol}/{@code strtod}; {@code 'abc' → 0}), text to
 *       BOOL is {@code strtol(text) != 0}; text to TIMESTAMP parses it in the session zone (0 when it does not
 *       parse);</li>
 *   <li>to VARCHAR(n)/NCHAR(n)/VARBINARY(n): the text (integers in decimal, FLOAT as {@code %.6g}, DOUBLE as
 *       {@code %.15g}, BOOL as {@code true}/{@code false}, TIMESTAMP as its ticks) cut to n bytes (n characters for
 *       NCHAR);</li>
 *   <li>to DECIMAL(p,s): rounded half away from zero; too many integer digits is 0x013D.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe. The input vector is never modified; when no conversion is needed it is returned
 * as is.
 */
public final class Casts {
    /** The length of {@code CAST(x AS VARCHAR)} without a length, and the largest VARCHAR a cast produces. */
    public static final int MAX_VARCHAR = Vec.MAX_BINARY_BYTES - Vec.VARSTR_HEADER;
    /** The largest NCHAR a cast produces, in characters. */
    public static final int MAX_NCHAR = MAX_VARCHAR / Vec.NCHAR_SIZE;

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private Casts() {
    }

    /**
     * Checks that TDengine allows {@code CAST(<from> AS <to>)}.
     *
     * @throws SqlError 0x2802 {@code Invalid parameter data type : cast} for VARBINARY, JSON or BLOB input, JSON or
     *         BLOB output, VARBINARY output from anything but VARCHAR, GEOMETRY to or from non-text types; 0x2800
     *         {@code CAST function converted length should be in range (0, 65517] bytes} (or
     *         {@code (0, 16379] NCHARS}) for a bad target length
     */
    public static void checkCast(DataType from, DataType to) {
        TaosType f = from.type();
        TaosType t = to.type();
        boolean ok = switch (f) {
            case VARBINARY, JSON, BLOB, MEDIUMBLOB -> false;
            case GEOMETRY -> t == TaosType.VARCHAR || t == TaosType.NCHAR || t == TaosType.GEOMETRY;
            default -> true;
        };
        ok &= switch (t) {
            case JSON, BLOB, MEDIUMBLOB, NULL -> false;
            case VARBINARY -> f == TaosType.VARCHAR || f == TaosType.NULL;
            case GEOMETRY -> f == TaosType.VARCHAR || f == TaosType.NCHAR || f == TaosType.GEOMETRY
                    || f == TaosType.NULL;
            default -> true;
        };
        if (!ok) {
            throw FunctionErrors.paraType("cast");
        }
        if (t == TaosType.NCHAR && (to.length() <= 0 || to.length() > MAX_NCHAR)) {
            throw FunctionErrors.functionError(
                    "CAST function converted length should be in range (0, " + MAX_NCHAR + "] NCHARS");
        }
        if ((t == TaosType.VARCHAR || t == TaosType.VARBINARY || t == TaosType.GEOMETRY)
                && (to.length() <= 0 || to.length() > MAX_VARCHAR)) {
            throw FunctionErrors.functionError(
                    "CAST function converted length should be in range (0, " + MAX_VARCHAR + "] bytes");
        }
    }

    /**
     * Converts the first {@code rows} values of {@code v} from {@code from} to {@code to}. NULL stays NULL. Does not
     * call {@link #checkCast}; a conversion it would refuse gives NULLs or zeros rather than failing.
     *
     * @param ctx supplies the session zone and precision for text to TIMESTAMP
     * @return a new vector, or {@code v} itself when the types are equal or {@code to} only widens a text type
     * @throws SqlError 0x013D when a value does not fit a DECIMAL target; 0x2803 for text that is not WKT when
     *         casting to GEOMETRY
     */
    public static ColumnVector cast(ColumnVector v, DataType from, DataType to, int rows, EvalContext ctx) {
        if (from.type() == TaosType.NULL || v == null) {
            return Vec.nulls(to, rows);
        }
        if (from.equals(to) || widensText(from, to)) {
            return v;
        }
        ColumnVector in = Vec.expand(v, from, rows);
        return switch (to.type()) {
            case BOOL, TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT, FLOAT, DOUBLE,
                 TIMESTAMP -> Vec.copyNulls(in, toNumber(in, from, to, rows, ctx), rows);
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY, JSON -> toText(in, from, to, rows);
            case DECIMAL, DECIMAL64 -> toDecimal(in, from, to, rows);
            default -> Vec.nulls(to, rows);
        };
    }

    /** Text to the same text type at least as long: nothing to cut. */
    private static boolean widensText(DataType from, DataType to) {
        TaosType t = from.type();
        return t == to.type() && (t == TaosType.VARCHAR || t == TaosType.NCHAR || t == TaosType.VARBINARY)
                && to.length() >= from.length();
    }

    /**
     * Converts one value (in the representation of {@link Values}) for constant folding.
     *
     * @return the converted value, null for null
     */
    public static Object castValue(Object value, DataType from, DataType to, EvalContext ctx) {
        if (value == null || from.type() == TaosType.NULL) {
            return null;
        }
        ColumnVector out = cast(Values.constant(value, from, 1), from, to, 1, ctx);
        return Values.get(out, 0, to);
    }

    // ---- to numbers ----

    private static ColumnVector toNumber(ColumnVector in, DataType from, DataType to, int rows, EvalContext ctx) {
        TaosType f = from.type();
        if (f.isInteger() || f == TaosType.BOOL || f == TaosType.TIMESTAMP) {
            return fromLongs(Kernels.longs(in, from, rows), f == TaosType.UBIGINT, to, rows);
        }
        if (f == TaosType.FLOAT || f == TaosType.DOUBLE) {
            return fromDoubles(Kernels.doubles(in, from, rows), to, rows);
        }
        if (f.isDecimal()) {
            double[] d = new double[rows];
            long[] l = new long[rows];
            for (int i = 0; i < rows; i++) {
                if (!in.isNull(i)) {
                    BigDecimal x = Vec.decimalAt(in, from, i);
                    d[i] = x.doubleValue();
                    l[i] = x.setScale(0, RoundingMode.HALF_UP).toBigInteger().longValue();
                }
            }
            return to.type().isFloating() ? fromDoubles(d, to, rows) : fromLongs(l, false, to, rows);
        }
        if (f == TaosType.VARCHAR || f == TaosType.NCHAR) {
            return fromText(in, to, rows, ctx);
        }
        return Vec.nulls(to, rows);
    }

    static ColumnVector fromLongs(long[] src, boolean unsigned, DataType to, int rows) {
        TaosType t = to.type();
        switch (t) {
            case BOOL -> {
                byte[] out = new byte[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = src[i] != 0 ? (byte) 1 : 0;
                }
                return BoolVector.wrap(out, rows);
            }
            case TINYINT, UTINYINT -> {
                byte[] out = new byte[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (byte) src[i];
                }
                return ByteVector.wrap(t, out, rows);
            }
            case SMALLINT, USMALLINT -> {
                short[] out = new short[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (short) src[i];
                }
                return ShortVector.wrap(t, out, rows);
            }
            case INT, UINT -> {
                int[] out = new int[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (int) src[i];
                }
                return IntVector.wrap(t, out, rows);
            }
            case FLOAT -> {
                float[] out = new float[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = unsigned ? CNumbers.unsignedToFloat(src[i]) : (float) src[i];
                }
                return FloatVector.wrap(out, rows);
            }
            case DOUBLE -> {
                double[] out = new double[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = unsigned ? CNumbers.unsignedToDouble(src[i]) : (double) src[i];
                }
                return DoubleVector.wrap(out, rows);
            }
            default -> {
                long[] out = java.util.Arrays.copyOf(src, rows);
                return LongVector.wrap(t, out, rows);
            }
        }
    }

    static ColumnVector fromDoubles(double[] src, DataType to, int rows) {
        TaosType t = to.type();
        switch (t) {
            case BOOL -> {
                byte[] out = new byte[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = src[i] != 0 ? (byte) 1 : 0;
                }
                return BoolVector.wrap(out, rows);
            }
            case TINYINT, UTINYINT -> {
                byte[] out = new byte[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (byte) CNumbers.toInt32(src[i]);
                }
                return ByteVector.wrap(t, out, rows);
            }
            case SMALLINT, USMALLINT -> {
                short[] out = new short[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (short) CNumbers.toInt32(src[i]);
                }
                return ShortVector.wrap(t, out, rows);
            }
            case INT, UINT -> {
                int[] out = new int[rows];
                boolean unsigned = t == TaosType.UINT;
                for (int i = 0; i < rows; i++) {
                    out[i] = unsigned ? CNumbers.toUInt32(src[i]) : CNumbers.toInt32(src[i]);
                }
                return IntVector.wrap(t, out, rows);
            }
            case FLOAT -> {
                float[] out = new float[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = (float) src[i];
                }
                return FloatVector.wrap(out, rows);
            }
            case DOUBLE -> {
                return DoubleVector.wrap(java.util.Arrays.copyOf(src, rows), rows);
            }
            default -> {
                long[] out = new long[rows];
                boolean unsigned = t == TaosType.UBIGINT;
                for (int i = 0; i < rows; i++) {
                    out[i] = unsigned ? CNumbers.toUInt64(src[i]) : CNumbers.toInt64(src[i]);
                }
                return LongVector.wrap(t, out, rows);
            }
        }
    }

    private static ColumnVector fromText(ColumnVector in, DataType to, int rows, EvalContext ctx) {
        TaosType t = to.type();
        if (t == TaosType.FLOAT || t == TaosType.DOUBLE) {
            double[] d = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (!in.isNull(i)) {
                    String s = Vec.text(in, i);
                    d[i] = t == TaosType.FLOAT ? CNumbers.strtof(s) : CNumbers.strtod(s);
                }
            }
            return fromDoubles(d, to, rows);
        }
        long[] l = new long[rows];
        for (int i = 0; i < rows; i++) {
            if (in.isNull(i)) {
                continue;
            }
            String s = Vec.text(in, i);
            l[i] = switch (t) {
                // taosStr2Int8/16/32 and taosStr2UInt32 go through strtol, the unsigned small ones through strtoul
                case BOOL -> (byte) (int) CNumbers.strtoll(s);
                case TINYINT, SMALLINT, INT, UINT -> (int) CNumbers.strtoll(s);
                case UTINYINT, USMALLINT -> (int) CNumbers.strtoull(s);
                case UBIGINT -> CNumbers.strtoull(s);
                case TIMESTAMP -> {
                    long ts = TimeText.parse(s, ctx.zone(), ctx.precision());
                    yield ts == TimeText.INVALID ? 0 : ts;
                }
                default -> CNumbers.strtoll(s);
            };
        }
        return fromLongs(l, false, to, rows);
    }

    // ---- to text ----

    /** The text CAST produces for a non-text value (before truncation); null for NULL. */
    static String numberText(ColumnVector v, DataType type, int row) {
        if (v.isNull(row)) {
            return null;
        }
        return switch (type.type()) {
            case BOOL -> ((BoolVector) v).get(row) != 0 ? "true" : "false";
            case FLOAT -> CNumbers.formatG(((FloatVector) v).get(row), 6);
            case DOUBLE -> CNumbers.formatG(((DoubleVector) v).get(row), 15);
            case UBIGINT -> Long.toUnsignedString(((LongVector) v).get(row));
            case DECIMAL, DECIMAL64 -> Vec.decimalAt(v, type, row).toPlainString();
            case GEOMETRY -> {
                String wkt = Wkt.toText(Vec.bytes(v, row));
                yield wkt == null ? "" : wkt;
            }
            default -> Long.toString(Vec.longAt(v, type, row));
        };
    }

    private static ColumnVector toText(ColumnVector in, DataType from, DataType to, int rows) {
        TaosType f = from.type();
        TaosType t = to.type();
        int n = to.length();
        BinaryVector out = new BinaryVector(t, rows);
        boolean text = f == TaosType.VARCHAR || f == TaosType.NCHAR;
        for (int i = 0; i < rows; i++) {
            if (in.isNull(i)) {
                out.appendNull();
                continue;
            }
            if (t == TaosType.GEOMETRY) {
                if (f == TaosType.GEOMETRY) {
                    out.appendFrom(in, i);
                    continue;
                }
                byte[] wkb = Wkt.toWkb(Vec.text(in, i));
                if (wkb == null) {
                    throw FunctionErrors.invalidParaValue();
                }
                out.append(wkb);
                continue;
            }
            if (text || f == TaosType.VARBINARY) {
                BinaryVector b = (BinaryVector) in;
                int len = b.length(i);
                if (t == TaosType.NCHAR) {
                    // NCHAR(n) keeps n characters; from VARCHAR TDengine converts only the first n bytes
                    String s = f == TaosType.NCHAR ? Vec.text(in, i)
                            : decodePrefix(b.data(), b.start(i), Math.min(n, len));
                    out.append(truncateChars(s, n));
                } else {
                    out.append(b.data(), b.start(i), Math.min(n, len));
                }
                continue;
            }
            byte[] s = f == TaosType.BOOL ? (((BoolVector) in).get(i) != 0 ? TRUE : FALSE)
                    : numberText(in, from, i).getBytes(StandardCharsets.UTF_8);
            out.append(s, 0, Math.min(n, s.length));
        }
        return out;
    }

    /** UTF-8 text of {@code len} bytes, without a trailing partial character. */
    static String decodePrefix(byte[] data, int start, int len) {
        int end = start + len;
        int i = end;
        // back up over an incomplete trailing sequence
        int k = end - 1;
        while (k >= start && !Vec.isCharStart(data[k])) {
            k--;
        }
        if (k >= start && k + Vec.charLen(data[k]) > end) {
            i = k;
        }
        return new String(data, start, i - start, StandardCharsets.UTF_8);
    }

    static String truncateChars(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        int cps = s.codePointCount(0, s.length());
        return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    // ---- to decimal ----

    private static ColumnVector toDecimal(ColumnVector in, DataType from, DataType to, int rows) {
        ColumnVector out = Values.allocate(to, rows);
        BigDecimal max = BigDecimal.TEN.pow(to.precision() - to.scale());
        for (int i = 0; i < rows; i++) {
            if (in.isNull(i)) {
                out.appendNull();
                continue;
            }
            BigDecimal d = switch (from.type()) {
                case VARCHAR, NCHAR -> decimalPrefix(Vec.text(in, i));
                case FLOAT, DOUBLE -> {
                    double x = Vec.doubleAt(in, from, i);
                    if (Double.isNaN(x) || Double.isInfinite(x)) {
                        throw FunctionErrors.decimalOverflow();
                    }
                    yield from.type() == TaosType.FLOAT ? new BigDecimal(Float.toString((float) x))
                            : BigDecimal.valueOf(x);
                }
                case DECIMAL, DECIMAL64 -> Vec.decimalAt(in, from, i);
                case UBIGINT -> new BigDecimal(Long.toUnsignedString(((LongVector) in).get(i)));
                default -> BigDecimal.valueOf(Vec.longAt(in, from, i));
            };
            BigDecimal r = d.setScale(to.scale(), RoundingMode.HALF_UP);
            if (r.abs().compareTo(max) >= 0) {
                throw FunctionErrors.decimalOverflow();
            }
            Values.append(out, r, to);
        }
        return out;
    }

    /** The numeric prefix of text as a decimal ({@code '12.5abc'} is 12.5), 0 when there is none. */
    static BigDecimal decimalPrefix(String s) {
        String t = s.strip();
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
        }
        String num = t.substring(0, i);
        if (i == digitsStart || num.replaceAll("[+\\-.]", "").isEmpty()) {
            return BigDecimal.ZERO;
        }
        int e = i;
        if (e < n && (t.charAt(e) == 'e' || t.charAt(e) == 'E')) {
            int j = e + 1;
            if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
                j++;
            }
            int ds = j;
            while (j < n && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                j++;
            }
            if (j > ds) {
                num = t.substring(0, j);
            }
        }
        if (num.endsWith(".")) {
            num = num + "0";
        }
        return new BigDecimal(num.startsWith(".") || num.startsWith("-.") || num.startsWith("+.")
                ? num.replaceFirst("\\.", "0.") : num);
    }
}
