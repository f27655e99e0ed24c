package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code twa(expr)}: the time-weighted average of the non-NULL points, the trapezoid area between consecutive points
 * divided by the time they span (a single point gives its value). DOUBLE. Points are put in time order first (a
 * super table's children are merged); two points at the same time fail with 0x2805.
 */
final class TwaFunction implements AggregateFunction {
    @Override
    public String name() {
        return "twa";
    }

    @Override
    public boolean needsTimestamps() {
        return true;
    }

    @Override
    public WindowSeries newWindowSeries(List<DataType> argTypes, List<Object> constantValues) {
        return new TwaSeries(argTypes.get(0));
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("twa", argTypes, 1, 1);
        Aggregates.requireNumeric("twa", argTypes.get(0));
        return DataType.DOUBLE;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        return new Accumulator() {
            final DoubleList points = new DoubleList(true);

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                ColumnVector v = args[0];
                for (int i = from; i < to; i++) {
                    if (!v.isNull(i)) {
                        points.add(ts[i], Read.asDouble(v, in, i));
                    }
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                add(args, ts, row, row + 1);
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                int n = points.size;
                if (n == 0) {
                    out.appendNull();
                    return;
                }
                points.sortByTime();
                long[] t = points.times;
                double[] v = points.values;
                double area = 0;
                for (int i = 1; i < n; i++) {
                    if (t[i] == t[i - 1]) {
                        throw Aggregates.duplicateTimestamps();
                    }
                    area += TwaSeries.area(t[i - 1], v[i - 1], t[i], v[i]);
                }
                ((DoubleVector) out).append(n == 1 || t[n - 1] == t[0] ? v[n - 1] : area / (t[n - 1] - t[0]));
            }
        };
    }
}
