package io.taos4j.server.query.exec;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.series.SeriesFunction;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Evaluates multi-row functions ({@link SeriesFunction}) per partition, on the partition's rows in time order.
 *
 * <p>Output columns: the partition keys, with windows {@code _wstart}, {@code _wend} and {@code _wduration}, one column
 * per call, then every input column taken from each output row's source row (so plain columns selected next to the
 * function come from that row). With windows (INTERVAL or a {@link RowWindows} kind) the functions run on each
 * window's rows separately, windows of a partition in time order. Several calls must produce the
 * same rows: several DIFFs are evaluated together as TDengine does; other combinations are rejected when their rows
 * differ.
 */
public final class MultiRow implements Operator {

    /** One bound call. */
    public record Call(SeriesFunction function, List<Expression> args, List<DataType> argTypes,
                       DataType resultType, List<Object> constants) {
    }

    private final Operator input;
    private final List<Expression> keys;
    private final boolean constantKeys;
    private final int tsColumn;
    private final List<Call> calls;
    private final EvalContext ctx;
    private IntervalSpec interval;
    private RowWindows rowWindows;
    private Iterator<Batch> output;

    public MultiRow(Operator input, List<Expression> keys, boolean constantKeys, int tsColumn, List<Call> calls,
                    EvalContext ctx) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.constantKeys = constantKeys;
        this.tsColumn = tsColumn;
        this.calls = List.copyOf(calls);
        this.ctx = ctx;
    }

    /**
     * Runs the functions per window: INTERVAL windows ({@code interval}) or row windows; the output then has the
     * window columns after the keys. Call before the first {@link #next()}.
     */
    public MultiRow withWindows(IntervalSpec interval, RowWindows rowWindows) {
        this.interval = interval;
        this.rowWindows = rowWindows;
        return this;
    }

    private boolean windowed() {
        return interval != null || rowWindows != null;
    }

    @Override
    public Batch next() {
        if (output == null) {
            List<Batch> out = new ArrayList<>();
            for (Partitions.Partition p : Partitions.read(input, keys, constantKeys, tsColumn, ctx)) {
                if (windowed()) {
                    computeWindows(p, out);
                } else {
                    add(out, compute(p.keys(), p.rows(), 0, 0));
                }
            }
            output = out.iterator();
        }
        return output.hasNext() ? output.next() : null;
    }

    private static void add(List<Batch> out, Batch b) {
        if (b.rows() > 0) {
            out.add(b);
        }
    }

    private void computeWindows(Partitions.Partition p, List<Batch> out) {
        Batch rows = p.rows();
        int n = rows.rows();
        if (n == 0) {
            return;
        }
        long[] ts = ((LongVector) rows.column(tsColumn)).values();
        if (interval != null) {
            for (long s = interval.firstStartContaining(ts[0]); s <= ts[n - 1]; s = interval.next(s)) {
                long e = interval.end(s);
                int from = lowerBound(ts, n, s);
                int to = lowerBound(ts, n, e);
                if (from < to) {
                    add(out, compute(p.keys(), rows.slice(from, to), s, e));
                }
            }
            return;
        }
        rowWindows.split(rows, ts, ctx, (start, end, ranges, count) -> {
            int total = 0;
            for (int i = 0; i < count; i++) {
                total += ranges[2 * i + 1] - ranges[2 * i];
            }
            int[] idx = new int[total];
            int k = 0;
            for (int i = 0; i < count; i++) {
                for (int r = ranges[2 * i]; r < ranges[2 * i + 1]; r++) {
                    idx[k++] = r;
                }
            }
            add(out, compute(p.keys(), rows.select(idx, total), start, end));
        });
    }

    private static int lowerBound(long[] ts, int n, long value) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public void close() {
        input.close();
    }

    private Batch compute(Object[] keyValues, Batch rows, long windowStart, long windowEnd) {
        int n = rows.rows();
        long[] ts = tsColumn < 0 ? new long[n] : ((LongVector) rows.column(tsColumn)).values();
        SeriesFunction.Output[] outs = new SeriesFunction.Output[calls.size()];
        boolean allDiff = calls.size() > 1 && calls.stream().allMatch(c -> c.function().name().equals("diff"));
        if (allDiff) {
            ColumnVector[][] args = new ColumnVector[calls.size()][];
            List<List<DataType>> types = new ArrayList<>();
            List<List<Object>> constants = new ArrayList<>();
            for (int c = 0; c < calls.size(); c++) {
                args[c] = args(calls.get(c), rows);
                types.add(calls.get(c).argTypes());
                constants.add(calls.get(c).constants());
            }
            outs = io.taos4j.server.query.series.SeriesFunctions.diffTogether(args, types, constants, ts, n);
        } else {
            for (int c = 0; c < calls.size(); c++) {
                Call call = calls.get(c);
                outs[c] = call.function().apply(args(call, rows), call.argTypes(), call.resultType(),
                        call.constants(), ts, n);
                if (c > 0 && !sameRows(outs[0], outs[c])) {
                    throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: "
                            + calls.get(0).function().name() + " and " + call.function().name()
                            + " returning different rows in one query are not available in this release of the"
                            + " taos4j embedded server");
                }
            }
        }
        int count = outs[0].count();
        int[] source = outs[0].source();
        int windowCols = windowed() ? 3 : 0;
        ColumnVector[] cols = new ColumnVector[keys.size() + windowCols + calls.size() + rows.columnCount()];
        int i = 0;
        for (int k = 0; k < keys.size(); k++) {
            cols[i++] = Values.constant(keyValues[k], keys.get(k).type(), count);
        }
        if (windowed()) {
            cols[i++] = Values.constant(windowStart, DataType.TIMESTAMP, count);
            cols[i++] = Values.constant(windowEnd, DataType.TIMESTAMP, count);
            cols[i++] = Values.constant(windowEnd - windowStart, DataType.BIGINT, count);
        }
        for (SeriesFunction.Output o : outs) {
            cols[i++] = o.values();
        }
        for (int c = 0; c < rows.columnCount(); c++) {
            cols[i++] = rows.column(c).gather(source, count);
        }
        return new Batch(cols, count, rows.group());
    }

    private ColumnVector[] args(Call call, Batch rows) {
        ColumnVector[] a = new ColumnVector[call.args().size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = call.args().get(i).eval(rows, ctx);
            if (a[i].size() < rows.rows()) {
                // constant arguments evaluate to a single value
                a[i] = Values.constant(Values.get(a[i], 0, call.argTypes().get(i)), call.argTypes().get(i),
                        rows.rows());
            }
        }
        return a;
    }

    private static boolean sameRows(SeriesFunction.Output a, SeriesFunction.Output b) {
        return a.count() == b.count()
                && Arrays.equals(a.source(), 0, a.count(), b.source(), 0, b.count());
    }
}
