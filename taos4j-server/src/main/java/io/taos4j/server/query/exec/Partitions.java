package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Expression;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an input completely and splits it into partitions by key expressions (PARTITION BY), each as one batch in
 * timestamp order: what time-series functions and row-ordered windows (session, state, event, count, INTERP) work
 * on. Rows of one partition coming from several tables are merged by timestamp (stable, so ties keep input order).
 */
public final class Partitions {
    /** One partition: its key values and its rows in timestamp order. */
    public record Partition(Object[] keys, Batch rows) {
    }

    private Partitions() {
    }

    /**
     * @param keys          partition key expressions (empty: everything is one partition)
     * @param constantKeys  true when every key is constant within each input batch (tags, tbname)
     * @param tsColumn      input column holding the primary timestamp
     * @param keepEmpty     with no keys, return one empty partition for empty input
     */
    public static List<Partition> read(Operator input, List<Expression> keys, boolean constantKeys, int tsColumn,
                                       EvalContext ctx) {
        Map<List<Object>, Object[]> keyValues = new LinkedHashMap<>();
        Map<List<Object>, List<Batch>> parts = new LinkedHashMap<>();
        Batch b;
        while ((b = input.next()) != null) {
            int n = b.rows();
            if (keys.isEmpty()) {
                parts.computeIfAbsent(List.of(), k -> new ArrayList<>()).add(b);
                keyValues.putIfAbsent(List.of(), new Object[0]);
                continue;
            }
            ColumnVector[] kv = new ColumnVector[keys.size()];
            for (int i = 0; i < kv.length; i++) {
                kv[i] = keys.get(i).eval(b, ctx);
            }
            if (constantKeys) {
                List<Object> k = keyOf(kv, keys, 0);
                keyValues.putIfAbsent(k, valuesOf(kv, keys, 0));
                parts.computeIfAbsent(k, x -> new ArrayList<>()).add(b);
                continue;
            }
            Map<List<Object>, int[]> rows = new LinkedHashMap<>();
            Map<List<Object>, Integer> counts = new LinkedHashMap<>();
            for (int r = 0; r < n; r++) {
                List<Object> k = keyOf(kv, keys, r);
                int row = r;
                keyValues.computeIfAbsent(k, x -> valuesOf(kv, keys, row));
                int[] idx = rows.computeIfAbsent(k, x -> new int[n]);
                int c = counts.getOrDefault(k, 0);
                idx[c] = r;
                counts.put(k, c + 1);
            }
            for (Map.Entry<List<Object>, int[]> e : rows.entrySet()) {
                parts.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(b.select(e.getValue(),
                        counts.get(e.getKey())));
            }
        }
        List<Partition> out = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Batch>> e : parts.entrySet()) {
            out.add(new Partition(keyValues.get(e.getKey()), ordered(concat(e.getValue()), tsColumn)));
        }
        return out;
    }

    /** One batch holding all rows of {@code batches}. */
    static Batch concat(List<Batch> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        int total = 0;
        for (Batch x : batches) {
            total += x.rows();
        }
        Batch first = batches.get(0);
        ColumnVector[] cols = new ColumnVector[first.columnCount()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = first.column(c).newEmpty(total);
            for (Batch x : batches) {
                cols[c].appendRange(x.column(c), 0, x.rows());
            }
        }
        return new Batch(cols, total, first.group());
    }

    /** The batch with its rows sorted by the timestamp column (stable); the batch itself when already ordered. */
    static Batch ordered(Batch b, int tsColumn) {
        if (tsColumn < 0) {
            return b;
        }
        long[] ts = ((LongVector) b.column(tsColumn)).values();
        int n = b.rows();
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = ts[i - 1] <= ts[i];
        }
        if (sorted) {
            return b;
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        IntSorter.sort(idx, n, (x, y) -> Long.compare(ts[x], ts[y]));
        return b.select(idx, n);
    }

    private static List<Object> keyOf(ColumnVector[] kv, List<Expression> keys, int row) {
        Object[] k = new Object[kv.length];
        for (int i = 0; i < k.length; i++) {
            Object v = Values.get(kv[i], row, keys.get(i).type());
            k[i] = v instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : v;
        }
        return Arrays.asList(k);
    }

    private static Object[] valuesOf(ColumnVector[] kv, List<Expression> keys, int row) {
        Object[] k = new Object[kv.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = Values.get(kv[i], row, keys.get(i).type());
        }
        return k;
    }
}
