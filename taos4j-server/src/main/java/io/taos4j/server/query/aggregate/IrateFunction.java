package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code irate(expr)}: the per-second rate between the last two non-NULL points by time; when the last value is
 * smaller than the one before (a counter reset) the last value itself is the increase. DOUBLE; 0 with fewer than
 * two points. The planner appends the database's ticks per second as an extra constant.
 */
final class IrateFunction implements AggregateFunction {
    @Override
    public String name() {
        return "irate";
    }

    @Override
    public boolean needsTimestamps() {
        return true;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("irate", argTypes, 1, 1);
        Aggregates.requireNumeric("irate", argTypes.get(0));
        return DataType.DOUBLE;
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        TaosType in = argTypes.get(0).type();
        double ticksPerSecond = constantValues.size() > 1 ? ((Number) constantValues.get(1)).doubleValue() : 1000;
        return new Accumulator() {
            long firstKey = Long.MIN_VALUE;
            long lastKey = Long.MIN_VALUE;
            double firstValue;
            double lastValue;
            boolean any;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                for (int i = from; i < to; i++) {
                    addRow(args, ts, i);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                any = true;
                if (args[0].isNull(row)) {
                    return false;
                }
                double v = Read.asDouble(args[0], in, row);
                long t = ts[row];
                if (lastKey == Long.MIN_VALUE) {
                    lastKey = t;
                    lastValue = v;
                } else if (t > lastKey) {
                    firstKey = lastKey;
                    firstValue = lastValue;
                    lastKey = t;
                    lastValue = v;
                } else if (t == lastKey || t == firstKey) {
                    throw Aggregates.duplicateTimestamps();
                } else if (firstKey == Long.MIN_VALUE || t > firstKey) {
                    firstKey = t;
                    firstValue = v;
                }
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (!any) {
                    out.appendNull();
                    return;
                }
                if (lastKey == Long.MIN_VALUE || firstKey == Long.MIN_VALUE || firstKey >= lastKey) {
                    ((DoubleVector) out).append(0.0);
                    return;
                }
                double diff = lastValue >= firstValue ? lastValue - firstValue : lastValue;
                ((DoubleVector) out).append(diff / ((lastKey - firstKey) / ticksPerSecond));
            }
        };
    }
}
