package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.aggregate.Accumulator;
import io.taos4j.server.query.aggregate.AggregateFunction;
import io.taos4j.server.query.aggregate.WindowSeries;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.Kernels;
import io.taos4j.server.storage.TableData;
import io.taos4j.server.type.DataType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups rows by key expressions (GROUP BY / PARTITION BY) and, optionally, by INTERVAL window, and computes
 * aggregate calls per group.
 *
 * <p>Output columns, in order: the key values; for windows {@code _wstart}, {@code _wend}, {@code _wduration};
 * one column per call; then the companion columns (values of the row the selector call chose). Groups come out in
 * first-seen order, windows of a group in time order.
 *
 * <p>When every key is constant within an input batch (tags, tbname) whole runs of rows are added at once; with an
 * interval, each batch's rows must be in ascending timestamp order (table scans are).
 */
public final class Aggregate implements Operator {

    /** One aggregate call. */
    /**
     * One aggregate call.
     *
     * @param borders in INTERVAL windows, compute the call from the partition's whole series with TDengine's window
     *                border rules when the function has them ({@link AggregateFunction#newWindowSeries})
     */
    public record Call(AggregateFunction function, List<Expression> args, List<DataType> argTypes,
                       DataType resultType, List<Object> constants, boolean borders) {
        public Call {
            args = List.copyOf(args);
            argTypes = List.copyOf(argTypes);
            constants = new ArrayList<>(constants);
        }

        public Call(AggregateFunction function, List<Expression> args, List<DataType> argTypes,
                    DataType resultType, List<Object> constants) {
            this(function, args, argTypes, resultType, constants, true);
        }
    }

    private final Operator input;
    private final List<Expression> keys;
    private final boolean keysConstantPerBatch;
    private final IntervalSpec interval;
    private final List<Call> calls;
    private final int tsColumn;
    private final int selectorCall;
    private final List<Expression> companions;
    private final boolean emitEmptyGroup;
    private final EvalContext ctx;
    private RowWindows rowWindows;
    /** Calls computed per INTERVAL window from the partition's whole series (border interpolation, TWA). */
    private final boolean[] border;
    private final boolean anyBorder;

    private Iterator<Batch> output;

