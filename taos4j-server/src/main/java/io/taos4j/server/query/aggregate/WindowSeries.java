package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.column.ColumnVector;

/**
 * The state of a function whose INTERVAL windows reach past their own rows (TDengine's
 * {@code FUNC_MGT_INTERVAL_INTERPO_FUNC}: TWA, ELAPSED): it keeps one partition's whole series and computes each
 * window from it, so a window can see the rows just before and after it (timewindowoperator.c
 * {@code doWindowBorderInterpolation}). Rows may arrive in any order.
 */
public interface WindowSeries {

    /** Adds rows {@code [from, to)} of the argument vectors; {@code ts} holds their primary timestamps. */
    void add(ColumnVector[] args, long[] ts, int from, int to);

    /** Appends the value of the window {@code [start, end)} (a window holding at least one row). */
    void result(long start, long end, ColumnVector out);

    /**
     * Where a window's border values come from, TDengine's rules for both functions: the window's first row and its
     * last row, positions in the time-ordered series {@code ts[0..n)}.
     */
    record Borders(int first, int last, boolean start, boolean end) {
        /**
         * The start border applies when the first row is not at {@code start} and a row precedes it; the end border
         * (at TDengine's inclusive end {@code end - 1}) when the last row is not there and a row follows it. Rows
         * sharing the last timestamp count from the first of them. Null when the window holds no row.
         */
        static Borders of(long[] ts, int n, long start, long end) {
            int first = lowerBound(ts, n, start);
            int last = lowerBound(ts, n, end) - 1;
            if (first > last) {
                return null;
            }
            int endRow = last;
            while (endRow > first && ts[endRow] == ts[endRow - 1]) {
                endRow--;
            }
            return new Borders(first, last, ts[first] != start && first > 0,
                    ts[endRow] != end - 1 && last + 1 < n);
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
    }
}
