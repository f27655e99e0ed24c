package io.taos4j.server.query.series;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.type.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code sample(expr, k)}: k non-NULL rows chosen at random by reservoir sampling (k in 1..1000), of the input's
 * type; all of them when there are at most k. Rows come out in time order.
 */
final class SampleFunction implements SeriesFunction {
    @Override
    public String name() {
        return "sample";
    }

    @Override
    public Kind kind() {
        return Kind.MULTI_ROWS;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity("sample", argTypes, 2, 2);
        SeriesFunctions.intConstant("sample", argTypes, constants, 1, 1, 1000);
        return argTypes.get(0);
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        int k = ((Long) constants.get(1)).intValue();
        ColumnVector v = args[0];
        int[] reservoir = new int[k];
        int sampled = 0;
        long seen = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int r = 0; r < rows; r++) {
            if (v.isNull(r)) {
                continue;
            }
            seen++;
            if (sampled < k) {
                reservoir[sampled++] = r;
            } else {
                long j = random.nextLong(seen);
                if (j < k) {
                    reservoir[(int) j] = r;
                }
            }
        }
        int[] source = Arrays.copyOf(reservoir, sampled);
        Arrays.sort(source);
        return new Output(source, sampled, v.gather(source, sampled));
    }
}
