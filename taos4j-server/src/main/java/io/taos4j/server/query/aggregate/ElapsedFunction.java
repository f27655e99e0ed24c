package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code elapsed(ts [, unit])}: last minus first timestamp of the group, divided by {@code unit} (database ticks;
 * a duration literal arrives already converted to ticks). DOUBLE. The planner checks that {@code ts} is the primary
 * timestamp.
 */
final class ElapsedFunction implements AggregateFunction {
    @Override
    public String name() {
        return "elapsed";
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        Aggregates.arity("elapsed", argTypes, 1, 2);
        if (argTypes.get(0).type() != TaosType.TIMESTAMP) {
            throw Aggregates.paramType("elapsed");
        }
        if (argTypes.size() == 2) {
            double unit = Aggregates.constantNumber("elapsed", argTypes, constantValues, 1);
            if (unit <= 0) {
                throw Aggregates.paraValue("elapsed");
            }
        }
        return DataType.DOUBLE;
    }

    /**
     * In INTERVAL windows (builtinsimpl.c {@code elapsedFunction}): where the window's start border applies (see
     * {@link WindowSeries.Borders}) the span starts at {@code _wstart}, where its end border applies it ends at
     * {@code _wend}; otherwise at the window's first and last row.
     */
    @Override
    public WindowSeries newWindowSeries(List<DataType> argTypes, List<Object> constantValues) {
        double unit = argTypes.size() == 2 ? Aggregates.constantNumber("elapsed", argTypes, constantValues, 1) : 1;
        return new WindowSeries() {
            final DoubleList rows = new DoubleList(true);
            boolean sorted = true;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                long[] t = ((LongVector) args[0]).values();
                for (int i = from; i < to; i++) {
                    sorted &= rows.size == 0 || rows.times[rows.size - 1] <= t[i];
                    rows.add(t[i], 0);
                }
            }

            @Override
            public void result(long start, long end, ColumnVector out) {
                if (!sorted) {
                    rows.sortByTime();
                    sorted = true;
                }
                long[] t = rows.times;
                WindowSeries.Borders b = WindowSeries.Borders.of(t, rows.size, start, end);
                if (b == null) {
                    out.appendNull();
                    return;
                }
                long min = b.start() ? start : t[b.first()];
                long max = b.end() ? end : t[b.last()];
                ((DoubleVector) out).append(Math.abs((double) max - (double) min) / unit);
            }
        };
    }

    @Override
    public Accumulator newAccumulator(List<DataType> argTypes, DataType resultType, List<Object> constantValues) {
        double unit = argTypes.size() == 2 ? Aggregates.constantNumber("elapsed", argTypes, constantValues, 1) : 1;
        return new Accumulator() {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;

            @Override
            public void add(ColumnVector[] args, long[] ts, int from, int to) {
                long[] t = ((LongVector) args[0]).values();
                for (int i = from; i < to; i++) {
                    min = Math.min(min, t[i]);
                    max = Math.max(max, t[i]);
                }
            }

            @Override
            public boolean addRow(ColumnVector[] args, long[] ts, int row) {
                add(args, ts, row, row + 1);
                return false;
            }

            @Override
            public void result(ColumnVector out) {
                if (max == Long.MIN_VALUE) {
                    out.appendNull();
                } else {
                    ((DoubleVector) out).append(Math.abs((double) max - (double) min) / unit);
                }
            }
        };
    }
}
