package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry of aggregate and selection functions. */
public final class Aggregates {
    private static final Map<String, AggregateFunction> FUNCTIONS = new TreeMap<>();

    static {
        register(new CountFunction());
        register(new SumFunction());
        register(new AvgFunction());
        register(new MinMaxFunction(true));
        register(new MinMaxFunction(false));
        register(new SpreadFunction());
        register(new FirstLastFunction("first", true, false));
        register(new FirstLastFunction("last", false, false));
        register(new FirstLastFunction("last_row", false, true));
        register(new StddevFunction("stddev", true));
        register(new StddevFunction("stddev_pop", true));
        register(new StddevFunction("var_pop", false));
        register(new PercentileFunction());
        register(new ApercentileFunction());
        register(new LeastSquaresFunction());
        register(new HyperLogLogFunction());
        register(new ElapsedFunction());
        register(new ModeFunction());
        register(new TwaFunction());
        register(new IrateFunction());
    }

    private Aggregates() {
    }

    private static void register(AggregateFunction f) {
        FUNCTIONS.put(f.name(), f);
    }

    /** The function, or null when {@code name} is not an aggregate. */
    public static AggregateFunction find(String name) {
        return FUNCTIONS.get(name);
    }

    public static java.util.Set<String> names() {
        return FUNCTIONS.keySet();
    }

    static SqlError paramCount(String name) {
        return SqlError.of(TaosError.FUNC_FUNTION_PARA_NUM, "Invalid number of parameters : " + name);
    }

    static SqlError paramType(String name) {
        return SqlError.of(TaosError.FUNC_FUNTION_PARA_TYPE, "Invalid parameter data type : " + name);
    }

    static void arity(String name, List<DataType> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw paramCount(name);
        }
    }

    /** 0x2803 {@code Invalid parameter value : <name>}. */
    static SqlError paraValue(String name) {
        return new SqlError(0x2803, "Invalid parameter value : " + name);
    }

    /** 0x2805, raised by functions that need distinct timestamps in their input. */
    static SqlError duplicateTimestamps() {
        return new SqlError(0x2805, "Duplicate timestamps not allowed in function");
    }

    /** Argument {@code i} as a double constant, or 0x2802 when it is not a numeric constant. */
    static double constantNumber(String name, List<DataType> args, List<Object> constants, int i) {
        Object v = constants.get(i);
        if (!(v instanceof Number n) || !(args.get(i).type().isInteger() || args.get(i).type().isFloating())) {
            throw paramType(name);
        }
        return io.taos4j.server.query.Values.toDouble(n, args.get(i));
    }

    /** Numeric input (integers, floating, BOOL excluded) or fail with 0x2802. */
    static void requireNumeric(String name, DataType t) {
        if (!t.type().isInteger() && !t.type().isFloating()) {
            throw paramType(name);
        }
    }
}
