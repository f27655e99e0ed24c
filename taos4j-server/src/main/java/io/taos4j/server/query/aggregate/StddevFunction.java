package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code stddev(expr)} and {@code stddev_pop(expr)}: population standard deviation; {@code var_pop(expr)}: population
 * variance. DOUBLE (Welford's update, numerically stable).
 */
final class StddevFunction implements AggregateFunction {
    private final String name;
    private final boolean root;

    StddevFunction(String name, boolean root) {
        this.name = name;
        this.root = root;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity(name, argTypes, 1, 1);
        Aggregates.requireNumeric(name, argTypes.get(0));
        return DataType.DOUBLE;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        return new Accumulator() {
            long n;
            double mean;
            double m2;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                for (int i = from; i < to; i++) {
                    addRow(args, ts, i);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                if (args[0].isNull(row)) {
                    return false;
                }
                double x = Read.asDouble(args[0], in, row);
                n++;
                double d = x - mean;
                mean += d / n;
                m2 += d * (x - mean);
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (n == 0) {
                    out.appendNull();
                } else {
                    ((DoubleVector) out).append(root ? Math.sqrt(m2 / n) : m2 / n);
                }
            }
        };
    }
}
