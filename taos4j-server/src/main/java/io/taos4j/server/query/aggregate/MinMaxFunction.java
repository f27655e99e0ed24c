package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code min(expr)} / {@code max(expr)}: selection functions over numbers (not TIMESTAMP or BOOL in 3.3.7.5,
 * tdengine-sql.md §7.1); the result has the input's type. Ties keep the first row seen.
 */
final class MinMaxFunction implements AggregateFunction {
    private final boolean min;

    MinMaxFunction(boolean min) {
        this.min = min;
    }

    @Override
    public String name() {
        return min ? "min" : "max";
    }

    @Override
    public boolean isSelector() {
        return true;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity(name(), argTypes, 1, 1);
        Aggregates.requireNumeric(name(), argTypes.get(0));
        return argTypes.get(0);
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        DataType t = argTypes.get(0);
        TaosType in = t.type();
        boolean integral = in.isInteger();
        boolean unsigned = in == TaosType.UBIGINT;
        return new Accumulator() {
            final ColumnVector best = Values.allocate(t, 1);
            long bestLong;
            double bestDouble;
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
                boolean better;
                if (integral) {
                    long x = Read.asLong(v, in, row);
                    int c = unsigned ? Long.compareUnsigned(x, bestLong) : Long.compare(x, bestLong);
                    better = !any || (min ? c < 0 : c > 0);
                    if (better) {
                        bestLong = x;
                    }
                } else {
                    double x = Read.asDouble(v, in, row);
                    better = !any || (min ? x < bestDouble : x > bestDouble);
                    if (better) {
                        bestDouble = x;
                    }
                }
                if (better) {
                    any = true;
                    best.clear();
                    best.appendFrom(v, row);
                }
                return better;
            }

            @Override
            public void result(ColumnVector out) {
                if (any) {
                    out.appendFrom(best, 0);
                } else {
                    out.appendNull();
                }
            }
        };
    }
}
