package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/** {@code sum(expr)}: BIGINT for signed integers, BIGINT UNSIGNED for unsigned ones, DOUBLE for FLOAT/DOUBLE. */
final class SumFunction implements AggregateFunction {
    @Override
    public String name() {
        return "sum";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("sum", argTypes, 1, 1);
        DataType t = argTypes.get(0);
        Aggregates.requireNumeric("sum", t);
        if (t.type().isFloating()) {
            return DataType.DOUBLE;
        }
        return t.type().isUnsigned() ? DataType.UBIGINT : DataType.BIGINT;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        boolean floating = resultType.type() == TaosType.DOUBLE;
        return new Accumulator() {
            long longSum;
            double doubleSum;
            boolean any;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                for (int i = from; i < to; i++) {
                    addRow(args, ts, i);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                ColumnVector v = args[0];
                if (v.isNull(row)) {
                    return false;
                }
                any = true;
                if (floating) {
                    doubleSum += Read.asDouble(v, in, row);
                } else {
                    longSum += Read.asLong(v, in, row);
                }
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (!any) {
                    out.appendNull();
                } else if (floating) {
                    ((DoubleVector) out).append(doubleSum);
                } else {
                    ((LongVector) out).append(longSum);
                }
            }
        };
    }
}
