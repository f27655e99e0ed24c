package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/** {@code spread(expr)}: max − min as DOUBLE, for numbers and timestamps. */
final class SpreadFunction implements AggregateFunction {
    @Override
    public String name() {
        return "spread";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("spread", argTypes, 1, 1);
        DataType t = argTypes.get(0);
        if (t.type() != TaosType.TIMESTAMP) {
            Aggregates.requireNumeric("spread", t);
        }
        return DataType.DOUBLE;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        return new Accumulator() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean any;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                for (int i = from; i < to; i++) {
                    addRow(args, ts, i);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                if (!args[0].isNull(row)) {
                    double x = Read.asDouble(args[0], in, row);
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                    any = true;
                }
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (any) {
                    ((DoubleVector) out).append(max - min);
                } else {
                    out.appendNull();
                }
            }
        };
    }
}