    /**
     * @param keys                 grouping expressions (empty: one group)
     * @param keysConstantPerBatch true when each key is constant within every input batch
     * @param interval             window spec, or null
     * @param tsColumn             input column of the primary timestamp (needed for windows and first/last), or -1
     * @param selectorCall         index of the selector call whose row gives the companions, or -1
     * @param companions           expressions evaluated on the selected row
     * @param emitEmptyGroup       with no keys and no window: emit one row even for empty input
     */
    public Aggregate(Operator input, List<Expression> keys, boolean keysConstantPerBatch, IntervalSpec interval,
                     List<Call> calls, int tsColumn, int selectorCall, List<Expression> companions,
                     boolean emitEmptyGroup, EvalContext ctx) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.keysConstantPerBatch = keysConstantPerBatch;
        this.interval = interval;
        this.calls = List.copyOf(calls);
        this.tsColumn = tsColumn;
        this.selectorCall = selectorCall;
        this.companions = List.copyOf(companions);
        this.emitEmptyGroup = emitEmptyGroup;
        this.ctx = ctx;
        this.border = new boolean[this.calls.size()];
        boolean any = false;
        for (int i = 0; i < border.length; i++) {
            Call c = this.calls.get(i);
            border[i] = interval != null && c.borders()
                    && c.function().newWindowSeries(c.argTypes(), c.constants()) != null;
            any |= border[i];
        }
        this.anyBorder = any;
    }

    /**
     * Groups rows into windows found by walking each partition in time order (SESSION, STATE, EVENT, COUNT) instead of
     * INTERVAL windows; the output then has window columns too. Call before the first {@link #next()}.
     */
    public Aggregate withRowWindows(RowWindows windows) {
        this.rowWindows = windows;
        return this;
    }

    private boolean windowed() {
        return interval != null || rowWindows != null;
    }

    @Override
    public Batch next() {
        if (output == null) {
            output = run().iterator();
        }
        return output.hasNext() ? output.next() : null;
    }

    @Override
    public void close() {
        input.close();
    }

    private final class Group {
        final Accumulator[] accs = new Accumulator[calls.size()];
        long start;
        long end;
        final ColumnVector[] chosen = new ColumnVector[companions.size()];

        Group() {
            for (int i = 0; i < accs.length; i++) {
                Call c = calls.get(i);
                accs[i] = c.function().newAccumulator(c.argTypes(), c.resultType(), c.constants());
            }
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = Values.allocate(companions.get(i).type(), 1);
                chosen[i].appendNull();
            }
        }
    }

    private final class Partition {
        final Object[] keyValues;
        Group single;
        final TreeMap<Long, Group> windows = new TreeMap<>();
        final List<Group> rowWindowGroups = new ArrayList<>();
        final WindowSeries[] series;

        Partition(Object[] keyValues) {
            this.keyValues = keyValues;
            this.series = anyBorder ? new WindowSeries[calls.size()] : null;
            for (int i = 0; anyBorder && i < series.length; i++) {
                if (border[i]) {
                    Call c = calls.get(i);
                    series[i] = c.function().newWindowSeries(c.argTypes(), c.constants());
                }
            }
        }

        void addSeries(ColumnVector[][] args, long[] ts, int from, int to) {
            for (int i = 0; series != null && i < series.length; i++) {
                if (series[i] != null) {
                    series[i].add(args[i], ts, from, to);
                }
            }
        }

        Group window(long start) {
            return windows.computeIfAbsent(start, s -> new Group());
        }

        Group single() {
            if (single == null) {
                single = new Group();
            }
            return single;
        }
    }

    private List<Batch> run() {
        if (rowWindows != null) {
            return runRowWindows();
        }
        Map<List<Object>, Partition> partitions = new LinkedHashMap<>();
        Batch b;
        while ((b = input.next()) != null) {
            int n = b.rows();
            ColumnVector[] keyVecs = new ColumnVector[keys.size()];
            for (int k = 0; k < keyVecs.length; k++) {
                keyVecs[k] = keys.get(k).eval(b, ctx);
            }
            ColumnVector[][] args = new ColumnVector[calls.size()][];
            for (int c = 0; c < args.length; c++) {
                List<Expression> a = calls.get(c).args();
                args[c] = new ColumnVector[a.size()];
                for (int i = 0; i < a.size(); i++) {
                    args[c][i] = a.get(i).eval(b, ctx);
                }
            }
            ColumnVector[] comp = new ColumnVector[companions.size()];
            for (int i = 0; i < comp.length; i++) {
                comp[i] = companions.get(i).eval(b, ctx);
            }
            long[] ts = tsColumn >= 0 ? ((LongVector) b.column(tsColumn)).values() : null;
            if (keysConstantPerBatch || keys.isEmpty()) {
                Partition p = partitions.computeIfAbsent(keyOf(keyVecs, 0), k -> new Partition(valuesOf(keyVecs, 0)));
                if (interval == null) {
                    addRange(p.single(), args, comp, ts, 0, n);
                } else {
                    p.addSeries(args, ts, 0, n);
                    addWindows(p, args, comp, ts, n);
                }
            } else {
                for (int r = 0; r < n; r++) {
                    final int row = r;
                    Partition p = partitions.computeIfAbsent(keyOf(keyVecs, r),
                            k -> new Partition(valuesOf(keyVecs, row)));
                    if (interval == null) {
                        addRow(p.single(), args, comp, ts, r);
                    } else {
                        long t = ts[r];
                        p.addSeries(args, ts, r, r + 1);
                        for (long s = interval.firstStartContaining(t); s <= t; s = interval.next(s)) {
                            addRow(p.window(s), args, comp, ts, r);
                        }
                    }
                }
            }
        }
        if (partitions.isEmpty() && keys.isEmpty() && interval == null && emitEmptyGroup) {
            partitions.computeIfAbsent(List.of(), k -> new Partition(new Object[0])).single();
        }
        return emit(partitions);
    }

    private List<Batch> runRowWindows() {
        Map<List<Object>, Partition> partitions = new LinkedHashMap<>();
        for (Partitions.Partition part : Partitions.read(input, keys, keysConstantPerBatch, tsColumn, ctx)) {
            Batch b = part.rows();
            Partition p = new Partition(part.keys());
            partitions.put(java.util.Arrays.asList(part.keys()), p);
            ColumnVector[][] args = new ColumnVector[calls.size()][];
            for (int c = 0; c < args.length; c++) {
                List<Expression> a = calls.get(c).args();
                args[c] = new ColumnVector[a.size()];
                for (int i = 0; i < a.size(); i++) {
                    args[c][i] = a.get(i).eval(b, ctx);
                }
            }
            ColumnVector[] comp = new ColumnVector[companions.size()];
            for (int i = 0; i < comp.length; i++) {
                comp[i] = companions.get(i).eval(b, ctx);
            }
            long[] ts = ((LongVector) b.column(tsColumn)).values();
            rowWindows.split(b, ts, ctx, (start, end, ranges, count) -> {
                Group g = new Group();
                g.start = start;
                g.end = end;
                for (int i = 0; i < count; i++) {
                    addRange(g, args, comp, ts, ranges[2 * i], ranges[2 * i + 1]);
                }
                p.rowWindowGroups.add(g);
            });
        }
        return emit(partitions);
    }

    private void addWindows(Partition p, ColumnVector[][] args, ColumnVector[] comp, long[] ts, int n) {
        long first = ts[0];
        long last = ts[n - 1];
        for (long s = interval.firstStartContaining(first); s <= last; s = interval.next(s)) {
            long e = interval.end(s);
            int from = lowerBound(ts, n, s);
            int to = lowerBound(ts, n, e);
            if (from < to) {
                addRange(p.window(s), args, comp, ts, from, to);
            }
        }
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

    private void addRange(Group g, ColumnVector[][] args, ColumnVector[] comp, long[] ts, int from, int to) {
        for (int c = 0; c < calls.size(); c++) {
            if (border[c]) {
                continue;
            }
            if (c == selectorCall) {
                int chosen = -1;
                for (int r = from; r < to; r++) {
                    if (g.accs[c].addRow(args[c], ts, r)) {
                        chosen = r; // a later choice replaces an earlier one: copy the companions once
                    }
                }
                if (chosen >= 0) {
                    capture(g, comp, chosen);
                }
            } else {
                g.accs[c].add(args[c], ts, from, to);
            }
        }
    }

    private void addRow(Group g, ColumnVector[][] args, ColumnVector[] comp, long[] ts, int r) {
        for (int c = 0; c < calls.size(); c++) {
            if (border[c]) {
                continue;
            }
            if (g.accs[c].addRow(args[c], ts, r) && c == selectorCall) {
                capture(g, comp, r);
            }
        }
    }

    private void capture(Group g, ColumnVector[] comp, int r) {
        for (int i = 0; i < comp.length; i++) {
            g.chosen[i].clear();
            g.chosen[i].appendFrom(comp[i], r);
        }
    }

    private List<Object> keyOf(ColumnVector[] keyVecs, int row) {
        if (keyVecs.length == 0) {
            return List.of();
        }
        Object[] k = new Object[keyVecs.length];
        for (int i = 0; i < k.length; i++) {
            Object v = Values.get(keyVecs[i], row, keys.get(i).type());
            k[i] = v instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : v;
        }
        return Arrays.asList(k);
    }

    private Object[] valuesOf(ColumnVector[] keyVecs, int row) {
        Object[] k = new Object[keyVecs.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = Values.get(keyVecs[i], row, keys.get(i).type());
        }
        return k;
    }

    private List<Batch> emit(Map<List<Object>, Partition> partitions) {
        List<Batch> out = new ArrayList<>();
        Emitter e = new Emitter();
        for (Partition p : partitions.values()) {
            if (rowWindows != null) {
                for (Group g : p.rowWindowGroups) {
                    e.row(p, g, g.start);
                }
            } else if (interval == null) {
                if (p.single != null) {
                    e.row(p, p.single, 0);
                }
            } else {
                for (Map.Entry<Long, Group> w : p.windows.entrySet()) {
                    e.row(p, w.getValue(), w.getKey());
                }
            }
            if (e.rows >= TableData.CHUNK_ROWS) {
                out.add(e.flush());
            }
        }
        if (e.rows > 0) {
            out.add(e.flush());
        }
        return out;
    }

    /** Builds output batches row by row. */
    private final class Emitter {
        ColumnVector[] cols;
        int rows;

        Emitter() {
            reset();
        }

        private void reset() {
            int windowCols = windowed() ? 3 : 0;
            cols = new ColumnVector[keys.size() + windowCols + calls.size() + companions.size()];
            int i = 0;
            for (Expression k : keys) {
                cols[i++] = Values.allocate(k.type(), 16);
            }
            if (windowed()) {
                cols[i++] = Values.allocate(DataType.TIMESTAMP, 16);
                cols[i++] = Values.allocate(DataType.TIMESTAMP, 16);
                cols[i++] = Values.allocate(DataType.BIGINT, 16);
            }
            for (Call c : calls) {
                cols[i++] = Values.allocate(c.resultType(), 16);
            }
            for (Expression c : companions) {
                cols[i++] = Values.allocate(c.type(), 16);
            }
            rows = 0;
        }

        void row(Partition p, Group g, long windowStart) {
            int i = 0;
            for (int k = 0; k < keys.size(); k++) {
                Values.append(cols[i++], p.keyValues[k], keys.get(k).type());
            }
            if (windowed()) {
                long end = interval != null ? interval.end(windowStart) : g.end;
                ((LongVector) cols[i++]).append(windowStart);
                ((LongVector) cols[i++]).append(end);
                ((LongVector) cols[i++]).append(end - windowStart);
            }
            for (int c = 0; c < g.accs.length; c++) {
                if (border[c]) {
                    p.series[c].result(windowStart, interval.end(windowStart), cols[i++]);
                } else {
                    g.accs[c].result(cols[i++]);
                }
            }
            for (ColumnVector c : g.chosen) {
                cols[i++].appendFrom(c, 0);
            }
            rows++;
        }

        Batch flush() {
            Batch b = new Batch(cols, rows);
            reset();
            return b;
        }
    }

    /** True when {@code v} holds a true BOOL at {@code row}. */
    static boolean truthy(ColumnVector v, int row) {
        return Kernels.isTrue(v, row);
    }
}
