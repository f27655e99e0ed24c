package io.taos4j.server.query.function;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * A scalar SQL function: one output value per input row (math, string, conversion, time and system functions,
 * tdengine-sql.md §7.4–§7.9).
 *
 * <p>Binding: the binder calls {@link #bind} once with the argument types (and the values of constant arguments);
 * it validates them with TDengine's errors and returns the result type. Evaluation: {@link #eval} receives one
 * vector per argument, all of {@code rows} values. Implementations are stateless and thread-safe.
 */
public interface ScalarFunction {

    /** The function name in lower case, as SQL calls it. */
    String name();

    /**
     * Validates the arguments and computes the result type.
     *
     * @param argTypes       the arguments' types
     * @param constantValues for each argument, its value when it is a constant (see {@code io.taos4j.server.query
     *                       .Values}), else {@link #NOT_CONSTANT}
     * @throws io.taos4j.server.sql.SqlError 0x2801 {@code Invalid number of parameters : <name>}, 0x2802
     *         {@code Invalid parameter data type : <name>} and other TDengine errors
     */
    DataType bind(List<DataType> argTypes, List<Object> constantValues);

    /** Evaluates over {@code rows} rows; {@code resultType} is what {@link #bind} returned. */
    ColumnVector eval(ColumnVector[] args, List<DataType> argTypes, DataType resultType, int rows, EvalContext ctx);

    /** Whether the result depends only on the arguments (false for now(), rand(), ...). */
    default boolean isDeterministic() {
        return true;
    }

    /** Marker in {@code constantValues} for an argument that is not a constant. */
    Object NOT_CONSTANT = new Object() {
        @Override
        public String toString() {
            return "<not constant>";
        }
    };
}
