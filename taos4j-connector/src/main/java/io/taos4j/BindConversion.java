package io.taos4j;

import io.taos4j.ColumnView.Kind;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
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
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Converts {@link ColumnView}s to the vectors a bind sends for a column of a given type, with range checks; and
 * builds views from objects and records. Stateless.
 */
final class BindConversion {
    private BindConversion() {
    }

    /**
     * The view's values as a vector for a column of {@code target} (decimals as text): the view's own vector when
     * it already has the right class and range, else a converted copy.
     *
     * @param precision the column's timestamp precision (for instants)
     * @throws TaosException 0x0118 naming {@code field} when a value cannot bind to the column
     */
    static ColumnVector convert(ColumnView view, TaosType target, Precision precision, String field) {
        Kind kind = view.kind();
        int n = view.rows();
        if (kind == Kind.NULL) {
            ColumnVector v = ColumnVector.allocate(wireVectorType(target), n);
            for (int i = 0; i < n; i++) {
                v.appendNull();
            }
            return v;
        }
        switch (target) {
            case BOOL:
                if (kind == Kind.BOOL) {
                    return view.vector();
                }
                requireIntegral(kind, target, field);
                BoolVector b = new BoolVector(n);
                for (int r = 0; r < n; r++) {
                    if (view.isNull(r)) {
                        b.appendNull();
                    } else {
                        b.append(raw(view, r) != 0);
                    }
                }
                return b;
            case TINYINT, UTINYINT, SMALLINT, USMALLINT, INT, UINT, BIGINT, UBIGINT:
                return integers(view, target, field);
            case FLOAT, DOUBLE:
                return floats(view, target, field);
            case TIMESTAMP:
                return timestamps(view, precision, field);
            case VARCHAR, NCHAR, JSON:
                if (kind == Kind.STRING) {
                    return view.vector();
                }
                throw cannot(view, target, field);
            case VARBINARY, GEOMETRY, BLOB:
                if (kind == Kind.BYTES || kind == Kind.STRING) {
                    return view.vector();
                }
                throw cannot(view, target, field);
            case DECIMAL, DECIMAL64:
                return decimals(view, target, field);
            default:
                throw cannot(view, target, field);
        }
    }

    /** The vector class a wire type travels in (decimals as text). */
    static TaosType wireVectorType(TaosType t) {
        return t.isDecimal() ? TaosType.VARCHAR : t;
    }

    private static ColumnVector integers(ColumnView view, TaosType target, String field) {
        Kind kind = view.kind();
        requireIntegral(kind, target, field);
        int n = view.rows();
        ColumnVector own = view.vector();
        if (own.type() == target && kind != Kind.BOOL) {
            return own; // already the column's type: every value is in range
        }
        long min = min(target);
        long max = max(target);
        boolean unsignedSource = kind == Kind.UNSIGNED;
        for (int r = 0; r < n; r++) {
            if (!view.isNull(r)) {
                long v = raw(view, r);
                boolean ok = unsignedSource ? (target == TaosType.UBIGINT || v >= 0 && v <= max)
                        : target == TaosType.UBIGINT ? v >= 0 : v >= min && v <= max;
                if (!ok) {
                    throw new TaosException(TaosError.INVALID_PARA.code(), "value " + (unsignedSource
                            ? Long.toUnsignedString(v) : Long.toString(v)) + " in row " + r + " is out of range for "
                            + field + " (" + target.sqlName() + ")");
                }
            }
        }
        ColumnVector out = ColumnVector.allocate(target, n);
        for (int r = 0; r < n; r++) {
            if (view.isNull(r)) {
                out.appendNull();
                continue;
            }
            long v = raw(view, r);
            if (out instanceof ByteVector x) {
                x.append((byte) v);
            } else if (out instanceof ShortVector x) {
                x.append((short) v);
            } else if (out instanceof IntVector x) {
                x.append((int) v);
            } else {
                ((LongVector) out).append(v);
            }
        }
        return out;
    }

