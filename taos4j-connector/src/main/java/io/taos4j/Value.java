package io.taos4j;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One value of a result set, with its TDengine type: the Java counterpart of the Rust connector's {@code Value}.
 *
 * <p>{@link #asObject()} gives the natural Java object for the type: BOOL {@link Boolean}; TINYINT {@link Byte};
 * SMALLINT {@link Short}; INT {@link Integer}; BIGINT {@link Long}; TINYINT UNSIGNED {@link Short}; SMALLINT
 * UNSIGNED {@link Integer}; INT UNSIGNED {@link Long}; BIGINT UNSIGNED {@link BigInteger}; FLOAT {@link Float};
 * DOUBLE {@link Double}; TIMESTAMP {@link Instant}; VARCHAR, NCHAR, JSON {@link String}; VARBINARY, GEOMETRY, BLOB
 * {@code byte[]} (a copy); DECIMAL {@link BigDecimal}; NULL {@code null}. The typed accessors convert where a
 * conversion is lossless or conventional and throw {@link TaosException} otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class Value {
    private final TaosType type;
    private final Object value;
    private final Precision precision;

    private Value(TaosType type, Object value, Precision precision) {
        this.type = type;
        this.value = value;
        this.precision = precision;
    }

    /** A NULL of the given type. */
    public static Value ofNull(TaosType type) {
        return new Value(type, null, Precision.MILLISECONDS);
    }

    /**
     * A value from its natural Java object (see the class comment); TIMESTAMP accepts ticks as {@link Long} in
     * {@code precision} or an {@link Instant}.
     */
    public static Value of(TaosType type, Object value, Precision precision) {
        Objects.requireNonNull(type, "type");
        Object v = value;
        if (type == TaosType.TIMESTAMP && value instanceof Long ticks) {
            v = precision.toInstant(ticks);
        }
        return new Value(type, v, precision == null ? Precision.MILLISECONDS : precision);
    }

    public TaosType type() {
        return type;
    }

    public boolean isNull() {
        return value == null;
    }

    /** The natural Java object for the type (see the class comment), or null. */
    public Object asObject() {
        return value instanceof byte[] b ? b.clone() : value;
    }

    public boolean asBoolean() {
        Object v = require();
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        throw conversion("boolean");
    }

    public int asInt() {
        long l = asLong();
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw conversion("int");
        }
        return (int) l;
    }

    public long asLong() {
        Object v = require();
        if (v instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw conversion("long");
            }
            return b.longValue();
        }
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Instant i) {
            return precision.fromInstant(i);
        }
        throw conversion("long");
    }

    public double asDouble() {
        Object v = require();
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw conversion("double");
    }

    public BigDecimal asBigDecimal() {
        Object v = require();
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Float || v instanceof Double) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        throw conversion("BigDecimal");
    }

    public Instant asInstant() {
        Object v = require();
        if (v instanceof Instant i) {
            return i;
        }
        throw conversion("Instant");
    }

    /** Text of VARCHAR, NCHAR and JSON values; other types render as {@link #toString()}. Null for NULL. */
    public String asString() {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : toString();
    }

    /** The bytes of VARBINARY, GEOMETRY and BLOB values, UTF-8 of text values; a copy. Null for NULL. */
    public byte[] asBytes() {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] b) {
            return b.clone();
        }
        if (value instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw conversion("byte[]");
    }

    private Object require() {
        if (value == null) {
            throw new TaosException(io.taos4j.protocol.TaosError.TSC_INVALID_VALUE.code(),
                    "NULL " + type.sqlName() + " value has no primitive value; check isNull() first");
        }
        return value;
    }

    private TaosException conversion(String to) {
        return new TaosException(io.taos4j.protocol.TaosError.TSC_INVALID_VALUE.code(),
                "cannot read a " + type.sqlName() + " value (" + this + ") as " + to);
    }

    /** The value as TDengine's shell prints it: {@code NULL}, numbers, text, timestamps in ISO-8601, hex bytes. */
    @Override
    public String toString() {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] b) {
            return "\\x" + HexFormat.of().withUpperCase().formatHex(b);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Value other) || other.type != type) {
            return false;
        }
        if (value instanceof byte[] a && other.value instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        return Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + (value instanceof byte[] b ? Arrays.hashCode(b) : Objects.hashCode(value));
    }
}
