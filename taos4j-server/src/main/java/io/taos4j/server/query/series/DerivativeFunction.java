package io.taos4j.server.query.series;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code derivative(expr, time_interval, ignore_negative)}: the rate of change between consecutive non-NULL values
 * per {@code time_interval} (ticks), DOUBLE, one row per value after the first; with {@code ignore_negative} 1
 * negative rates are left out.
 */
final class DerivativeFunction implements SeriesFunction {
    @Override
    public String name() {
        return "derivative";
    }

    @Override
    public Kind kind() {
        return Kind.INDEFINITE;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity("derivative", argTypes, 3, 3);
        SeriesFunctions.requireNumeric("derivative", argTypes.get(0));
        SeriesFunctions.intConstant("derivative", argTypes, constants, 1, 1, Long.MAX_VALUE);
        SeriesFunctions.intConstant("derivative", argTypes, constants, 2, 0, 1);
        return DataType.DOUBLE;
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        TaosType in = argTypes.get(0).type();
        double window = (Long) constants.get(1);
        boolean ignoreNegative = (Long) constants.get(2) == 1;
        DoubleVector out = new DoubleVector(rows);
        int[] source = new int[rows];
        int count = 0;
        boolean valueSet = false;
        double prev = 0;
        long prevTs = -1;
        ColumnVector v = args[0];
        for (int r = 0; r < rows; r++) {
            if (v.isNull(r)) {
                continue;
            }
            double x = Read.asDouble(v, in, r);
            if (valueSet) {
                if (ts[r] == prevTs) {
                    throw SeriesFunctions.duplicateTimestamps();
                }
                double rate = (x - prev) * window / (ts[r] - prevTs);
                if (!(ignoreNegative && rate < 0)) {
                    if (Double.isInfinite(rate) || Double.isNaN(rate)) {
                        out.appendNull();
                    } else {
                        out.append(rate);
                    }
                    source[count++] = r;
                }
            }
            valueSet = true;
            prev = x;
            prevTs = ts[r];
        }
        return new Output(source, count, out);
    }
}
