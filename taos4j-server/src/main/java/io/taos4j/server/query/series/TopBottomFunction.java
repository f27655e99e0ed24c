package io.taos4j.server.query.series;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * {@code top(expr, k)} / {@code bottom(expr, k)}: the rows holding the k largest / smallest non-NULL values (k in
 * 1..100), of the input's type. Among equal values at the cut the earlier row wins, as with TDengine's heap. Rows
 * come out in time order (TDengine's order is its heap's; clients should not rely on it).
 */
final class TopBottomFunction implements SeriesFunction {
    private final boolean top;

    TopBottomFunction(boolean top) {
        this.top = top;
    }

    @Override
    public String name() {
        return top ? "top" : "bottom";
    }

    @Override
    public Kind kind() {
        return Kind.MULTI_ROWS;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity(name(), argTypes, 2, 2);
        SeriesFunctions.requireNumeric(name(), argTypes.get(0));
        SeriesFunctions.intConstant(name(), argTypes, constants, 1, 1, 100);
        return argTypes.get(0);
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        TaosType in = argTypes.get(0).type();
        int k = ((Long) constants.get(1)).intValue();
        ColumnVector v = args[0];
        int n = 0;
        Integer[] idx = new Integer[rows];
        for (int r = 0; r < rows; r++) {
            if (!v.isNull(r)) {
                idx[n++] = r;
            }
        }
        Integer[] candidates = Arrays.copyOf(idx, n);
        boolean unsigned = in == TaosType.UBIGINT;
        Arrays.sort(candidates, (a, b) -> {
            int c;
            if (in.isInteger()) {
                long x = Read.asLong(v, in, a);
                long y = Read.asLong(v, in, b);
                c = unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
            } else {
                c = Double.compare(Read.asDouble(v, in, a), Read.asDouble(v, in, b));
            }
            return top ? -c : c;
        });
        int count = Math.min(k, n);
        int[] source = new int[count];
        for (int i = 0; i < count; i++) {
            source[i] = candidates[i];
        }
        Arrays.sort(source);
        return new Output(source, count, v.gather(source, count));
    }
}