    private static ColumnVector floats(ColumnView view, TaosType target, String field) {
        Kind kind = view.kind();
        if (target == TaosType.FLOAT && kind == Kind.FLOAT || target == TaosType.DOUBLE && kind == Kind.DOUBLE) {
            return view.vector();
        }
        boolean numeric = kind == Kind.FLOAT || kind == Kind.DOUBLE || isIntegral(kind);
        if (!numeric) {
            throw cannot(view, target, field);
        }
        int n = view.rows();
        ColumnVector out = ColumnVector.allocate(target, n);
        for (int r = 0; r < n; r++) {
            if (view.isNull(r)) {
                out.appendNull();
                continue;
            }
            double d = kind == Kind.FLOAT ? ((FloatVector) view.vector()).get(r)
                    : kind == Kind.DOUBLE ? ((DoubleVector) view.vector()).get(r)
                    : kind == Kind.UNSIGNED ? new BigInteger(Long.toUnsignedString(raw(view, r))).doubleValue()
                    : raw(view, r);
            if (out instanceof FloatVector f) {
                f.append((float) d);
            } else {
                ((DoubleVector) out).append(d);
            }
        }
        return out;
    }

    private static ColumnVector timestamps(ColumnView view, Precision precision, String field) {
        Kind kind = view.kind();
        if (kind == Kind.TICKS) {
            return view.vector();
        }
        if (kind == Kind.LONG) {
            LongVector own = (LongVector) view.vector();
            LongVector out = LongVector.wrap(TaosType.TIMESTAMP, own.values(), own.size());
            for (int r = 0; r < own.size(); r++) {
                if (own.isNull(r)) {
                    out.setNull(r);
                }
            }
            return out;
        }
        if (kind != Kind.INSTANT) {
            throw cannot(view, TaosType.TIMESTAMP, field);
        }
        Instant[] in = view.instants();
        LongVector out = new LongVector(TaosType.TIMESTAMP, in.length);
        for (Instant i : in) {
            if (i == null) {
                out.appendNull();
            } else {
                try {
                    out.append(precision.fromInstant(i));
                } catch (ArithmeticException e) {
                    throw new TaosException(TaosError.INVALID_PARA.code(), "timestamp " + i + " is out of range for "
                            + field + " in precision " + precision.sqlName());
                }
            }
        }
        return out;
    }

    private static ColumnVector decimals(ColumnView view, TaosType target, String field) {
        Kind kind = view.kind();
        if (kind == Kind.DECIMAL) {
            return view.vector();
        }
        if (!isIntegral(kind) && kind != Kind.FLOAT && kind != Kind.DOUBLE) {
            throw cannot(view, target, field);
        }
        int n = view.rows();
        BinaryVector out = new BinaryVector(TaosType.VARCHAR, n);
        for (int r = 0; r < n; r++) {
            if (view.isNull(r)) {
                out.appendNull();
                continue;
            }
            String text = kind == Kind.FLOAT ? new BigDecimal(Float.toString(((FloatVector) view.vector()).get(r)))
                    .toPlainString()
                    : kind == Kind.DOUBLE ? BigDecimal.valueOf(((DoubleVector) view.vector()).get(r)).toPlainString()
                    : kind == Kind.UNSIGNED ? Long.toUnsignedString(raw(view, r)) : Long.toString(raw(view, r));
            out.append(text.getBytes(StandardCharsets.US_ASCII));
        }
        return out;
    }

    /**
     * The type and vector a query parameter travels with when no column type is known: the view's own, except
     * instants, which travel as RFC 3339 text so that the server reads them in the queried table's precision.
     */
    static TaosType queryType(ColumnView view) {
        return switch (view.kind()) {
            case INSTANT, NULL -> TaosType.VARCHAR;
            default -> view.type();
        };
    }

    static ColumnVector queryVector(ColumnView view) {
        if (view.kind() == Kind.INSTANT || view.kind() == Kind.NULL) {
            List<String> text = new ArrayList<>(view.rows());
            for (int r = 0; r < view.rows(); r++) {
                text.add(view.isNull(r) ? null : view.instants()[r].toString());
            }
            return ColumnView.ofStrings(text).vector();
        }
        return view.vector();
    }

    private static long raw(ColumnView view, int r) {
        ColumnVector v = view.vector();
        if (v instanceof ByteVector x) {
            return x.get(r);
        } else if (v instanceof ShortVector x) {
            return x.get(r);
        } else if (v instanceof IntVector x) {
            return x.get(r);
        } else if (v instanceof LongVector x) {
            return x.get(r);
        }
        return ((BoolVector) v).get(r) != 0 ? 1 : 0;
    }

