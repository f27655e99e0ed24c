package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/** {@code avg(expr)}: DOUBLE; NULL when every value is NULL. */
final class AvgFunction implements AggregateFunction {
    @Override
    public String name() {
        return "avg";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("avg", argTypes, 1, 1);
        Aggregates.requireNumeric("avg", argTypes.get(0));
        return DataType.DOUBLE;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        return new Accumulator() {
            double sum;
            long count;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                ColumnVector v = args[0];
                if (in == TaosType.DOUBLE && !v.hasNulls()) {
                    double[] d = ((DoubleVector) v).values();
                    for (int i = from; i < to; i++) {
                        sum += d[i];
                    }
                    count += to - from;
                    return;
                }
                for (int i = from; i < to; i++) {
                    addRow(args, ts, i);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                ColumnVector v = args[0];
                if (!v.isNull(row)) {
                    sum += Read.asDouble(v, in, row);
                    count++;
                }
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (count == 0) {
                    out.appendNull();
                } else {
                    ((DoubleVector) out).append(sum / count);
                }
            }
        };
    }
}
