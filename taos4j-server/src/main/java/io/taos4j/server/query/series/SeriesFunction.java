package io.taos4j.server.query.series;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * A function computing any number of rows from the rows of one partition in timestamp order. Stateless.
 */
public interface SeriesFunction {

    /** How TDengine classifies the function for its mixing rules (parTranslater.c). */
    enum Kind {
        /** Indefinite-rows functions: not in window or GROUP BY queries. */
        INDEFINITE,
        /** Multi-row aggregates (TOP, BOTTOM, SAMPLE, HISTOGRAM): one per query, allowed in windows and groups. */
        MULTI_ROWS
    }

    String name();

    Kind kind();

    /**
     * True for selections (TDengine's {@code FUNC_MGT_SELECT_FUNC}): plain columns next to them come from the
     * chosen rows. HISTOGRAM is not one: beside it only grouping keys are allowed.
     */
    default boolean selector() {
        return true;
    }

    /**
     * Validates the arguments, returns the result type.
     *
     * @param constants each argument's value when constant, else {@code ScalarFunction.NOT_CONSTANT}
     * @throws io.taos4j.server.sql.SqlError with TDengine's code and message
     */
    DataType bind(List<DataType> argTypes, List<Object> constants);

    /**
     * Computes the output of one partition.
     *
     * @param args      argument vectors over the partition's rows
     * @param ts        the rows' timestamps, ascending
     * @param rows      number of rows
     * @param constants as given to {@link #bind}
     */
    Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                 long[] ts, int rows);

    /**
     * The rows computed for one partition: output row i has value {@code values[i]} and comes from input row
     * {@code source[i]}.
     */
    record Output(int[] source, int count, ColumnVector values) {
    }
}
