package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code first(expr)}, {@code last(expr)}: the value of the row with the smallest / largest timestamp among rows
 * where the value is not NULL; {@code last_row(expr)}: the value of the row with the largest timestamp, NULL or not
 * (tdengine-sql.md §7.2). Selection functions; the result has the input's type.
 */
final class FirstLastFunction implements AggregateFunction {
    private final String name;
    private final boolean first;
    private final boolean keepNulls;

    FirstLastFunction(String name, boolean first, boolean keepNulls) {
        this.name = name;
        this.first = first;
        this.keepNulls = keepNulls;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isSelector() {
        return true;
    }

    @Override
    public boolean needsTimestamps() {
        return true;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity(name, argTypes, 1, 1);
        return argTypes.get(0);
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        DataType t = argTypes.get(0);
        return new Accumulator() {
            final ColumnVector best = Values.allocate(t, 1);
            long bestTs;
            boolean any;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                // the same winner as adding row by row, but its value is copied once per range
                ColumnVector v = args[0];
                boolean skipNulls = !keepNulls && v.hasNulls();
                boolean found = any;
                long t = bestTs;
                int row = -1;
                for (int i = from; i < to; i++) {
                    if (skipNulls && v.isNull(i)) {
                        continue;
                    }
                    long x = ts[i];
                    if (!found || (first ? x < t : x >= t)) {
                        found = true;
                        t = x;
                        row = i;
                    }
                }
                if (row >= 0) {
                    any = true;
                    bestTs = t;
                    best.clear();
                    best.appendFrom(v, row);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                ColumnVector v = args[0];
                if (!keepNulls && v.isNull(row)) {
                    return false;
                }
                long x = ts[row];
                boolean better = !any || (first ? x < bestTs : x >= bestTs);
                if (better) {
                    any = true;
                    bestTs = x;
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
