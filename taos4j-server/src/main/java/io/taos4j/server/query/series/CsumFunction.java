package io.taos4j.server.query.series;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code csum(expr)}: the running sum of the non-NULL values, one row per non-NULL value. BIGINT for signed
 * integers, BIGINT UNSIGNED for unsigned ones, DOUBLE for floating point (NULL once the sum overflows to infinity).
 */
final class CsumFunction implements SeriesFunction {
    @Override
    public String name() {
        return "csum";
    }

    @Override
    public Kind kind() {
        return Kind.INDEFINITE;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity("csum", argTypes, 1, 1);
        TaosType t = argTypes.get(0).type();
        SeriesFunctions.requireNumeric("csum", argTypes.get(0));
        return t.isFloating() ? DataType.DOUBLE : SeriesFunctions.isUnsigned(t) ? DataType.UBIGINT : DataType.BIGINT;
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        TaosType in = argTypes.get(0).type();
        boolean floating = in.isFloating();
        ColumnVector out = floating ? new DoubleVector(rows) : new LongVector(resultType.type(), rows);
        int[] source = new int[rows];
        int count = 0;
        long isum = 0;
        double dsum = 0;
        ColumnVector v = args[0];
        for (int r = 0; r < rows; r++) {
            if (r > 0 && ts[r] == ts[r - 1]) {
                throw SeriesFunctions.duplicateTimestamps();
            }
            if (v.isNull(r)) {
                continue;
            }
            if (floating) {
                dsum += Read.asDouble(v, in, r);
                if (Double.isInfinite(dsum) || Double.isNaN(dsum)) {
                    out.appendNull();
                } else {
                    ((DoubleVector) out).append(dsum);
                }
            } else {
                isum += Read.asLong(v, in, r);
                ((LongVector) out).append(isum);
            }
            source[count++] = r;
        }
        return new Output(source, count, out);
    }
}
