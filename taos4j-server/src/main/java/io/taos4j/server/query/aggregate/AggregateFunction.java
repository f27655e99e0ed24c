package io.taos4j.server.query.aggregate;

import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * An aggregate or selection function (tdengine-sql.md §7.1, §7.2): many rows in, one value out per group or
 * window. Stateless; per-group state lives in the {@link Accumulator}s it creates.
 */
public interface AggregateFunction {

    /** Lower-case SQL name. */
    String name();

    /**
     * Validates the arguments and returns the result type.
     *
     * @param constantValues each argument's value when constant, else {@code ScalarFunction.NOT_CONSTANT}
     * @throws io.taos4j.server.sql.SqlError 0x2801 / 0x2802 and other TDengine errors
     */
    DataType bind(List<DataType> argTypes, List<Object> constantValues);

    /** A fresh accumulator for one group. */
    Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues);

    /**
     * True for selection functions that pick one row (first, last, last_row, min, max, ...): other plain columns in
     * the select list take their values from that row.
     */
    default boolean isSelector() {
        return false;
    }

    /** Whether the accumulator needs the rows' primary timestamps. */
    default boolean needsTimestamps() {
        return false;
    }

    /**
     * For functions whose INTERVAL windows reach past their own rows (TDengine's
     * {@code FUNC_MGT_INTERVAL_INTERPO_FUNC}): a fresh per-partition series computing each window with TDengine's
     * border rules; null (the default) for the others.
     */
    default WindowSeries newWindowSeries(List<DataType> argTypes, List<Object> constantValues) {
        return null;
    }
}
