package io.taos4j.server.query.series;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.query.Values;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry of {@link SeriesFunction}s, and the argument checks they share (builtins.c). */
public final class SeriesFunctions {
    private static final Map<String, SeriesFunction> FUNCTIONS = new TreeMap<>();

    static {
        register(new DiffFunction());
        register(new DerivativeFunction());
        register(new CsumFunction());
        register(new MavgFunction());
        register(new StateFunction(false));
        register(new StateFunction(true));
        register(new TopBottomFunction(true));
        register(new TopBottomFunction(false));
        register(new SampleFunction());
        register(new TailFunction());
        register(new UniqueFunction());
        register(new HistogramFunction());
    }

    private SeriesFunctions() {
    }

    private static void register(SeriesFunction f) {
        FUNCTIONS.put(f.name(), f);
    }

    /** The function, or null. */
    public static SeriesFunction find(String name) {
        return FUNCTIONS.get(name);
    }

    /** Several DIFF calls evaluated together, row by row, as TDengine does (one output per call, same rows). */
    public static SeriesFunction.Output[] diffTogether(io.taos4j.protocol.column.ColumnVector[][] args,
                                                       List<List<DataType>> argTypes, List<List<Object>> constants,
                                                       long[] ts, int rows) {
        return DiffFunction.together(args, argTypes, constants, ts, rows);
    }

    static SqlError paraNum(String name) {
        return SqlError.of(TaosError.FUNC_FUNTION_PARA_NUM, "Invalid number of parameters : " + name);
    }

    static SqlError paraType(String name) {
        return SqlError.of(TaosError.FUNC_FUNTION_PARA_TYPE, "Invalid parameter data type : " + name);
    }

    static SqlError paraValue(String name) {
        return new SqlError(0x2803, "Invalid parameter value : " + name);
    }

    static SqlError duplicateTimestamps() {
        return new SqlError(0x2805, "Duplicate timestamps not allowed in function");
    }

    static void arity(String name, List<DataType> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw paraNum(name);
        }
    }

    static boolean numeric(DataType t) {
        return t.type().isInteger() || t.type().isFloating();
    }

    static void requireNumeric(String name, DataType t) {
        if (!numeric(t)) {
            throw paraType(name);
        }
    }

    /** An integer constant argument within {@code [min, max]}: 0x2802 when not an integer constant, else 0x2803. */
    static long intConstant(String name, List<DataType> args, List<Object> constants, int i, long min, long max) {
        Object v = constants.get(i);
        if (!(v instanceof Long l) || !args.get(i).type().isInteger()) {
            throw paraType(name);
        }
        if (l < min || l > max) {
            throw paraValue(name);
        }
        return l;
    }

    static double doubleConstant(String name, List<DataType> args, List<Object> constants, int i) {
        Object v = constants.get(i);
        if (!(v instanceof Number n) || !numeric(args.get(i))) {
            throw paraType(name);
        }
        return Values.toDouble(n, args.get(i));
    }

    static boolean isUnsigned(TaosType t) {
        return t == TaosType.UTINYINT || t == TaosType.USMALLINT || t == TaosType.UINT || t == TaosType.UBIGINT;
    }
}
