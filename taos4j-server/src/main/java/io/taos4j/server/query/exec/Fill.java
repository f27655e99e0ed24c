package io.taos4j.server.query.exec;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.storage.TableData;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FILL for INTERVAL results (tdengine-sql.md §6.7): emits every window whose start lies in the query range, per
 * partition, filling the aggregate columns of empty windows (and, for VALUE, PREV and NEXT, NULL results of
 * non-empty windows, as TDengine 3.3.7.5 does).
 *
 * <p>Input: the output of {@link Aggregate} with an interval, i.e. {@code keyCount} key columns, then
 * {@code _wstart, _wend, _wduration}, then the filled columns; partitions contiguous and windows ascending.
 */
public final class Fill implements Operator {
    /** FILL modes. */
    public enum Mode { NONE, NULL, NULL_F, VALUE, VALUE_F, PREV, NEXT, LINEAR, NEAR }

    private final Operator input;
    private final int keyCount;
    private final IntervalSpec spec;
    private final long rangeStart;
    private final long rangeEnd;
    private final Mode mode;
    private final Object[] values;
    private final List<DataType> types;
    private List<Batch> output;
    private int next;

    /**
     * @param types  the types of all input columns
     * @param values for VALUE/VALUE_F: one value per column after the window columns (already of that column's
     *               type), null entries where the column is not filled by value
     */
    public Fill(Operator input, int keyCount, IntervalSpec spec, long rangeStart, long rangeEnd, Mode mode,
                Object[] values, List<DataType> types) {
        this.input = input;
        this.keyCount = keyCount;
        this.spec = spec;
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.mode = mode;
        this.values = values;
        this.types = List.copyOf(types);
    }

    @Override
    public Batch next() {
        if (output == null) {
            output = run();
        }
        return next < output.size() ? output.get(next++) : null;
    }

    @Override
    public void close() {
        input.close();
    }

    private List<Batch> run() {
        List<Object[]> rows = new ArrayList<>();
        Batch b;
        while ((b = input.next()) != null) {
            for (int r = 0; r < b.rows(); r++) {
                Object[] row = new Object[types.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = Values.get(b.column(c), r, types.get(c));
                }
                rows.add(row);
            }
        }
        List<Object[]> out = new ArrayList<>();
        int i = 0;
        if (rows.isEmpty() && keyCount == 0 && (mode == Mode.NULL_F || mode == Mode.VALUE_F)) {
            fillPartition(new Object[0], List.of(), out);
        }
        while (i < rows.size()) {
            int j = i + 1;
            while (j < rows.size() && sameKey(rows.get(i), rows.get(j))) {
                j++;
            }
            fillPartition(Arrays.copyOf(rows.get(i), keyCount), rows.subList(i, j), out);
            i = j;
        }
        return toBatches(out);
    }

