package io.taos4j.jdbc.internal;

import io.taos4j.protocol.Precision;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@link java.sql.ResultSet#getObject(int, Class)}: a non-null value converted to the requested class. Date-time
 * classes without a zone ({@link LocalDateTime}, {@link LocalDate}, {@link LocalTime}) and the zoned ones
 * ({@link OffsetDateTime}, {@link ZonedDateTime}) are in the result set's session zone.
 */
final class Conversions {
    private Conversions() {
    }

    static Object to(Object v, Class<?> type, JdbcResultSet rs, int column) throws SQLException {
        Precision p = rs.precision();
        ZoneId zone = rs.zone();
        if (type == Object.class) {
            return rs.getObject(column);
        }
        if (type == String.class) {
            return Values.string(v);
        }
        if (type == Boolean.class || type == boolean.class) {
            return Values.bool(v);
        }
        if (type == Byte.class || type == byte.class) {
            return (byte) Values.integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", p);
        }
        if (type == Short.class || type == short.class) {
            return (short) Values.integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "short", p);
        }
        if (type == Integer.class || type == int.class) {
            return (int) Values.integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "int", p);
        }
        if (type == Long.class || type == long.class) {
            return Values.integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "long", p);
        }
        if (type == Float.class || type == float.class) {
            return Values.float32(v, p);
        }
        if (type == Double.class || type == double.class) {
            return Values.floating(v, p);
        }
        if (type == BigDecimal.class) {
            return Values.bigDecimal(v, p);
        }
        if (type == BigInteger.class) {
            return Values.bigInteger(v, p);
        }
        if (type == byte[].class) {
            return Values.bytes(v);
        }
        if (type == java.sql.Blob.class) {
            return new javax.sql.rowset.serial.SerialBlob(Values.bytes(v));
        }
        return temporal(v, type, zone, p);
    }

    private static Object temporal(Object v, Class<?> type, ZoneId zone, Precision p) throws SQLException {
        if (type == Timestamp.class || type == java.util.Date.class) {
            return Timestamp.from(Values.instant(v, zone, p));
        }
        if (type == java.sql.Date.class) {
            return Values.date(Values.instant(v, zone, p), zone);
        }
        if (type == java.sql.Time.class) {
            return Values.time(Values.instant(v, zone, p), zone);
        }
        if (type == Instant.class) {
            return Values.instant(v, zone, p);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(Values.instant(v, zone, p), zone);
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(Values.instant(v, zone, p), zone);
        }
        if (type == LocalTime.class) {
            return LocalTime.ofInstant(Values.instant(v, zone, p), zone);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.ofInstant(Values.instant(v, zone, p), zone);
        }
        if (type == ZonedDateTime.class) {
            return ZonedDateTime.ofInstant(Values.instant(v, zone, p), zone);
        }
        if (type == OffsetTime.class) {
            return OffsetTime.ofInstant(Values.instant(v, zone, p), zone);
        }
        if (type.isInstance(v)) {
            return v;
        }
        throw Values.cannot(v, type.getName());
    }
}
