package io.taos4j.server.query.exec;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * INTERP (tdengine-sql.md §6.8): values at the points {@code start, start + every, ... <= end} of each partition.
 * A row exactly at a point gives its value as is (even NULL; with {@code ignore_null} NULL rows do not count); other
 * points are filled: NULL/VALUE always, PREV/NEXT/NEAR from the nearest row before/after (no point without one),
 * LINEAR between the rows around the point (no point unless both exist; integers truncated).
 *
 * <p>{@code RANGE(t, around)} (single point, PREV/NEXT/NEAR only): the row used must lie within {@code around} ticks
 * of the point, else the point takes the FILL values; a point with no row at all in the search direction is still
 * left out.
 *
 * <p>Output columns: the partition keys, {@code _irowts}, {@code _isfilled}, {@code _irowts_origin} (the time of
 * the row a value came from; NULL for FILL values), then one column per call.
 */
public final class Interp implements Operator {

    /** One {@code interp(expr [, ignore_null])} call. */
    public record Call(Expression arg, boolean ignoreNull) {
    }

    private final Operator input;
    private final List<Expression> keys;
    private final boolean constantKeys;
    private final int tsColumn;
    private final List<Call> calls;
    private final long start;
    private final long end;
    private final long every;
    private final Fill.Mode mode;
    private final Object[] values;
    private final EvalContext ctx;
    private long around = -1;
    private Iterator<Batch> output;

