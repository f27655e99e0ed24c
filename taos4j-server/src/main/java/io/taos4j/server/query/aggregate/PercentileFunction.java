package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code percentile(expr, p [, p2 ... p10])}: the exact percentile, linearly interpolated between the two values
 * around rank {@code (n - 1) * p / 100} (tpercentile.c). One p gives a DOUBLE; several give the VARCHAR(3198) text
 * {@code [v1, v2]} with each value printed as {@code %.6f}. Only on single tables (checked by the planner).
 */
final class PercentileFunction implements AggregateFunction {
    @Override
    public String name() {
        return "percentile";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("percentile", argTypes, 2, 11);
        Aggregates.requireNumeric("percentile", argTypes.get(0));
        for (int i = 1; i < argTypes.size(); i++) {
            double p = Aggregates.constantNumber("percentile", argTypes, constantValues, i);
            if (p < 0 || p > 100) {
                throw Aggregates.paraValue("percentile");
            }
        }
        return argTypes.size() == 2 ? DataType.DOUBLE : DataType.varchar(3198);
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        double[] ps = new double[argTypes.size() - 1];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = Aggregates.constantNumber("percentile", argTypes, constantValues, i + 1);
        }
        return new Accumulator() {
            final DoubleList values = new DoubleList(false);

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                ColumnVector v = args[0];
                for (int i = from; i < to; i++) {
                    if (!v.isNull(i)) {
                        values.add(Read.asDouble(v, in, i));
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
                if (values.size == 0) {
                    out.appendNull();
                    return;
                }
                double[] sorted = values.sorted();
                if (ps.length == 1) {
                    ((DoubleVector) out).append(percentile(sorted, ps[0]));
                    return;
                }
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < ps.length; i++) {
                    sb.append(String.format(Locale.ROOT, "%.6f", percentile(sorted, ps[i])));
                    sb.append(i == ps.length - 1 ? "]" : ", ");
                }
                ((BinaryVector) out).append(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    static double percentile(double[] sorted, double p) {
        double rank = (sorted.length - 1) * p / 100;
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double fraction = rank - lo;
        return sorted[lo] * (1 - fraction) + sorted[hi] * fraction;
    }
}
