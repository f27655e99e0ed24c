package io.taos4j.server.query.series;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code mavg(expr, k)}: the moving average of the last k non-NULL values, DOUBLE, one row per value from the k-th
 * on. k in 1..1000.
 */
final class MavgFunction implements SeriesFunction {
    @Override
    public String name() {
        return "mavg";
    }

    @Override
    public Kind kind() {
        return Kind.INDEFINITE;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity("mavg", argTypes, 2, 2);
        SeriesFunctions.requireNumeric("mavg", argTypes.get(0));
        SeriesFunctions.intConstant("mavg", argTypes, constants, 1, 1, 1000);
        return DataType.DOUBLE;
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        TaosType in = argTypes.get(0).type();
        int k = ((Long) constants.get(1)).intValue();
        double[] points = new double[k];
        DoubleVector out = new DoubleVector(rows);
        int[] source = new int[rows];
        int count = 0;
        int pos = 0;
        boolean met = false;
        double sum = 0;
        ColumnVector v = args[0];
        for (int r = 0; r < rows; r++) {
            if (r > 0 && ts[r] == ts[r - 1]) {
                throw SeriesFunctions.duplicateTimestamps();
            }
            if (v.isNull(r)) {
                continue;
            }
            double x = Read.asDouble(v, in, r);
            if (!met && pos < k - 1) {
                points[pos] = x;
                sum += x;
            } else {
                if (!met) {
                    sum += x;
                    met = true;
                } else {
                    sum = sum + x - points[pos];
                }
                points[pos] = x;
                double avg = sum / k;
                if (Double.isInfinite(avg) || Double.isNaN(avg)) {
                    out.appendNull();
                } else {
                    out.append(avg);
                }
                source[count++] = r;
            }
            pos = pos + 1 == k ? 0 : pos + 1;
        }
        return new Output(source, count, out);
    }
}