    private boolean sameKey(Object[] a, Object[] b) {
        for (int k = 0; k < keyCount; k++) {
            Object x = a[k];
            Object y = b[k];
            if (x instanceof byte[] bx && y instanceof byte[] by ? !Arrays.equals(bx, by) : !java.util.Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    private void fillPartition(Object[] key, List<Object[]> existing, List<Object[]> out) {
        int first = keyCount + 3;
        int n = types.size();
        List<Object[]> series = new ArrayList<>();
        List<Boolean> empty = new ArrayList<>();
        int e = 0;
        if (mode == Mode.NONE) {
            out.addAll(existing);
            return;
        }
        long start = spec.alignedStart(rangeStart);
        long last = spec.alignedStart(rangeEnd);
        // windows before the range that hold data (sliding windows may start earlier) keep their place
        while (e < existing.size() && (long) existing.get(e)[keyCount] < start) {
            series.add(existing.get(e++));
            empty.add(false);
        }
        for (long s = start; s <= last; s = spec.next(s)) {
            if (e < existing.size() && (long) existing.get(e)[keyCount] == s) {
                series.add(existing.get(e++));
                empty.add(false);
            } else {
                Object[] row = new Object[n];
                System.arraycopy(key, 0, row, 0, keyCount);
                long end = spec.end(s);
                row[keyCount] = s;
                row[keyCount + 1] = end;
                row[keyCount + 2] = end - s;
                series.add(row);
                empty.add(true);
            }
        }
        while (e < existing.size()) {
            series.add(existing.get(e++));
            empty.add(false);
        }
        for (int c = first; c < n; c++) {
            fillColumn(series, empty, c);
        }
        out.addAll(series);
    }

    private void fillColumn(List<Object[]> series, List<Boolean> empty, int c) {
        int n = series.size();
        DataType t = types.get(c);
        switch (mode) {
            case NULL, NULL_F -> {
                // empty windows already hold NULL
            }
            case VALUE, VALUE_F -> {
                Object v = values[c - keyCount - 3];
                for (Object[] row : series) {
                    if (row[c] == null) {
                        row[c] = v;
                    }
                }
            }
            case PREV -> {
                Object prev = null;
                for (Object[] row : series) {
                    if (row[c] == null) {
                        row[c] = prev;
                    } else {
                        prev = row[c];
                    }
                }
            }
            case NEXT -> {
                Object nxt = null;
                for (int i = n - 1; i >= 0; i--) {
                    Object[] row = series.get(i);
                    if (row[c] == null) {
                        row[c] = nxt;
                    } else {
                        nxt = row[c];
                    }
                }
            }
            case LINEAR -> linear(series, empty, c, t);
            case NEAR -> {
                for (int i = 0; i < n; i++) {
                    if (!empty.get(i)) {
                        continue;
                    }
                    int p = i - 1;
                    while (p >= 0 && empty.get(p)) {
                        p--;
                    }
                    int q = i + 1;
                    while (q < n && empty.get(q)) {
                        q++;
                    }
                    int pick = p < 0 ? q : q >= n ? p : (i - p <= q - i ? p : q);
                    if (pick >= 0 && pick < n) {
                        series.get(i)[c] = series.get(pick)[c];
                    }
                }
            }
            default -> throw new IllegalStateException(mode.toString());
        }
    }

    /** Empty windows between two non-empty windows with non-NULL values get the straight-line value. */
    private void linear(List<Object[]> series, List<Boolean> empty, int c, DataType t) {
        int n = series.size();
        if (!(t.type().isInteger() || t.type().isFloating())) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!empty.get(i)) {
                continue;
            }
            int p = i - 1;
            while (p >= 0 && empty.get(p)) {
                p--;
            }
            int q = i + 1;
            while (q < n && empty.get(q)) {
                q++;
            }
            if (p < 0 || q >= n) {
                continue;
            }
            Object a = series.get(p)[c];
            Object b = series.get(q)[c];
            if (a == null || b == null) {
                continue;
            }
            double x0 = (long) series.get(p)[keyCount];
            double x1 = (long) series.get(q)[keyCount];
            double x = (long) series.get(i)[keyCount];
            double y0 = Values.toDouble(a, t);
            double y1 = Values.toDouble(b, t);
            double y = y0 + (y1 - y0) * (x - x0) / (x1 - x0);
            series.get(i)[c] = t.type().isFloating() ? (Object) (t.type() == TaosType.FLOAT ? (Object) (float) y : y)
                    : (Object) (long) y;
        }
    }

    private List<Batch> toBatches(List<Object[]> rows) {
        List<Batch> out = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += TableData.CHUNK_ROWS) {
            int to = Math.min(rows.size(), from + TableData.CHUNK_ROWS);
            ColumnVector[] cols = new ColumnVector[types.size()];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = Values.allocate(types.get(c), to - from);
                for (int r = from; r < to; r++) {
                    Values.append(cols[c], rows.get(r)[c], types.get(c));
                }
            }
            out.add(new Batch(cols, to - from));
        }
        return out;
    }

    /** The {@code _wstart} column of a batch produced by this operator. */
    public static LongVector windowStarts(Batch b, int keyCount) {
        return (LongVector) b.column(keyCount);
    }
}