    /**
     * @param every  step in ticks (any positive value for the single-point form)
     * @param values FILL(VALUE) values, one per call, already of the call's type
     */
    public Interp(Operator input, List<Expression> keys, boolean constantKeys, int tsColumn, List<Call> calls,
                  long start, long end, long every, Fill.Mode mode, Object[] values, EvalContext ctx) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.constantKeys = constantKeys;
        this.tsColumn = tsColumn;
        this.calls = List.copyOf(calls);
        this.start = start;
        this.end = end;
        this.every = every;
        this.mode = mode;
        this.values = values;
        this.ctx = ctx;
    }

    /**
     * Limits PREV/NEXT/NEAR to rows within {@code ticks} of the point ({@code RANGE(t, around)}); points without one
     * take {@code values}. Call before the first {@link #next()}.
     */
    public Interp withAround(long ticks) {
        this.around = ticks;
        return this;
    }

    @Override
    public Batch next() {
        if (output == null) {
            List<Batch> out = new ArrayList<>();
            List<Partitions.Partition> parts = Partitions.read(input, keys, constantKeys, tsColumn, ctx);
            if (parts.isEmpty() && keys.isEmpty() && (mode == Fill.Mode.NULL || mode == Fill.Mode.NULL_F
                    || mode == Fill.Mode.VALUE || mode == Fill.Mode.VALUE_F)) {
                parts = List.of(new Partitions.Partition(new Object[0], emptyBatch()));
            }
            for (Partitions.Partition p : parts) {
                Batch b = compute(p);
                if (b.rows() > 0) {
                    out.add(b);
                }
            }
            output = out.iterator();
        }
        return output.hasNext() ? output.next() : null;
    }

    @Override
    public void close() {
        input.close();
    }

    private Batch emptyBatch() {
        ColumnVector[] cols = new ColumnVector[tsColumn + 1];
        cols[tsColumn] = new LongVector(TaosType.TIMESTAMP, 0);
        return new Batch(cols, 0);
    }

    private Batch compute(Partitions.Partition p) {
        Batch rows = p.rows();
        int n = rows.rows();
        long[] ts = n == 0 ? new long[0] : ((LongVector) rows.column(tsColumn)).values();
        ColumnVector[] args = new ColumnVector[calls.size()];
        int[][] usable = new int[calls.size()][];
        int[] usableCount = new int[calls.size()];
        for (int c = 0; c < args.length; c++) {
            args[c] = n == 0 ? null : calls.get(c).arg().eval(rows, ctx);
            usable[c] = new int[n];
            for (int r = 0; r < n; r++) {
                if (!calls.get(c).ignoreNull() || !args[c].isNull(r)) {
                    usable[c][usableCount[c]++] = r;
                }
            }
        }
        LongVector irowts = new LongVector(TaosType.TIMESTAMP, 16);
        BoolVector filled = new BoolVector(16);
        LongVector origin = new LongVector(TaosType.TIMESTAMP, 16);
        ColumnVector[] outs = new ColumnVector[calls.size()];
        for (int c = 0; c < outs.length; c++) {
            outs[c] = Values.allocate(calls.get(c).arg().type(), 16);
        }
        for (long t = start; t <= end; t += every) {
            int[] idx = usable[0];
            int m = usableCount[0];
            int lo = lowerBound(idx, m, ts, t);
            boolean exact = lo < m && ts[idx[lo]] == t;
            boolean hasPrev = lo > 0;
            boolean hasNext = exact ? lo + 1 < m : lo < m;
            boolean emit = exact || switch (mode) {
                case PREV -> hasPrev;
                case NEXT -> hasNext;
                case LINEAR -> hasPrev && hasNext;
                case NEAR -> hasPrev || hasNext;
                default -> true;
            };
            if (!emit) {
                continue;
            }
            irowts.append(t);
            filled.append(!exact);
            int source = exact ? idx[lo] : chosen(idx, lo, m, ts, t);
            if (source < 0 || around >= 0 && Math.abs(ts[source] - t) > around) {
                origin.appendNull();
            } else {
                origin.append(ts[source]);
            }
            for (int c = 0; c < outs.length; c++) {
                point(c, args[c], usable[c], usableCount[c], ts, t, outs[c]);
            }
            if (t > Long.MAX_VALUE - every) {
                break;
            }
        }
        int count = irowts.size();
        ColumnVector[] cols = new ColumnVector[keys.size() + 3 + calls.size()];
        int i = 0;
        for (int k = 0; k < keys.size(); k++) {
            cols[i++] = Values.constant(p.keys()[k], keys.get(k).type(), count);
        }
        cols[i++] = irowts;
        cols[i++] = filled;
        cols[i++] = origin;
        for (ColumnVector o : outs) {
            cols[i++] = o;
        }
        return new Batch(cols, count, rows.group());
    }

    private void point(int c, ColumnVector arg, int[] idx, int m, long[] ts, long t, ColumnVector out) {
        DataType type = calls.get(c).arg().type();
        int lo = lowerBound(idx, m, ts, t);
        if (lo < m && ts[idx[lo]] == t) {
            out.appendFrom(arg, idx[lo]);
            return;
        }
        int prev = lo > 0 ? idx[lo - 1] : -1;
        int next = lo < m ? idx[lo] : -1;
        if (around >= 0) {
            int row = chosen(idx, lo, m, ts, t);
            if (row < 0 || Math.abs(ts[row] - t) > around) {
                Values.append(out, values[c], type);
            } else {
                out.appendFrom(arg, row);
            }
            return;
        }
        switch (mode) {
            case NULL, NULL_F -> out.appendNull();
            case VALUE, VALUE_F -> Values.append(out, values[c], type);
            case PREV -> append(out, arg, prev);
            case NEXT -> append(out, arg, next);
            case NEAR -> append(out, arg, prev < 0 ? next : next < 0 ? prev
                    : t - ts[prev] <= ts[next] - t ? prev : next);
            case LINEAR -> {
                if (prev < 0 || next < 0 || arg.isNull(prev) || arg.isNull(next)) {
                    out.appendNull();
                    return;
                }
                double y0 = Values.toDouble(Values.get(arg, prev, type), type);
                double y1 = Values.toDouble(Values.get(arg, next, type), type);
                double y = y0 + (y1 - y0) * (double) (t - ts[prev]) / (double) (ts[next] - ts[prev]);
                TaosType tt = type.type();
                Object v = tt == TaosType.DOUBLE ? (Object) y : tt == TaosType.FLOAT ? (Object) (float) y
                        : tt == TaosType.BOOL ? (Object) (y != 0) : (Object) (long) y;
                Values.append(out, v, type);
            }
            default -> out.appendNull();
        }
    }

    /** The row PREV, NEXT or NEAR takes for a point with no row of its own, or -1 (no row in that direction). */
    private int chosen(int[] idx, int lo, int m, long[] ts, long t) {
        int prev = lo > 0 ? idx[lo - 1] : -1;
        int next = lo < m ? idx[lo] : -1;
        return switch (mode) {
            case PREV -> prev;
            case NEXT -> next;
            case NEAR -> prev < 0 ? next : next < 0 ? prev : t - ts[prev] <= ts[next] - t ? prev : next;
            default -> -1;
        };
    }

    private static void append(ColumnVector out, ColumnVector arg, int row) {
        if (row < 0) {
            out.appendNull();
        } else {
            out.appendFrom(arg, row);
        }
    }

    /** First position in {@code idx[0..m)} whose row time is {@code >= t}. */
    private static int lowerBound(int[] idx, int m, long[] ts, long t) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts[idx[mid]] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