    private static boolean isIntegral(Kind kind) {
        return switch (kind) {
            case BOOL, BYTE, SHORT, INT, LONG, UNSIGNED -> true;
            default -> false;
        };
    }

    private static void requireIntegral(Kind kind, TaosType target, String field) {
        if (!isIntegral(kind)) {
            throw new TaosException(TaosError.INVALID_PARA.code(), field + " is " + target.sqlName()
                    + "; values of " + kind + " cannot bind to it");
        }
    }

    private static long min(TaosType t) {
        return switch (t) {
            case TINYINT -> Byte.MIN_VALUE;
            case SMALLINT -> Short.MIN_VALUE;
            case INT -> Integer.MIN_VALUE;
            case BIGINT -> Long.MIN_VALUE;
            default -> 0;
        };
    }

    private static long max(TaosType t) {
        return switch (t) {
            case TINYINT -> Byte.MAX_VALUE;
            case SMALLINT -> Short.MAX_VALUE;
            case INT -> Integer.MAX_VALUE;
            case UTINYINT -> 0xFF;
            case USMALLINT -> 0xFFFF;
            case UINT -> 0xFFFF_FFFFL;
            default -> Long.MAX_VALUE;
        };
    }

    private static TaosException cannot(ColumnView view, TaosType target, String field) {
        return new TaosException(TaosError.INVALID_PARA.code(), field + " is " + target.sqlName()
                + "; a column of " + view.type().sqlName() + " values cannot bind to it");
    }

    static ColumnView ofValues(List<?> values) {
        Class<?> cls = null;
        for (Object v : values) {
            if (v != null) {
                Class<?> c = v instanceof java.util.Date ? Instant.class : v.getClass();
                if (cls != null && cls != c) {
                    throw new IllegalArgumentException("mixed value classes " + cls.getName() + " and " + c.getName());
                }
                cls = c;
            }
        }
        if (cls == null) {
            return ColumnView.nulls(values.size());
        }
        return ofClass(cls, values);
    }

    @SuppressWarnings("unchecked")
    private static ColumnView ofClass(Class<?> cls, List<?> values) {
        if (cls == Boolean.class || cls == boolean.class) {
            return ColumnView.ofBooleans((List<Boolean>) values);
        } else if (cls == Byte.class || cls == byte.class) {
            return ColumnView.ofBytes((List<Byte>) values);
        } else if (cls == Short.class || cls == short.class) {
            return ColumnView.ofShorts((List<Short>) values);
        } else if (cls == Integer.class || cls == int.class) {
            return ColumnView.ofInts((List<Integer>) values);
        } else if (cls == Long.class || cls == long.class) {
            return ColumnView.ofLongs((List<Long>) values);
        } else if (cls == Float.class || cls == float.class) {
            return ColumnView.ofFloats((List<Float>) values);
        } else if (cls == Double.class || cls == double.class) {
            return ColumnView.ofDoubles((List<Double>) values);
        } else if (cls == Instant.class || java.util.Date.class.isAssignableFrom(cls)) {
            List<Instant> instants = new ArrayList<>(values.size());
            for (Object o : values) {
                instants.add(o == null ? null : o instanceof Instant i ? i : ((java.util.Date) o).toInstant());
            }
            return ColumnView.ofInstants(instants);
        } else if (cls == String.class) {
            return ColumnView.ofStrings((List<String>) values);
        } else if (cls == byte[].class) {
            return ColumnView.ofBinary((List<byte[]>) values);
        } else if (cls == BigDecimal.class) {
            return ColumnView.ofDecimals((List<BigDecimal>) values);
        } else if (cls == BigInteger.class) {
            return ColumnView.ofUnsignedLongs((List<BigInteger>) values);
        }
        throw new IllegalArgumentException("no column kind for values of " + cls.getName());
    }

    static <R extends Record> List<ColumnView> ofRecords(List<R> rows, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<ColumnView> out = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            Object[] values = new Object[rows.size()];
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                for (int i = 0; i < values.length; i++) {
                    values[i] = accessor.invoke(rows.get(i));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot read component " + c.getName() + " of " + type.getName(),
                        e);
            }
            Class<?> cls = c.getType().isPrimitive() ? c.getType()
                    : java.util.Date.class.isAssignableFrom(c.getType()) ? Instant.class : c.getType();
            out.add(ofClass(cls, Collections.unmodifiableList(Arrays.asList(values))));
        }
        return out;
    }
}
