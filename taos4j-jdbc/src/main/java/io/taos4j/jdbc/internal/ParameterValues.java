package io.taos4j.jdbc.internal;

import io.taos4j.ColumnView;
import io.taos4j.StmtField;
import io.taos4j.TaosException;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the values JDBC setters stored into what the connector's stmt2 binds take. For an INSERT placeholder the
 * server gave a type, and every value of a column is converted to one Java class for it (so a batch may mix
 * {@code setInt} and {@code setLong}); values that cannot be converted fail with TDengine's bind type-mismatch
 * code (0x0200), naming the parameter. Query parameters are untyped: they keep their own type, date-times become
 * instants (local ones in the connection's time zone). Stateless.
 */
final class ParameterValues {
    /** TDengine's text for a bound value whose type does not fit the column. */
    private static final String MISMATCH = "column type mis-match with buffer type";
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd[ HH:mm:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    private ParameterValues() {
    }

    /** The values of one INSERT column (one per batch row) as a view of {@code field}'s type. */
    static ColumnView column(List<Object> values, StmtField field, int index, ZoneId zone) throws SQLException {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(typed(v, field, index, zone));
        }
        return view(out, field.type());
    }

    /** One value converted to the Java class bound to {@code field}'s type; null stays null. */
    static Object typed(Object value, StmtField field, int index, ZoneId zone) throws SQLException {
        if (value == null) {
            return null;
        }
        TaosType t = field.type();
        try {
            return switch (t) {
                case BOOL -> bool(value);
                case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT -> integer(value);
                case UBIGINT -> unsigned(value);
                case FLOAT -> value instanceof String s ? Float.parseFloat(s.trim()) : number(value).floatValue();
                case DOUBLE -> value instanceof String s ? Double.parseDouble(s.trim()) : number(value).doubleValue();
                case TIMESTAMP -> ticks(value, Precision.ofCode(field.precision()), zone);
                case VARCHAR, NCHAR, JSON -> text(value);
                case VARBINARY, GEOMETRY, BLOB, MEDIUMBLOB -> bytes(value);
                case DECIMAL, DECIMAL64 -> decimal(value);
                default -> throw mismatch(value, field, index);
            };
        } catch (ArithmeticException | NumberFormatException | DateTimeParseException | ClassCastException e) {
            throw mismatch(value, field, index);
        }
    }

    /** A query parameter as one of the classes the connector binds with its own type. */
    static Object plain(Object value, int index, ZoneId zone) throws SQLException {
        if (value == null || value instanceof Boolean || value instanceof Byte || value instanceof Short
                || value instanceof Integer || value instanceof Long || value instanceof Float
                || value instanceof Double || value instanceof String || value instanceof byte[]
                || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Instant) {
            return value;
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        Instant i = instant(value, zone);
        if (i != null) {
            return i;
        }
        throw SqlExceptions.of(new TaosException(TaosError.TSC_INVALID_OPERATION.code(), MISMATCH + ": parameter "
                + index + " is a " + value.getClass().getName() + ", which has no TDengine type"));
    }

    private static ColumnView view(List<Object> values, TaosType t) {
        return switch (t) {
            case BOOL -> ColumnView.ofBooleans(cast(values));
            case UBIGINT -> ColumnView.ofUnsignedLongs(cast(values));
            case FLOAT -> ColumnView.ofFloats(cast(values));
            case DOUBLE -> ColumnView.ofDoubles(cast(values));
            case TIMESTAMP -> ColumnView.ofTimestamps(cast(values));
            case VARCHAR, NCHAR, JSON -> ColumnView.ofStrings(cast(values));
            case VARBINARY, GEOMETRY, BLOB, MEDIUMBLOB -> ColumnView.ofBinary(cast(values));
            case DECIMAL, DECIMAL64 -> ColumnView.ofDecimals(cast(values));
            default -> ColumnView.ofLongs(cast(values));
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> values) {
        return (List<T>) (List<?>) values;
    }

    private static Boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            String t = s.trim();
            if (t.equalsIgnoreCase("true") || t.equals("1")) {
                return true;
            }
            if (t.equalsIgnoreCase("false") || t.equals("0")) {
                return false;
            }
            throw new NumberFormatException(s);
        }
        return integer(v) != 0;
    }

    private static Long integer(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof String s) {
            return new BigDecimal(s.trim()).longValueExact();
        }
        return decimal(v).longValueExact();
    }

    private static BigInteger unsigned(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof String s) {
            return new BigDecimal(s.trim()).toBigIntegerExact();
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof Short
                || v instanceof Byte) {
            return BigInteger.valueOf(integer(v));
        }
        return decimal(v).toBigIntegerExact();
    }

    private static Number number(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return (Number) v;
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Double || v instanceof Float) {
            return new BigDecimal(v.toString());
        }
        if (v instanceof String s) {
            return new BigDecimal(s.trim());
        }
        return BigDecimal.valueOf(((Number) v).longValue());
    }

    private static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof Character) {
            return v.toString();
        }
        throw new ClassCastException(v.getClass().getName());
    }

    private static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw new ClassCastException(v.getClass().getName());
    }

    /** Ticks in the column's precision: numbers are ticks already; date-times and text are points in time. */
    private static Long ticks(Object v, Precision precision, ZoneId zone) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger || v instanceof BigDecimal) {
            return decimal(v).longValueExact();
        }
        Instant i = v instanceof String s ? parse(s.trim(), zone) : instant(v, zone);
        if (i == null) {
            throw new ClassCastException(v.getClass().getName());
        }
        return precision.fromInstant(i);
    }

    /** RFC 3339 with an offset, or {@code yyyy-MM-dd[ HH:mm:ss[.f]]} in the connection's zone. */
    private static Instant parse(String s, ZoneId zone) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s.replace('T', ' '), LOCAL).atZone(zone).toInstant();
        }
    }

    /** The instant of a date-time value, or null when {@code v} is none. */
    private static Instant instant(Object v, ZoneId zone) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof java.util.Date d) {
            // java.sql.Date and java.sql.Time refuse toInstant()
            return Instant.ofEpochMilli(d.getTime());
        }
        if (v instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        return null;
    }

    private static SQLException mismatch(Object value, StmtField field, int index) {
        return SqlExceptions.of(new TaosException(TaosError.TSC_INVALID_OPERATION.code(), MISMATCH + ": parameter "
                + index + " (" + field.name() + ", " + field.type().sqlName() + ") cannot take the "
                + value.getClass().getSimpleName() + " value " + shown(value)));
    }

    private static String shown(Object value) {
        String s = value instanceof byte[] b ? b.length + " bytes" : String.valueOf(value);
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
