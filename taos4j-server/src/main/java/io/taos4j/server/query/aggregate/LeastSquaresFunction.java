package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code leastsquares(expr, start, step)}: the least-squares line through the points (x, value) where x runs from
 * {@code start} by {@code step} over the non-NULL values in row order. VARCHAR(126) text
 * {@code {slop:%.6f, intercept:%.6f}} (TDengine's spelling); NULL when the fit is degenerate.
 */
final class LeastSquaresFunction implements AggregateFunction {
    /** TDengine switches to exponent notation when {@code %.6f} would be longer than this. */
    private static final int ITEM_LENGTH = 25;

    @Override
    public String name() {
        return "leastsquares";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("leastsquares", argTypes, 3, 3);
        Aggregates.requireNumeric("leastsquares", argTypes.get(0));
        Aggregates.constantNumber("leastsquares", argTypes, constantValues, 1);
        Aggregates.constantNumber("leastsquares", argTypes, constantValues, 2);
        return DataType.varchar(126);
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        double start = Aggregates.constantNumber("leastsquares", argTypes, constantValues, 1);
        double step = Aggregates.constantNumber("leastsquares", argTypes, constantValues, 2);
        return new Accumulator() {
            double x = start;
            double sxx;
            double sx;
            double sxy;
            double sy;
            long n;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                ColumnVector v = args[0];
                for (int i = from; i < to; i++) {
                    if (v.isNull(i)) {
                        continue;
                    }
                    double y = Read.asDouble(v, in, i);
                    sxx += x * x;
                    sx += x;
                    sxy += x * y;
                    sy += y;
                    x += step;
                    n++;
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                add(args, ts, row, row + 1);
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (n == 0) {
                    out.appendNull();
                    return;
                }
                double count = n;
                double p00 = sxx - sx * (sx / count);
                double p02 = sxy - sy * (sx / count);
                if (p00 == 0) {
                    out.appendNull();
                    return;
                }
                double p12 = sy - p02 * (sx / p00);
                p02 /= p00;
                p12 /= count;
                String text = "{slop:" + format(p02) + ", intercept:" + format(p12) + "}";
                ((BinaryVector) out).append(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.length() > ITEM_LENGTH ? String.format(Locale.ROOT, "%.15e", v) : s;
    }
}
