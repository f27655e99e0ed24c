package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mode(expr)}: the most frequent non-NULL value, of the input's type; NULL when there is none. Between values
 * seen equally often TDengine's answer depends on its hash order; this one returns the value seen first.
 */
final class ModeFunction implements AggregateFunction {
    @Override
    public String name() {
        return "mode";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("mode", argTypes, 1, 1);
        return argTypes.get(0);
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        DataType t = argTypes.get(0);
        return new Accumulator() {
            final Map<Object, long[]> counts = new HashMap<>();
            long order;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                for (int i = from; i < to; i++) {
                    addRow(args, ts, i);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                Object v = Values.get(args[0], row, t);
                if (v == null) {
                    return false;
                }
                Object key = v instanceof byte[] b ? ByteBuffer.wrap(b) : v;
                long[] c = counts.computeIfAbsent(key, k -> new long[] {0, order++});
                c[0]++;
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                Object best = null;
                long[] bestCount = null;
                for (Map.Entry<Object, long[]> e : counts.entrySet()) {
                    long[] c = e.getValue();
                    if (bestCount == null || c[0] > bestCount[0] || c[0] == bestCount[0] && c[1] < bestCount[1]) {
                        best = e.getKey();
                        bestCount = c;
                    }
                }
                Values.append(out, best instanceof ByteBuffer b ? b.array() : best, t);
            }
        };
    }
}
