package io.taos4j.server.query.series;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code tail(expr, k [, offset])}: the last k rows after skipping the last {@code offset} rows (k in 1..100, offset
 * in 0..100), NULLs included, of the input's type, in time order.
 */
final class TailFunction implements SeriesFunction {
    @Override
    public String name() {
        return "tail";
    }

    @Override
    public Kind kind() {
        return Kind.INDEFINITE;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity("tail", argTypes, 2, 3);
        SeriesFunctions.intConstant("tail", argTypes, constants, 1, 1, 100);
        if (argTypes.size() == 3) {
            SeriesFunctions.intConstant("tail", argTypes, constants, 2, 0, 100);
        }
        return argTypes.get(0);
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        int k = ((Long) constants.get(1)).intValue();
        int offset = constants.size() == 3 ? ((Long) constants.get(2)).intValue() : 0;
        int end = Math.max(0, rows - offset);
        int start = Math.max(0, end - k);
        int[] source = new int[end - start];
        for (int i = start; i < end; i++) {
            source[i - start] = i;
        }
        return new Output(source, source.length, args[0].gather(source, source.length));
    }
}
