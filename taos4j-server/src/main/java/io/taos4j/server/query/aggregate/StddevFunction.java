package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code stddev(expr)} and {@code stddev_pop(expr)}: population standard deviation; {@code var_pop(expr)}: population
 * variance. DOUBLE (TDengine's formula: the mean of the squares minus the squared mean).
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
        boolean integral = in.isInteger() || in == TaosType.BOOL;
        return new Accumulator() {
            long n;
            long isum;
            double iquad;
            double dsum;
            double dquad;

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
                n++;
                if (integral) {
                    long x = Read.asLong(args[0], in, row);
                    isum += x;
                    iquad += (double) x * x;
                } else {
                    double x = Read.asDouble(args[0], in, row);
                    dsum += x;
                    dquad += x * x;
                }
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (n == 0) {
                    out.appendNull();
                    return;
                }
                // TDengine's stddevFinalize: |E[x^2] - E[x]^2|, sums kept as int64 for integer input
                double avg = integral ? (double) isum / n : dsum / n;
                double variance = Math.abs((integral ? iquad : dquad) / n - avg * avg);
                ((DoubleVector) out).append(root ? Math.sqrt(variance) : variance);
            }
        };
    }
}
