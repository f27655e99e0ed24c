package io.taos4j.internal.mapping;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.Value;
import io.taos4j.protocol.TaosType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Converts one cell of a {@link Block} into a Java type: the conversion rules of record mapping.
 *
 * <p>Integers convert to any integer type the value fits in (checked per value), and to BigInteger/BigDecimal;
 * FLOAT converts to float or double, DOUBLE to double; unsigned types read unsigned; TIMESTAMP converts to
 * Instant, LocalDateTime/LocalDate/OffsetDateTime/ZonedDateTime (in the result's time zone), Date or long ticks;
 * DECIMAL to BigDecimal (or double); text to String (or an enum by name); JSON (and text) to String or a Jackson
 * JsonNode; VARBINARY, GEOMETRY and BLOB to byte[]; NULL to null, or the empty value for Optional, OptionalInt,
 * OptionalLong and OptionalDouble targets (a NULL into a primitive is an error naming the column and the field);
 * anything to Object (natural type) or {@link Value}.
 */
final class Converters {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a cell. */
    @FunctionalInterface
    interface Converter {
        Object read(Block block, int col, int row);
    }

    private Converters() {
    }

    /**
     * The converter from {@code field} to {@code target}, or null when the types cannot convert.
     *
     * @param genericTarget the generic type (for {@code Optional<X>}), or the class itself
     */
    static Converter of(Field field, Class<?> target, Type genericTarget, ZoneId zone) {
        if (target == OptionalInt.class || target == OptionalLong.class || target == OptionalDouble.class) {
            Class<?> inner = target == OptionalInt.class ? Integer.class
                    : target == OptionalLong.class ? Long.class : Double.class;
            Converter c = nonNull(field, inner, zone);
            if (c == null) {
                return null;
            }
            return (b, col, row) -> {
                if (b.isNull(col, row)) {
                    return empty(target);
                }
                Object v = c.read(b, col, row);
                return target == OptionalInt.class ? OptionalInt.of((Integer) v)
                        : target == OptionalLong.class ? OptionalLong.of((Long) v) : OptionalDouble.of((Double) v);
            };
        }
        if (target == Optional.class) {
            Type inner = genericTarget instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            Class<?> innerClass = inner instanceof Class<?> c ? c
                    : inner instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c2 ? c2 : Object.class;
            Converter c = of(field, innerClass, inner, zone);
            if (c == null) {
                return null;
            }
            return (b, col, row) -> b.isNull(col, row) ? Optional.empty() : Optional.ofNullable(c.read(b, col, row));
        }
        Converter base = nonNull(field, box(target), zone);
        if (base == null) {
            return null;
        }
        if (target.isPrimitive()) {
            return (b, col, row) -> {
                if (b.isNull(col, row)) {
                    throw new NullValue();
                }
                return base.read(b, col, row);
            };
        }
        return (b, col, row) -> b.isNull(col, row) ? null : base.read(b, col, row);
    }

    /** The empty value of an optional type ({@code Optional}, {@code OptionalInt}...), or null for other types. */
    static Object empty(Class<?> type) {
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (type == OptionalLong.class) {
            return OptionalLong.empty();
        }
        if (type == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        return null;
    }

    /** Thrown when a NULL meets a primitive target; the mapper turns it into a message naming both sides. */
    static final class NullValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NullValue() {
            super(null, null, false, false);
        }
    }

    private static Converter nonNull(Field field, Class<?> target, ZoneId zone) {
        TaosType t = field.type();
        if (target == Object.class) {
            return Block::getObject;
        }
        if (target == Value.class) {
            return Block::value;
        }
        boolean integral = t.isInteger() || t == TaosType.BOOL;
        if (target == Boolean.class) {
            return t == TaosType.BOOL || t.isInteger() ? Block::getBoolean : null;
        }
        if (target == Long.class) {
            if (t == TaosType.UBIGINT) {
                return (b, c, r) -> b.getBigInteger(c, r).longValueExact();
            }
            return integral || t == TaosType.TIMESTAMP ? Block::getLong : null;
        }
        if (target == Integer.class || target == Short.class || target == Byte.class) {
            if (!integral) {
                return null;
            }
            return (b, c, r) -> {
                long v = t == TaosType.UBIGINT ? b.getBigInteger(c, r).longValueExact() : b.getLong(c, r);
                if (target == Integer.class) {
                    return Math.toIntExact(v);
                }
                if (target == Short.class) {
                    if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                        throw new ArithmeticException("short overflow: " + v);
                    }
                    return (short) v;
                }
                if (v < Byte.MIN_VALUE || v > Byte.MAX_VALUE) {
                    throw new ArithmeticException("byte overflow: " + v);
                }
                return (byte) v;
            };
        }
        if (target == Double.class) {
            return t.isNumeric() ? Block::getDouble : null;
        }
        if (target == Float.class) {
            return t == TaosType.FLOAT || t.isInteger() && t.fixedSize() <= 2 ? Block::getFloat : null;
        }
        if (target == BigInteger.class) {
            return integral ? Block::getBigInteger : null;
        }
        if (target == BigDecimal.class) {
            return t.isNumeric() ? Block::getBigDecimal : null;
        }
        if (target == String.class) {
            return Block::getString;
        }
        if (JsonNode.class.isAssignableFrom(target)) {
            return t == TaosType.JSON || t.isText() ? (b, c, r) -> json(target, b.getString(c, r)) : null;
        }
        if (target == byte[].class) {
            return t.isVarLength() ? Block::getBytes : null;
        }
        if (t == TaosType.TIMESTAMP) {
            if (target == Instant.class) {
                return Block::getInstant;
            }
            if (target == LocalDateTime.class) {
                return (b, c, r) -> LocalDateTime.ofInstant(b.getInstant(c, r), zone);
            }
            if (target == LocalDate.class) {
                return (b, c, r) -> LocalDate.ofInstant(b.getInstant(c, r), zone);
            }
            if (target == OffsetDateTime.class) {
                return (b, c, r) -> OffsetDateTime.ofInstant(b.getInstant(c, r), zone);
            }
            if (target == ZonedDateTime.class) {
                return (b, c, r) -> ZonedDateTime.ofInstant(b.getInstant(c, r), zone);
            }
            if (target == Date.class) {
                return (b, c, r) -> Date.from(b.getInstant(c, r));
            }
        }
        if (target.isEnum() && t.isText()) {
            return (b, c, r) -> enumValue(target, b.getString(c, r));
        }
        return null;
    }

    private static Object json(Class<?> target, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!target.isInstance(node)) {
                throw new IllegalArgumentException("JSON value " + node.getNodeType() + " is not a "
                        + target.getSimpleName());
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        if (c == int.class) {
            return Integer.class;
        }
        if (c == long.class) {
            return Long.class;
        }
        if (c == double.class) {
            return Double.class;
        }
        if (c == float.class) {
            return Float.class;
        }
        if (c == boolean.class) {
            return Boolean.class;
        }
        if (c == short.class) {
            return Short.class;
        }
        if (c == byte.class) {
            return Byte.class;
        }
        return c;
    }
}
