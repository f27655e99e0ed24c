package io.taos4j.server.insert;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
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
import io.taos4j.server.catalog.Column;
import io.taos4j.server.insert.InsertScanner.Kind;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.JsonTags;
import io.taos4j.server.type.Timestamps;
import io.taos4j.server.type.Wkt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Converts the scanner's current value token into a value of a column's type, with TDengine's insert coercions
 * and error texts (tdengine-sql.md §1.3 "Empty and NULL-ish strings", §5.2 "Value conversions on insert").
 *
 * <p>Rows go straight into vectors ({@link #append}); tag values come back as the Java objects {@code ChildTable}
 * stores ({@link #tagValue}).
 */
final class ValueParser {
    private static final BigInteger UBIGINT_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final InsertScanner s;
    private final ZoneId zone;
    private final long nowNanos;

    ValueParser(InsertScanner scanner, ZoneId zone, long nowNanos) {
        this.s = scanner;
        this.zone = zone;
        this.nowNanos = nowNanos;
    }

    /** True when the current token means NULL for a column of {@code type}. */
    boolean isNull(DataType type) {
        if (s.kind == Kind.NULL) {
            return true;
        }
        if (s.kind == Kind.STRING && s.text.equalsIgnoreCase("null")) {
            return switch (type.type()) {
                case VARCHAR, NCHAR, VARBINARY, BLOB -> false;
                default -> true;
            };
        }
        return false;
    }

    /** Appends the current token as a value of {@code column} to {@code v}. */
    void append(ColumnVector v, Column column, Precision precision) {
        DataType type = column.type();
        if (isNull(type)) {
            v.appendNull();
            return;
        }
        switch (type.type()) {
            case TIMESTAMP -> ((LongVector) v).append(timestamp(precision));
            case BOOL -> ((BoolVector) v).append(bool());
            case TINYINT, UTINYINT -> ((ByteVector) v).append((byte) integer(type.type()));
            case SMALLINT, USMALLINT -> ((ShortVector) v).append((short) integer(type.type()));
            case INT, UINT -> ((IntVector) v).append((int) integer(type.type()));
            case BIGINT, UBIGINT -> ((LongVector) v).append(integer(type.type()));
            case FLOAT -> ((FloatVector) v).append((float) floating(true));
            case DOUBLE -> ((DoubleVector) v).append(floating(false));
            case DECIMAL64 -> ((LongVector) v).append(decimal(type).unscaledValue().longValueExact());
            case DECIMAL -> ((Decimal128Vector) v).append(decimal(type).unscaledValue());
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY, BLOB, JSON -> ((BinaryVector) v).append(bytes(column));
            default -> throw s.valueError("invalid data or symbol");
        }
    }

    /** The current token as a tag value object (see {@code ChildTable}); null for NULL. */
    Object tagValue(Column column, Precision precision) {
        DataType type = column.type();
        if (type.type() == TaosType.JSON) {
            if (s.kind == Kind.NULL) {
                return null;
            }
            if (s.kind != Kind.STRING) {
                throw s.valueError("invalidate json value");
            }
            return JsonTags.normalize(s.text, msg -> s.valueError(msg));
        }
        if (isNull(type)) {
            return null;
        }
        return switch (type.type()) {
            case TIMESTAMP -> timestamp(precision);
            case BOOL -> bool();
            case TINYINT, UTINYINT, SMALLINT, USMALLINT, INT, UINT, BIGINT, UBIGINT -> integer(type.type());
            case FLOAT -> (float) floating(true);
            case DOUBLE -> floating(false);
            case VARCHAR, NCHAR -> new String(bytes(column), StandardCharsets.UTF_8);
            case VARBINARY, GEOMETRY -> bytes(column);
            default -> throw s.valueError("invalid data or symbol");
        };
    }

    long timestamp(Precision precision) {
        long ticks;
        switch (s.kind) {
            case INTEGER -> ticks = parseLong(s.tokenText(), "invalid timestamp");
            case STRING -> {
                ticks = Timestamps.parse(s.text, zone, precision);
                if (ticks == Long.MIN_VALUE) {
                    throw s.valueError("invalid timestamp");
                }
            }
            case NOW -> ticks = Math.floorDiv(nowNanos, precision.nanosPerTick());
            case TODAY -> {
                long seconds = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(0, nowNanos), zone)
                        .atStartOfDay(zone).toEpochSecond();
                ticks = seconds * precision.ticksPerSecond();
            }
            default -> throw s.valueError("invalid timestamp");
        }
        try {
            for (int i = 0; i < s.offsets; i++) {
                ticks = Timestamps.add(ticks, s.offsetAmount[i], s.offsetUnit[i], precision, zone);
            }
        } catch (ArithmeticException e) {
            throw s.valueError("invalid timestamp");
        }
        return ticks;
    }

    private boolean bool() {
        switch (s.kind) {
            case BOOL_TRUE -> {
                return true;
            }
            case BOOL_FALSE -> {
                return false;
            }
            case INTEGER, FLOAT, HEX, BIN -> {
                return numericValue(s.tokenText(), s.kind, "invalid bool data").signum() != 0;
            }
            case STRING -> {
                String t = s.text;
                if (t.equalsIgnoreCase("true")) {
                    return true;
                }
                if (t.equalsIgnoreCase("false")) {
                    return false;
                }
                return numericString(t, "invalid bool data").signum() != 0;
            }
            default -> throw s.valueError("invalid bool data");
        }
    }

    private long integer(TaosType type) {
        String invalid = "invalid " + typeWord(type) + " data";
        if (s.kind == Kind.INTEGER && isPlainInteger(s.tokenText())) {
            // the common case, without exact decimal arithmetic
            return inRange(type, Long.parseLong(s.tokenText()), invalid);
        }
        BigDecimal value;
        switch (s.kind) {
            case INTEGER, FLOAT, HEX, BIN -> value = numericValue(s.tokenText(), s.kind, invalid);
            case STRING -> value = numericString(s.text, invalid);
            default -> throw s.valueError(invalid);
        }
        BigInteger i = value.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        if (type == TaosType.BIGINT && i.bitLength() > 63) {
            throw s.valueError(invalid);
        }
        if (type == TaosType.UBIGINT) {
            if (i.signum() < 0) {
                throw s.valueError(invalid);
            }
            if (i.compareTo(UBIGINT_MAX) > 0) {
                throw s.valueError("unsigned bigint data overflow");
            }
            return i.longValue(); // above Long.MAX_VALUE: the same 64 bits, read back as unsigned
        }
        if (i.bitLength() > 63) {
            throw s.valueError(type.isUnsigned() && i.signum() < 0 ? invalid : typeWord(type) + " data overflow");
        }
        return inRange(type, i.longValue(), invalid);
    }

    /** {@code value} if it fits {@code type}, else TDengine's error: invalid for a negative unsigned, else overflow. */
    private long inRange(TaosType type, long value, String invalid) {
        long min;
        long max;
        switch (type) {
            case TINYINT -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
            case SMALLINT -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case INT -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            case UTINYINT -> { min = 0; max = 0xFF; }
            case USMALLINT -> { min = 0; max = 0xFFFF; }
            case UINT -> { min = 0; max = 0xFFFF_FFFFL; }
            case BIGINT -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
            case UBIGINT -> { min = 0; max = Long.MAX_VALUE; }
            default -> throw new IllegalStateException(type.toString());
        }
        if (type.isUnsigned() && value < 0) {
            throw s.valueError(invalid);
        }
        if (value < min || value > max) {
            throw s.valueError(typeWord(type) + " data overflow");
        }
        return value;
    }

    /** An optional sign then 1 to 18 digits: a long, parsed exactly by {@link Long#parseLong}. */
    private static boolean isPlainInteger(String t) {
        int start = !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        int digits = t.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * An optional sign, digits with at most one point (a digit somewhere), and an optional exponent: a number whose
     * double {@link Double#parseDouble} rounds exactly as the exact decimal path does.
     */
    private static boolean isPlainDecimal(String t) {
        int i = !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        int n = t.length();
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            for (; i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9'; i++) {
                exp++;
            }
            if (exp == 0 || exp > 4) {
                return false;
            }
        }
        return i == n;
    }

    private static String typeWord(TaosType type) {
        return switch (type) {
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INT -> "int";
            case BIGINT -> "bigint";
            case UTINYINT -> "unsigned tinyint";
            case USMALLINT -> "unsigned smallint";
            case UINT -> "unsigned int";
            case UBIGINT -> "unsigned bigint";
            default -> type.sqlName().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private double floating(boolean isFloat) {
        String illegal = isFloat ? "illegal float data" : "illegal double data";
        if ((s.kind == Kind.INTEGER || s.kind == Kind.FLOAT) && isPlainDecimal(s.tokenText())) {
            // the common case: Double.parseDouble rounds correctly, as BigDecimal.doubleValue does
            double d = Double.parseDouble(s.tokenText());
            if (Double.isInfinite(d) || isFloat && Math.abs(d) > Float.MAX_VALUE) {
                throw s.valueError(illegal);
            }
            return d;
        }
        BigDecimal value;
        switch (s.kind) {
            case INTEGER, FLOAT, HEX, BIN -> value = numericValue(s.tokenText(), s.kind, illegal);
            case STRING -> value = numericString(s.text, illegal);
            default -> throw s.valueError(illegal);
        }
        double d = value.doubleValue();
        if (Double.isInfinite(d) || isFloat && Math.abs(d) > Float.MAX_VALUE) {
            throw s.valueError(illegal);
        }
        return d;
    }

    private BigDecimal decimal(DataType type) {
        BigDecimal value;
        switch (s.kind) {
            case INTEGER, FLOAT, HEX, BIN -> value = numericValue(s.tokenText(), s.kind, "invalid numeric data");
            case STRING -> value = numericString(s.text, "invalid numeric data");
            default -> throw s.valueError("invalid numeric data");
        }
        BigDecimal scaled = value.setScale(type.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > type.precision() - type.scale() && scaled.signum() != 0) {
            throw SqlError.of(TaosError.DECIMAL_OVERFLOW);
        }
        return scaled;
    }

    private byte[] bytes(Column column) {
        DataType type = column.type();
        byte[] out;
        switch (type.type()) {
            case VARBINARY, BLOB -> {
                if (s.kind != Kind.STRING) {
                    throw SqlError.of(TaosError.PAR_INVALID_VARBINARY,
                            TaosError.PAR_INVALID_VARBINARY.format(column.name()));
                }
                out = varbinary(s.text, column);
            }
            case GEOMETRY -> {
                if (s.kind != Kind.STRING) {
                    throw s.valueError("Invalid function para value");
                }
                out = Wkt.toWkb(s.text);
                if (out == null) {
                    throw s.valueError("Invalid function para value");
                }
            }
            case JSON -> out = JsonTags.normalize(s.text, msg -> s.valueError(msg)).getBytes(StandardCharsets.UTF_8);
            default -> {
                String text = switch (s.kind) {
                    case STRING -> s.text;
                    case BOOL_TRUE -> "true";
                    case BOOL_FALSE -> "false";
                    case INTEGER, FLOAT, HEX, BIN -> s.tokenText();
                    default -> throw s.valueError("invalid data or symbol");
                };
                out = text.getBytes(StandardCharsets.UTF_8);
                if (type.type() == TaosType.NCHAR) {
                    if (text.codePointCount(0, text.length()) > type.length()) {
                        throw tooLong(column);
                    }
                    return out;
                }
            }
        }
        if (out.length > type.length() && type.type() != TaosType.BLOB) {
            throw tooLong(column);
        }
        return out;
    }

    private static SqlError tooLong(Column column) {
        return SqlError.of(TaosError.PAR_VALUE_TOO_LONG, TaosError.PAR_VALUE_TOO_LONG.format(column.name()));
    }

    private static byte[] varbinary(String text, Column column) {
        if (text.startsWith("\\x") || text.startsWith("\\X")) {
            String hex = text.substring(2);
            if (hex.length() % 2 != 0) {
                throw SqlError.of(TaosError.PAR_INVALID_VARBINARY, TaosError.PAR_INVALID_VARBINARY.format(column.name()));
            }
            byte[] b = new byte[hex.length() / 2];
            for (int i = 0; i < b.length; i++) {
                int hi = Character.digit(hex.charAt(2 * i), 16);
                int lo = Character.digit(hex.charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) {
                    throw SqlError.of(TaosError.PAR_INVALID_VARBINARY,
                            TaosError.PAR_INVALID_VARBINARY.format(column.name()));
                }
                b[i] = (byte) (hi << 4 | lo);
            }
            return b;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long parseLong(String text, String reason) {
        try {
            return Long.parseLong(text.charAt(0) == '+' ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw s.valueError(reason);
        }
    }

    /** A numeric literal token (with its sign) as an exact decimal. */
    private BigDecimal numericValue(String text, Kind kind, String reason) {
        try {
            boolean neg = text.startsWith("-");
            String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1).trim() : text;
            BigDecimal v = switch (kind) {
                case HEX -> new BigDecimal(new BigInteger(body.substring(2), 16));
                case BIN -> new BigDecimal(new BigInteger(body.substring(2), 2));
                default -> new BigDecimal(body);
            };
            return neg ? v.negate() : v;
        } catch (NumberFormatException | ArithmeticException e) {
            throw s.valueError(reason);
        }
    }

    /** A number inside quotes: leading blanks and a sign allowed, {@code 0x} hex, exponents; nothing trailing. */
    private BigDecimal numericString(String text, String reason) {
        if (text.isEmpty()) {
            throw s.valueError("invalid numeric data");
        }
        String t = text.stripLeading();
        if (t.isEmpty()) {
            throw s.valueError(reason);
        }
        boolean neg = false;
        if (t.charAt(0) == '-' || t.charAt(0) == '+') {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        try {
            BigDecimal v;
            if (t.length() > 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
                v = new BigDecimal(new BigInteger(t.substring(2), 16));
            } else {
                if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '.')) {
                    throw new NumberFormatException(t);
                }
                v = new BigDecimal(t);
            }
            return neg ? v.negate() : v;
        } catch (NumberFormatException | ArithmeticException e) {
            throw s.valueError(reason);
        }
    }
}
