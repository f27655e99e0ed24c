package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.Locale;

/**
 * {@code apercentile(expr, p [, 'default' | 't-digest'])}: an approximate percentile, DOUBLE; the default algorithm is
 * TDengine's streaming histogram ({@link ApproxHistogram}), the other a t-digest ({@link TDigest}).
 */
final class ApercentileFunction implements AggregateFunction {
    @Override
    public String name() {
        return "apercentile";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("apercentile", argTypes, 2, 3);
        Aggregates.requireNumeric("apercentile", argTypes.get(0));
        double p = Aggregates.constantNumber("apercentile", argTypes, constantValues, 1);
        if (p < 0 || p > 100) {
            throw Aggregates.paraValue("apercentile");
        }
        if (argTypes.size() == 3) {
            if (!(constantValues.get(2) instanceof String algo)) {
                throw Aggregates.paramType("apercentile");
            }
            String a = algo.toLowerCase(Locale.ROOT);
            if (!a.equals("default") && !a.equals("t-digest")) {
                throw Aggregates.paraValue("apercentile");
            }
        }
        return DataType.DOUBLE;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        double percent = Aggregates.constantNumber("apercentile", argTypes, constantValues, 1);
        boolean digest = argTypes.size() == 3
                && ((String) constantValues.get(2)).toLowerCase(Locale.ROOT).equals("t-digest");
        return new Accumulator() {
            final ApproxHistogram histogram = digest ? null : new ApproxHistogram();
            final TDigest tdigest = digest ? new TDigest() : null;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                ColumnVector v = args[0];
                for (int i = from; i < to; i++) {
                    if (v.isNull(i)) {
                        continue;
                    }
                    double x = Read.asDouble(v, in, i);
                    if (digest) {
                        tdigest.add(x);
                    } else {
                        histogram.add(x);
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
                if (digest ? tdigest.isEmpty() : histogram.elements() == 0) {
                    out.appendNull();
                } else {
                    ((DoubleVector) out).append(digest ? tdigest.quantile(percent / 100) : histogram.quantile(percent));
                }
            }
        };
    }
}
