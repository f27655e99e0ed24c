package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.type.DataType;
import java.util.List;

/** {@code count(*)} (no arguments after binding) counts rows; {@code count(expr)} counts non-NULL values. BIGINT. */
final class CountFunction implements AggregateFunction {
    @Override
    public String name() {
        return "count";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("count", argTypes, 0, 1);
        return DataType.BIGINT;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        boolean star = argTypes.isEmpty();
        return new Accumulator() {
            long count;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                if (star || !args[0].hasNulls()) {
                    count += to - from;
                    return;
                }
                for (int i = from; i < to; i++) {
                    if (!args[0].isNull(i)) {
                        count++;
                    }
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                if (star || !args[0].isNull(row)) {
                    count++;
                }
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                ((LongVector) out).append(count);
            }
        };
    }
}
