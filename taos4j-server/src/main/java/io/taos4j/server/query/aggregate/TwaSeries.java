package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;

/**
 * {@code twa(expr)} over INTERVAL windows, with TDengine's window-border interpolation (timewindowoperator.c
 * {@code doWindowBorderInterpolation}, builtinsimpl.c {@code twaFunction} / {@code twaFinalize}).
 *
 * <p>All rows of one partition are kept in time order. For a window {@code [s, e]} (TDengine's inclusive end
 * {@code e = _wend - 1 tick}) holding rows {@code i..j} of the series:
 * <ul>
 *   <li>start: when row {@code i} is not at {@code s} and a row precedes it, the value at {@code s} is linearly
 *       interpolated between rows {@code i-1} and {@code i} and the area starts at {@code s};</li>
 *   <li>end: when row {@code j} is not at {@code e} and a row follows it, the value at {@code e} is interpolated
 *       between rows {@code j} and {@code j+1} and the area ends at {@code e};</li>
 *   <li>the result is the trapezoid area over the non-NULL points (plus the interpolated ones) divided by the span
 *       from the first to the last of them; a single point gives its value.</li>
 * </ul>
 * The first window of a series has no start interpolation and the last no end interpolation. A window of NULL values
 * only gives 0 when its end border applies (TDengine counts the end point but never sets the window start), else
 * NULL. Where TDengine interpolates from a NULL neighbour it reads the raw cell (an undefined value); that border is
 * not interpolated here.
 */
public final class TwaSeries implements WindowSeries {
    private final TaosType in;
    /** Rows in arrival order; NaN marks a NULL value. */
    private final DoubleList rows = new DoubleList(true);
    private boolean sorted;

    public TwaSeries(DataType argType) {
        this.in = argType.type();
    }

    /** Adds rows {@code [from, to)}: every row counts for the borders, NULL values included. */
    @Override
    public void add(ColumnVector[] args, long[] ts, int from, int to) {
        ColumnVector v = args[0];
        for (int i = from; i < to; i++) {
            rows.add(ts[i], v.isNull(i) ? Double.NaN : Read.asDouble(v, in, i));
        }
        sorted = false;
    }

    /** Appends the TWA of the window starting at {@code start} and ending (exclusive) at {@code end}. */
    @Override
    public void result(long start, long end, ColumnVector out) {
        if (!sorted) {
            rows.sortByTime();
            sorted = true;
        }
        long[] t = rows.times;
        double[] v = rows.values;
        int n = rows.size;
        WindowSeries.Borders b = WindowSeries.Borders.of(t, n, start, end);
        if (b == null) {
            out.appendNull();
            return;
        }
        int first = b.first();
        int last = b.last();
        long inclusiveEnd = end - 1;
        boolean hasStart = false;
        double startValue = 0;
        if (b.start() && !Double.isNaN(v[first - 1]) && !Double.isNaN(v[first])) {
            hasStart = true;
            startValue = interpolate(t[first - 1], v[first - 1], t[first], v[first], start);
        }
        // rows sharing the last timestamp: the end interpolation starts from the first of them
        int endRow = last;
        while (endRow > first && t[endRow] == t[endRow - 1]) {
            endRow--;
        }
        boolean endApplies = b.end();
        boolean hasEnd = false;
        double endValue = 0;
        if (endApplies && !Double.isNaN(v[endRow]) && !Double.isNaN(v[last + 1])) {
            hasEnd = true;
            endValue = interpolate(t[endRow], v[endRow], t[last + 1], v[last + 1], inclusiveEnd);
        }

        double area = 0;
        boolean any = false;
        long prevKey = 0;
        double prevValue = 0;
        long spanStart = 0;
        for (int r = first; r <= last; r++) {
            if (Double.isNaN(v[r])) {
                continue;
            }
            if (!any) {
                any = true;
                if (hasStart) {
                    area += area(start, startValue, t[r], v[r]);
                    spanStart = start;
                } else {
                    spanStart = t[r];
                }
            } else {
                if (prevKey == t[r]) {
                    throw Aggregates.duplicateTimestamps();
                }
                area += area(prevKey, prevValue, t[r], v[r]);
            }
            prevKey = t[r];
            prevValue = v[r];
        }
        if (!any) {
            // only NULL values: TDengine still counts an end border point but never sets the window start, giving 0
            if (endApplies) {
                ((DoubleVector) out).append(0.0);
            } else {
                out.appendNull();
            }
            return;
        }
        if (hasEnd) {
            area += area(prevKey, prevValue, inclusiveEnd, endValue);
            prevKey = inclusiveEnd;
            prevValue = endValue;
        }
        double result = prevKey == spanStart ? prevValue : area / (prevKey - spanStart);
        ((DoubleVector) out).append(result);
    }

    /** fill's DO_INTERPOLATION: the straight line through both points, evaluated at {@code k}. */
    static double interpolate(long k1, double v1, long k2, double v2, long k) {
        return v1 + (v2 - v1) * ((double) k - (double) k1) / ((double) k2 - (double) k1);
    }

    /** twa_get_area: the trapezoid, or the two triangles when the line crosses zero. */
    static double area(long sk, double sv, long ek, double ev) {
        if (sv >= 0 && ev >= 0 || sv <= 0 && ev <= 0) {
            return (sv + ev) * (ek - sk) / 2;
        }
        double x = (sk * ev - ek * sv) / (ev - sv);
        return (sv * (x - sk) + ev * (ek - x)) / 2;
    }
}
