package io.taos4j.internal.mapping;

import io.taos4j.Block;
import io.taos4j.protocol.TaosType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Builds one method handle {@code (Block, int row) -> record} that reads every component and calls the canonical
 * constructor: primitive components of the column's own type (or a lossless widening) are read by typed getters
 * without boxing, the others through their {@link Converters.Converter}. The JVM customizes such a handle once it is
 * hot, so a mapped row costs about what hand-written code does. Errors are not described here: the mapper re-reads
 * a failing row slot by slot to name the column and the field.
 */
final class RecordHandle {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** Handles take two slots per component: stay far below the JVM's 255-slot limit. */
    static final int MAX_COMPONENTS = 100;
    private static final MethodType ROW = MethodType.methodType(Object.class, Block.class, int.class);
    private static final MethodHandle READ;

    static {
        try {
            READ = LOOKUP.findVirtual(Converters.Converter.class, "read",
                    MethodType.methodType(Object.class, Block.class, int.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RecordHandle() {
    }

    /** What a component reads: its type, column (−1: none) and converter; {@code empty} when there is no column. */
    record Part(Class<?> type, int column, TaosType columnType, Converters.Converter converter, Object empty) {
    }

    /** The handle, of type {@code (Block, int)Object}, or null when the record has too many components. */
    static MethodHandle of(MethodHandle constructor, Part[] parts) {
        if (parts.length > MAX_COMPONENTS) {
            return null;
        }
        MethodHandle h = constructor.asType(constructor.type().changeReturnType(Object.class));
        for (int i = 0; i < parts.length; i++) {
            h = MethodHandles.collectArguments(h, 2 * i, reader(parts[i]));
        }
        int[] reorder = new int[2 * parts.length];
        for (int i = 0; i < reorder.length; i++) {
            reorder[i] = i & 1;
        }
        return MethodHandles.permuteArguments(h, ROW, reorder);
    }

    /** {@code (Block, int row) -> component type}. */
    private static MethodHandle reader(Part p) {
        MethodType type = MethodType.methodType(p.type(), Block.class, int.class);
        if (p.column() < 0) {
            return MethodHandles.dropArguments(MethodHandles.constant(p.type(), p.empty()), 0, Block.class, int.class);
        }
        String typed = typedReader(p.type(), p.columnType());
        try {
            MethodHandle h = typed != null
                    ? LOOKUP.findStatic(RecordHandle.class, typed,
                            MethodType.methodType(p.type(), Block.class, int.class, int.class))
                    : MethodHandles.insertArguments(READ, 0, p.converter());
            return MethodHandles.insertArguments(h, 1, p.column()).asType(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The typed reader for a primitive component reading its column without conversion, else null. */
    private static String typedReader(Class<?> target, TaosType t) {
        if (target == int.class) {
            return t == TaosType.INT || t == TaosType.SMALLINT || t == TaosType.TINYINT ? "readInt" : null;
        }
        if (target == long.class) {
            return switch (t) {
                case BIGINT, TIMESTAMP, INT, SMALLINT, TINYINT -> "readLong";
                default -> null;
            };
        }
        if (target == double.class) {
            return t == TaosType.DOUBLE || t == TaosType.FLOAT ? "readDouble" : null;
        }
        if (target == float.class) {
            return t == TaosType.FLOAT ? "readFloat" : null;
        }
        if (target == boolean.class) {
            return t == TaosType.BOOL ? "readBoolean" : null;
        }
        return null;
    }

    private static int readInt(Block b, int col, int row) {
        if (b.isNull(col, row)) {
            throw new Converters.NullValue();
        }
        return b.getInt(col, row);
    }

    private static long readLong(Block b, int col, int row) {
        if (b.isNull(col, row)) {
            throw new Converters.NullValue();
        }
        return b.getLong(col, row);
    }

    private static double readDouble(Block b, int col, int row) {
        if (b.isNull(col, row)) {
            throw new Converters.NullValue();
        }
        return b.getDouble(col, row);
    }

    private static float readFloat(Block b, int col, int row) {
        if (b.isNull(col, row)) {
            throw new Converters.NullValue();
        }
        return b.getFloat(col, row);
    }

    private static boolean readBoolean(Block b, int col, int row) {
        if (b.isNull(col, row)) {
            throw new Converters.NullValue();
        }
        return b.getBoolean(col, row);
    }
}
