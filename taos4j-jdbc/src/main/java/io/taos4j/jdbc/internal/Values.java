package io.taos4j.jdbc.internal;

import io.taos4j.protocol.Precision;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Conversions of the connector's natural values (see {@link Cursor}) to what JDBC getters return. Lossy conversions
 * are refused with SQLSTATE 22003 (out of range) or 22018 (not convertible); fractions are truncated when a
 * floating or decimal value is read as an integer, as JDBC allows.
 */
final class Values {
    private Values() {
    }

    static String string(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Instant i) {
            return Timestamp.from(i).toString();
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(v);
    }

    static boolean bool(Object v) throws SQLException {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1" -> {
                    return true;
                }
                case "false", "0" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        throw cannot(v, "boolean");
    }

    /** An integral value within {@code [min, max]}; {@code what} names the target type in errors. */
    static long integral(Object v, long min, long max, String what, Precision precision) throws SQLException {
        long n;
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            n = ((Number) v).longValue();
        } else if (v instanceof Boolean b) {
            n = b ? 1 : 0;
        } else if (v instanceof Instant i) {
            n = precision.fromInstant(i);
        } else if (v instanceof Float || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || d < min || d > max) {
                throw outOfRange(v, what);
            }
            n = (long) d;
        } else if (v instanceof BigInteger || v instanceof BigDecimal || v instanceof String) {
            BigInteger b = bigDecimal(v, precision).toBigInteger();
            if (b.bitLength() > 63) {
                throw outOfRange(v, what);
            }
            n = b.longValue();
        } else {
            throw cannot(v, what);
        }
        if (n < min || n > max) {
            throw outOfRange(v, what);
        }
        return n;
    }

    static double floating(Object v, Precision precision) throws SQLException {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Instant i) {
            return precision.fromInstant(i);
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw cannot(v, "double");
            }
        }
        throw cannot(v, "double");
    }

    static float float32(Object v, Precision precision) throws SQLException {
        if (v instanceof Float f) {
            return f;
        }
        double d = floating(v, precision);
        if (!Double.isInfinite(d) && Math.abs(d) > Float.MAX_VALUE) {
            throw outOfRange(v, "float");
        }
        return (float) d;
    }

    static BigDecimal bigDecimal(Object v, Precision precision) throws SQLException {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Float || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw cannot(v, "BigDecimal");
            }
            return new BigDecimal(v.toString());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof Instant i) {
            return BigDecimal.valueOf(precision.fromInstant(i));
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw cannot(v, "BigDecimal");
            }
        }
        throw cannot(v, "BigDecimal");
    }

    static BigInteger bigInteger(Object v, Precision precision) throws SQLException {
        if (v instanceof BigInteger b) {
            return b;
        }
        BigDecimal d = bigDecimal(v, precision);
        try {
            return d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw cannot(v, "BigInteger");
        }
    }

    static byte[] bytes(Object v) throws SQLException {
        if (v instanceof byte[] b) {
            return b.clone();
        }
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw cannot(v, "byte[]");
    }

    /** A point in time: a TIMESTAMP, ticks of an integer, or text read in {@code zone} when it has no offset. */
    static Instant instant(Object v, ZoneId zone, Precision precision) throws SQLException {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Long || v instanceof Integer) {
            return precision.toInstant(((Number) v).longValue());
        }
        if (v instanceof String s) {
            String t = s.trim();
            try {
                return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException e) {
                // no offset: local time in zone
            }
            try {
                return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // a date alone
            }
            try {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw SqlExceptions.of(SqlState.INVALID_DATETIME_FORMAT, "cannot read \"" + s + "\" as a timestamp");
            }
        }
        throw cannot(v, "timestamp");
    }

    static Timestamp timestamp(Instant i) {
        return Timestamp.from(i);
    }

    /** The date of {@code i} in {@code zone}, as a {@link Date} whose millis are that day's start in {@code zone}. */
    static Date date(Instant i, ZoneId zone) {
        LocalDate d = i.atZone(zone).toLocalDate();
        return new Date(d.atStartOfDay(zone).toInstant().toEpochMilli());
    }

    /** The time of day of {@code i} in {@code zone}, on 1970-01-01 in {@code zone}, milliseconds kept. */
    static Time time(Instant i, ZoneId zone) {
        LocalTime t = i.atZone(zone).toLocalTime();
        return new Time(t.atDate(LocalDate.EPOCH).atZone(zone).toInstant().toEpochMilli());
    }

    static SQLException cannot(Object v, String what) {
        String shown = v instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(v);
        return SqlExceptions.conversion("cannot read " + v.getClass().getSimpleName() + " value " + shown
                + " as " + what);
    }

    static SQLException outOfRange(Object v, String what) {
        return SqlExceptions.outOfRange("value " + v + " is out of the range of " + what);
    }
}
