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
        register(new StddevFunction());
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

    /** Numeric input (integers, floating, BOOL excluded) or fail with 0x2802. */
    static void requireNumeric(String name, DataType t) {
        if (!t.type().isInteger() && !t.type().isFloating()) {
            throw paramType(name);
        }
    }
}
