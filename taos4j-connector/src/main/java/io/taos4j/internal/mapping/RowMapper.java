package io.taos4j.internal.mapping;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.TaosColumn;
import io.taos4j.TaosException;
import io.taos4j.protocol.TaosError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps rows of a result set to instances of a record, a POJO, a {@link Map} (label to natural object, in column
 * order) or {@code Object[]}: the connector's equivalent of the Rust connector's serde deserialization. Planned once
 * per result (reflection, column matching and converter choice happen in {@link #of}), then cheap per row.
 *
 * <p>Columns match record components, fields or setters ({@code setX(value)}, used for a field when present) by
 * exact name, then case-insensitively, then ignoring underscores ({@code group_id} matches {@code groupId});
 * {@link TaosColumn} names a column explicitly (and then only that exact label matches). A record component without
 * a matching column is an error unless it is an {@link Optional}; POJO properties without a column are left alone.
 * Conversion rules: {@link Converters}. Thread-safe.
 */
public final class RowMapper<T> {
    private final Class<T> type;
    private final Kind kind;
    private final MethodHandle constructor;
    private final Slot[] slots;
    private final List<Field> fields;
    /** Records: {@code (Block, int)Object} reading every component and constructing (see {@link RecordHandle}). */
    private final MethodHandle rowHandle;
    /** Records: the constructor taking an {@code Object[]} (the slot-by-slot path). */
    private final MethodHandle spreader;

    private enum Kind { RECORD, POJO, MAP, ARRAY }

    /**
     * Record mappers already planned, per record class, for the last few column lists and zones: a query run again
     * reuses the mapper, whose method handle the JIT has then already compiled (a fresh handle per query costs
     * about a microsecond a row in compilation over a million-row result). Held per class, so that a class loader
     * can go away with its classes.
     */
    private static final ClassValue<Map<MapperKey, RowMapper<?>>> RECORD_MAPPERS = new ClassValue<>() {
        @Override
        protected Map<MapperKey, RowMapper<?>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    /** Mappers kept per record class; past this, that class's cache starts over. */
    private static final int MAPPERS_PER_CLASS = 32;

    private record MapperKey(List<Field> fields, ZoneId zone) {
    }

    /** One target property: where it comes from and how it is stored. */
    private record Slot(String property, int column, Converters.Converter converter, MethodHandle setter,
                        Class<?> javaType) {
    }

    private RowMapper(Class<T> type, Kind kind, MethodHandle constructor, Slot[] slots, List<Field> fields) {
        this.type = type;
        this.kind = kind;
        this.constructor = constructor;
        this.slots = slots;
        this.fields = fields;
        if (kind == Kind.RECORD) {
            spreader = constructor.asType(constructor.type().generic()).asSpreader(Object[].class, slots.length);
            RecordHandle.Part[] parts = new RecordHandle.Part[slots.length];
            for (int i = 0; i < slots.length; i++) {
                Slot s = slots[i];
                parts[i] = new RecordHandle.Part(constructor.type().parameterType(i), s.column(),
                        s.column() < 0 ? null : fields.get(s.column()).type(), s.converter(),
                        s.column() < 0 ? Converters.empty(s.javaType()) : null);
            }
            rowHandle = RecordHandle.of(constructor, parts);
        } else {
            spreader = null;
            rowHandle = null;
        }
    }

    /**
     * Plans the mapping of rows with {@code fields} to {@code type}.
     *
     * @throws TaosException 0x0203 naming the column and the field when they cannot match
     */
    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> type, List<Field> fields, ZoneId zone) {
        if (!type.isRecord()) {
            return plan(type, fields, zone);
        }
        Map<MapperKey, RowMapper<?>> cache = RECORD_MAPPERS.get(type);
        MapperKey key = new MapperKey(List.copyOf(fields), zone);
        RowMapper<?> mapper = cache.get(key);
        if (mapper == null) {
            mapper = plan(type, key.fields(), zone);
            if (cache.size() >= MAPPERS_PER_CLASS) {
                cache.clear();
            }
            cache.put(key, mapper);
        }
        return (RowMapper<T>) mapper;
    }

    private static <T> RowMapper<T> plan(Class<T> type, List<Field> fields, ZoneId zone) {
        if (type.isAssignableFrom(LinkedHashMap.class)) {
            return new RowMapper<>(type, Kind.MAP, null, new Slot[0], fields);
        }
        if (type == Object[].class) {
            return new RowMapper<>(type, Kind.ARRAY, null, new Slot[0], fields);
        }
        if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            throw new TaosException(TaosError.TSC_INVALID_VALUE.code(), "cannot map rows to " + type.getName()
                    + ": use a record, a class with a no-argument constructor, Map or Object[]");
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            if (type.isRecord()) {
                RecordComponent[] rc = type.getRecordComponents();
                Class<?>[] params = new Class<?>[rc.length];
                Slot[] slots = new Slot[rc.length];
                for (int i = 0; i < rc.length; i++) {
                    params[i] = rc[i].getType();
                    TaosColumn ann = rc[i].getAnnotation(TaosColumn.class);
                    String name = ann != null ? ann.value() : rc[i].getName();
                    int col = find(fields, name, ann != null);
                    if (col < 0 && Converters.empty(rc[i].getType()) == null) {
                        throw mismatch(type, rc[i].getName(), "has no column named " + name + " in the result "
                                + labels(fields) + " (make it Optional or name the column with @TaosColumn)");
                    }
                    slots[i] = slot(type, rc[i].getName(), col, fields, rc[i].getType(), rc[i].getGenericType(),
                            null, zone);
                }
                Constructor<T> ctor = type.getDeclaredConstructor(params);
                ctor.setAccessible(true);
                return new RowMapper<>(type, Kind.RECORD, lookup.unreflectConstructor(ctor), slots, fields);
            }
            Constructor<T> ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            List<Slot> slots = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                        continue;
                    }
                    TaosColumn ann = f.getAnnotation(TaosColumn.class);
                    Method setter = setterFor(type, f);
                    if (ann == null && setter != null) {
                        ann = setter.getAnnotation(TaosColumn.class);
                    }
                    String name = ann != null ? ann.value() : f.getName();
                    int col = find(fields, name, ann != null);
                    if (col < 0 || hasSlot(slots, f.getName())) {
                        continue;
                    }
                    MethodHandle store;
                    if (setter != null) {
                        store = lookup.unreflect(setter);
                    } else {
                        f.setAccessible(true);
                        store = lookup.unreflectSetter(f);
                    }
                    slots.add(slot(type, f.getName(), col, fields, f.getType(), f.getGenericType(), store, zone));
                }
            }
            for (Method m : type.getMethods()) {
                String property = setterProperty(m);
                if (property == null || hasSlot(slots, property)) {
                    continue;
                }
                TaosColumn ann = m.getAnnotation(TaosColumn.class);
                int col = find(fields, ann != null ? ann.value() : property, ann != null);
                if (col >= 0) {
                    slots.add(slot(type, property, col, fields, m.getParameterTypes()[0],
                            m.getGenericParameterTypes()[0], lookup.unreflect(m), zone));
                }
            }
            return new RowMapper<>(type, Kind.POJO, lookup.unreflectConstructor(ctor), slots.toArray(new Slot[0]),
                    fields);
        } catch (NoSuchMethodException e) {
            throw new TaosException(TaosError.TSC_INVALID_VALUE.code(), "cannot map rows to " + type.getName()
                    + ": it is neither a record, a Map nor a class with a no-argument constructor");
        } catch (IllegalAccessException | RuntimeException e) {
            if (e instanceof TaosException te) {
                throw te;
            }
            throw new TaosException(TaosError.TSC_INVALID_VALUE.code(), "cannot map rows to " + type.getName()
                    + ": " + e.getMessage() + " (if it lives in a named module, open its package to io.taos4j)",
                    0, e);
        }
    }

    private static boolean hasSlot(List<Slot> slots, String property) {
        for (Slot s : slots) {
            if (s.property().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** {@code x} for a public instance method {@code setX(one argument)}, else null. */
    private static String setterProperty(Method m) {
        String n = m.getName();
        if (n.length() < 4 || !n.startsWith("set") || m.getParameterCount() != 1
                || Modifier.isStatic(m.getModifiers()) || !Character.isUpperCase(n.charAt(3))) {
            return null;
        }
        return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }

    /**
     * One cell converted to {@code type} by the mapping rules ({@link Converters}).
     *
     * @throws TaosException 0x0203 when the column's type does not convert to {@code type}, or a NULL meets a
     *                       primitive type
     */
    @SuppressWarnings("unchecked")
    public static <T> T convert(Block block, int col, int row, Class<T> type) {
        Field field = block.fields().get(col);
        Converters.Converter c = Converters.of(field, type, type, block.zone());
        if (c == null) {
            throw new TaosException(TaosError.TSC_INVALID_VALUE.code(), "column " + field.name() + " is "
                    + field.typeName() + " and cannot be read as " + type.getName());
        }
        try {
            return (T) c.read(block, col, row);
        } catch (Converters.NullValue e) {
            throw new TaosException(TaosError.TSC_INVALID_VALUE.code(), "column " + field.name()
                    + " is NULL in row " + row + " and cannot be read as " + type.getName());
        } catch (ArithmeticException e) {
            throw new TaosException(TaosError.TSC_INVALID_VALUE.code(), "the value of column " + field.name()
                    + " does not fit " + type.getName() + ": " + e.getMessage());
        }
    }

    private static Method setterFor(Class<?> type, java.lang.reflect.Field f) {
        String name = "set" + Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
        try {
            Method m = type.getMethod(name, f.getType());
            return Modifier.isStatic(m.getModifiers()) ? null : m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Slot slot(Class<?> type, String property, int col, List<Field> fields, Class<?> javaType,
                             Type generic, MethodHandle setter, ZoneId zone) {
        if (col < 0) {
            return new Slot(property, -1, null, setter, javaType);
        }
        Field field = fields.get(col);
        Converters.Converter c = Converters.of(field, javaType, generic, zone);
        if (c == null) {
            throw mismatch(type, property, "is " + generic.getTypeName() + " but column " + field.name() + " is "
                    + field.typeName());
        }
        return new Slot(property, col, c, setter, javaType);
    }

    /** Column position for a property name: exact, case-insensitive, then without underscores. */
    private static int find(List<Field> fields, String name, boolean exactOnly) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        if (exactOnly) {
            return -1;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        String loose = loose(name);
        for (int i = 0; i < fields.size(); i++) {
            if (loose(fields.get(i).name()).equals(loose)) {
                return i;
            }
        }
        return -1;
    }

    private static String loose(String s) {
        return s.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static String labels(List<Field> fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.name()));
        return names.toString();
    }

    private static TaosException mismatch(Class<?> type, String property, String problem) {
        return new TaosException(TaosError.TSC_INVALID_VALUE.code(),
                "cannot map rows to " + type.getSimpleName() + ": field " + property + " " + problem);
    }

    /** The row mapped to a new instance. */
    @SuppressWarnings("unchecked")
    public T map(Block block, int row) {
        if (kind == Kind.MAP) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int c = 0; c < fields.size(); c++) {
                m.put(fields.get(c).name(), block.getObject(c, row));
            }
            return (T) m;
        }
        if (kind == Kind.ARRAY) {
            Object[] a = new Object[fields.size()];
            for (int c = 0; c < a.length; c++) {
                a[c] = block.getObject(c, row);
            }
            return (T) a;
        }
        if (rowHandle != null) {
            try {
                return (T) (Object) rowHandle.invokeExact(block, row);
            } catch (Throwable e) {
                // read the row again slot by slot below, to say which column and field failed
            }
        }
        Slot current = null;
        try {
            if (kind == Kind.RECORD) {
                Object[] args = new Object[slots.length];
                for (int i = 0; i < slots.length; i++) {
                    current = slots[i];
                    args[i] = current.column() < 0 ? Converters.empty(current.javaType())
                            : current.converter().read(block, current.column(), row);
                }
                return (T) spreader.invoke(args);
            }
            Object o = constructor.invoke();
            for (Slot s : slots) {
                current = s;
                s.setter().invoke(o, s.converter().read(block, s.column(), row));
            }
            return (T) o;
        } catch (Converters.NullValue e) {
            throw mismatch(type, current.property(), "is " + current.javaType().getName() + " but column "
                    + fields.get(current.column()).name() + " is NULL in row " + row
                    + " (use a wrapper type or Optional)");
        } catch (ArithmeticException e) {
            throw mismatch(type, current.property(), "is " + current.javaType().getName() + " and cannot hold "
                    + "the value of column " + fields.get(current.column()).name() + ": " + e.getMessage());
        } catch (TaosException e) {
            throw e;
        } catch (Throwable e) {
            throw new TaosException(TaosError.TSC_INVALID_VALUE.code(),
                    "cannot map a row to " + type.getName() + ": " + e, 0, e);
        }
    }
}
