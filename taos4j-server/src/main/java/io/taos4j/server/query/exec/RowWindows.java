package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.Kernels;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Windows found by walking a partition's rows in time order (tdengine-sql.md §6.7): SESSION, STATE_WINDOW,
 * EVENT_WINDOW and COUNT_WINDOW. Their {@code _wstart}/{@code _wend} are the first and last row's timestamps.
 */
public sealed interface RowWindows {

    /** Receives the windows of one partition. */
    interface Sink {
        /**
         * One window: rows {@code ranges[2i] .. ranges[2i+1]} (exclusive) for {@code i < rangeCount} take part in its
         * aggregates; {@code start}/{@code end} are its timestamps.
         */
        void window(long start, long end, int[] ranges, int rangeCount);
    }

    /** Splits the rows (ascending {@code ts}) of one partition into windows. */
    void split(Batch rows, long[] ts, EvalContext ctx, Sink sink);

    /** {@code SESSION(ts, gap)}: a new window starts where two rows are more than {@code gap} ticks apart. */
    record Session(long gap) implements RowWindows {
        @Override
        public void split(Batch rows, long[] ts, EvalContext ctx, Sink sink) {
            int n = rows.rows();
            int from = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || ts[i] - ts[i - 1] > gap) {
                    sink.window(ts[from], ts[i - 1], new int[] {from, i}, 1);
                    from = i;
                }
            }
        }
    }

    /**
     * {@code STATE_WINDOW(expr) [TRUE_FOR(d)]}: runs of rows with equal non-NULL state. A NULL state does not end
     * the run: it is left out of the aggregates but extends {@code _wend} when the window is open; NULLs before the
     * first state belong to no window. {@code minDuration} drops shorter windows (0 when absent).
     */
    record State(Expression state, long minDuration) implements RowWindows {
        @Override
        public void split(Batch rows, long[] ts, EvalContext ctx, Sink sink) {
            int n = rows.rows();
            ColumnVector v = state.eval(rows, ctx);
            int[] ranges = new int[2 * n + 2];
            int count = 0;
            Object current = null;
            long start = 0;
            long end = 0;
            int runFrom = -1;
            for (int i = 0; i < n; i++) {
                Object s = Values.get(v, i, state.type());
                if (s == null) {
                    if (current != null) {
                        if (runFrom >= 0) {
                            ranges[count++] = runFrom;
                            ranges[count++] = i;
                            runFrom = -1;
                        }
                        end = ts[i];
                    }
                    continue;
                }
                if (current != null && !same(current, s)) {
                    if (runFrom >= 0) {
                        ranges[count++] = runFrom;
                        ranges[count++] = i;
                    }
                    emit(sink, start, end, ranges, count);
                    current = null;
                    count = 0;
                }
                if (current == null) {
                    current = s;
                    start = ts[i];
                    runFrom = i;
                } else if (runFrom < 0) {
                    runFrom = i;
                }
                end = ts[i];
            }
            if (current != null) {
                if (runFrom >= 0) {
                    ranges[count++] = runFrom;
                    ranges[count++] = n;
                }
                emit(sink, start, end, ranges, count);
            }
        }

        private void emit(Sink sink, long start, long end, int[] ranges, int count) {
            if (end - start >= minDuration) {
                sink.window(start, end, Arrays.copyOf(ranges, count), count / 2);
            }
        }

        static boolean same(Object a, Object b) {
            return a instanceof byte[] x && b instanceof byte[] y ? Arrays.equals(x, y) : Objects.equals(a, b);
        }
    }

    /**
     * {@code STATE_WINDOW(expr, extend)} (the form with the extend argument, TDengine 3.3.6.14+/3.4; its NULL rules
     * differ from the plain form above, following TDengine's test_state_window_extend): runs of equal non-NULL
     * state, NULL-state rows inside a run belong to it and take part in its aggregates. Extend 0 keeps each window
     * from its first to its last state row, rows before the first or after the last state and between runs belong
     * to no window. Extend 1 stretches each window's end to one tick before the next window's start (the last one to
     * the last row), so the rows in between join the earlier window; extend 2 moves each start to one tick after the
     * previous window's end (the first one to the first row), so they join the later window.
     */
    record ExtendedState(Expression state, long minDuration, int extend) implements RowWindows {
        @Override
        public void split(Batch rows, long[] ts, EvalContext ctx, Sink sink) {
            int n = rows.rows();
            ColumnVector v = state.eval(rows, ctx);
            // runs as {first row, last row} of equal non-NULL state
            int[] runs = new int[2 * n];
            int count = 0;
            Object current = null;
            for (int i = 0; i < n; i++) {
                Object s = Values.get(v, i, state.type());
                if (s == null) {
                    continue;
                }
                if (current != null && State.same(current, s)) {
                    runs[count - 1] = i;
                } else {
                    runs[count++] = i;
                    runs[count++] = i;
                    current = s;
                }
            }
            int windows = count / 2;
            for (int w = 0; w < windows; w++) {
                int from = runs[2 * w];
                int to = runs[2 * w + 1];
                long start = ts[from];
                long end = ts[to];
                if (extend == 1) {
                    to = w + 1 < windows ? runs[2 * w + 2] - 1 : n - 1;
                    end = w + 1 < windows ? ts[runs[2 * w + 2]] - 1 : ts[n - 1];
                } else if (extend == 2) {
                    from = w > 0 ? runs[2 * w - 1] + 1 : 0;
                    start = w > 0 ? ts[runs[2 * w - 1]] + 1 : ts[0];
                }
                if (end - start >= minDuration) {
                    sink.window(start, end, new int[] {from, to + 1}, 1);
                }
            }
        }
    }

    /**
     * {@code EVENT_WINDOW START WITH c1 END WITH c2 [TRUE_FOR(d)]}: opens on a row satisfying c1, closes on the
     * first row (possibly the same) satisfying c2; a window still open at the end is dropped.
     */
    record Event(Expression startCondition, Expression endCondition, long minDuration) implements RowWindows {
        @Override
        public void split(Batch rows, long[] ts, EvalContext ctx, Sink sink) {
            int n = rows.rows();
            ColumnVector begin = startCondition.eval(rows, ctx);
            ColumnVector finish = endCondition.eval(rows, ctx);
            int from = -1;
            for (int i = 0; i < n; i++) {
                if (from < 0 && Kernels.isTrue(begin, i)) {
                    from = i;
                }
                if (from >= 0 && Kernels.isTrue(finish, i)) {
                    if (ts[i] - ts[from] >= minDuration) {
                        sink.window(ts[from], ts[i], new int[] {from, i + 1}, 1);
                    }
                    from = -1;
                }
            }
        }
    }

    /**
     * {@code COUNT_WINDOW(n [, step] [, col, ...])}: windows of n rows starting every {@code step} rows (the last
     * ones may be short); with columns, rows whose listed columns are all NULL are skipped.
     */
    record Count(long size, long step, List<Expression> columns) implements RowWindows {
        @Override
        public void split(Batch rows, long[] ts, EvalContext ctx, Sink sink) {
            int n = rows.rows();
            int[] kept = new int[n];
            int m = 0;
            ColumnVector[] cols = new ColumnVector[columns.size()];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = columns.get(c).eval(rows, ctx);
            }
            for (int i = 0; i < n; i++) {
                boolean allNull = cols.length > 0;
                for (ColumnVector c : cols) {
                    allNull &= c.isNull(i);
                }
                if (!allNull) {
                    kept[m++] = i;
                }
            }
            for (long s = 0; s < m; s += step) {
                int to = (int) Math.min(m, s + size);
                int[] ranges = new int[2 * (to - (int) s)];
                int count = 0;
                for (int k = (int) s; k < to; k++) {
                    int r = kept[k];
                    if (count > 0 && ranges[count - 1] == r) {
                        ranges[count - 1] = r + 1;
                    } else {
                        ranges[count++] = r;
                        ranges[count++] = r + 1;
                    }
                }
                sink.window(ts[kept[(int) s]], ts[kept[to - 1]], ranges, count / 2);
                if (to == m) {
                    break;
                }
            }
        }
    }
}
