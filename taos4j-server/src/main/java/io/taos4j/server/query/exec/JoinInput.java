package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.Kernels;
import io.taos4j.server.type.DataType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One side of a join, read completely into memory: its columns concatenated, the join key (the primary timestamp,
 * possibly truncated) and the group id of each row, and the row order sorted by (group, key).
 *
 * <p>Group ids number the distinct values of the grouping expressions (tag or column equalities between the two
 * sides, e.g. {@code a.groupid = b.groupid}); both sides share one numbering so equal ids mean equal values. A row
 * whose key or any grouping value is NULL gets group -1 and never matches.
 */
final class JoinInput {
    final Batch rows;
    final int size;
    final long[] keys;
    final int[] groups;
    /** Row indices in (group, key, position) order. */
    final int[] order;

    private JoinInput(Batch rows, long[] keys, int[] groups, int[] order) {
        this.rows = rows;
        this.size = rows.rows();
        this.keys = keys;
        this.groups = groups;
        this.order = order;
    }

    /**
     * Reads {@code input} to the end and closes it.
     *
     * @param types      the types of the input's columns
     * @param key        the join key over the input's columns (TIMESTAMP or BIGINT)
     * @param groupKeys  grouping expressions over the input's columns
     * @param groupIds   the shared numbering of grouping values, updated with new values
     */
    static JoinInput read(Operator input, List<DataType> types, Expression key, List<Expression> groupKeys,
                          Map<Object, Integer> groupIds, EvalContext ctx) {
        Batch all;
        try (input) {
            all = concat(input, types);
        }
        int n = all.rows();
        long[] keys = new long[n];
        int[] groups = new int[n];
        if (n > 0) {
            ColumnVector k = key.eval(all, ctx);
            long[] values = Kernels.longs(k, key.type(), n);
            System.arraycopy(values, 0, keys, 0, n);
            for (int i = 0; i < n; i++) {
                if (k.isNull(i)) {
                    groups[i] = -1;
                    keys[i] = Long.MIN_VALUE;
                }
            }
            if (!groupKeys.isEmpty()) {
                assignGroups(all, groupKeys, groups, groupIds, ctx);
            }
        }
        return new JoinInput(all, keys, groups, sortedOrder(keys, groups, n));
    }

    private static Batch concat(Operator input, List<DataType> types) {
        List<Batch> batches = new ArrayList<>();
        int total = 0;
        Batch b;
        while ((b = input.next()) != null) {
            batches.add(b);
            total += b.rows();
        }
        if (batches.size() == 1) {
            return new Batch(batches.get(0).columns(), total);
        }
        ColumnVector[] cols = new ColumnVector[types.size()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = Values.allocate(types.get(c), total);
            for (Batch x : batches) {
                cols[c].appendRange(x.column(c), 0, x.rows());
            }
        }
        return new Batch(cols, total);
    }

    private static void assignGroups(Batch all, List<Expression> groupKeys, int[] groups,
                                     Map<Object, Integer> groupIds, EvalContext ctx) {
        int n = all.rows();
        ColumnVector[] values = new ColumnVector[groupKeys.size()];
        for (int g = 0; g < values.length; g++) {
            values[g] = groupKeys.get(g).eval(all, ctx);
        }
        for (int i = 0; i < n; i++) {
            if (groups[i] < 0) {
                continue;
            }
            Object id = groupValue(values, groupKeys, i);
            if (id == null) {
                groups[i] = -1;
            } else {
                Integer existing = groupIds.get(id);
                if (existing == null) {
                    existing = groupIds.size();
                    groupIds.put(id, existing);
                }
                groups[i] = existing;
            }
        }
    }

    /** The grouping values of row {@code i} as a hashable key, or null when one is NULL. */
    private static Object groupValue(ColumnVector[] values, List<Expression> groupKeys, int i) {
        if (values.length == 1) {
            return hashable(Values.get(values[0], i, groupKeys.get(0).type()));
        }
        Object[] tuple = new Object[values.length];
        for (int g = 0; g < values.length; g++) {
            Object v = hashable(Values.get(values[g], i, groupKeys.get(g).type()));
            if (v == null) {
                return null;
            }
            tuple[g] = v;
        }
        return Arrays.asList(tuple);
    }

    private static Object hashable(Object v) {
        return v instanceof byte[] b ? ByteBuffer.wrap(b) : v;
    }

    private static int[] sortedOrder(long[] keys, int[] groups, int n) {
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (i > 0 && compare(keys, groups, i - 1, i) > 0) {
                sorted = false;
            }
        }
        if (!sorted) {
            IntSorter.sort(order, n, (a, b) -> {
                int c = compare(keys, groups, a, b);
                return c != 0 ? c : Integer.compare(a, b);
            });
        }
        return order;
    }

    static int compare(long[] keys, int[] groups, int a, int b) {
        int c = Integer.compare(groups[a], groups[b]);
        return c != 0 ? c : Long.compare(keys[a], keys[b]);
    }

    /** First position in {@code order[from, to)} whose row has key {@code >= key} (rows there are in key order). */
    int lowerBound(int from, int to, long key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[order[mid]] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First position in {@code order[from, to)} whose row has key {@code > key}. */
    int upperBound(int from, int to, long key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[order[mid]] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** For each group id, the range {@code [start, end)} of positions in {@link #order} holding it. */
    int[][] groupRanges(int groupCount) {
        int[] start = new int[Math.max(groupCount, 0)];
        int[] end = new int[start.length];
        for (int p = 0; p < size; p++) {
            int g = groups[order[p]];
            if (g < 0) {
                continue;
            }
            if (end[g] == 0) {
                start[g] = p;
            }
            end[g] = p + 1;
        }
        return new int[][] {start, end};
    }
}
