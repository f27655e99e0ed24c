package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.sql.ast.Limit;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LIMIT/OFFSET per partition and SLIMIT/SOFFSET over partitions, for PARTITION BY queries (tdengine-sql.md §6.5):
 * each partition keeps rows {@code [offset, offset + limit)} of its own; only partitions {@code [soffset,
 * soffset + slimit)} in order of first appearance are returned.
 */
public final class PartitionLimit implements Operator {
    private final Operator input;
    private final List<Expression> keys;
    private final Limit limit;
    private final Limit slimit;
    private final EvalContext ctx;
    private final Map<List<Object>, long[]> seen = new HashMap<>();

    public PartitionLimit(Operator input, List<Expression> keys, Limit limit, Limit slimit, EvalContext ctx) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.limit = limit;
        this.slimit = slimit;
        this.ctx = ctx;
    }

    @Override
    public Batch next() {
        Batch b;
        while ((b = input.next()) != null) {
            int n = b.rows();
            ColumnVector[] k = new ColumnVector[keys.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = keys.get(i).eval(b, ctx);
            }
            int[] keep = new int[n];
            int kept = 0;
            for (int r = 0; r < n; r++) {
                Object[] key = new Object[k.length];
                for (int i = 0; i < k.length; i++) {
                    Object v = Values.get(k[i], r, keys.get(i).type());
                    key[i] = v instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : v;
                }
                // state: {partition ordinal, rows seen}
                long[] state = seen.computeIfAbsent(Arrays.asList(key), x -> new long[] {seen.size(), 0});
                if (slimit != null && (state[0] < slimit.offset() || state[0] >= slimit.offset() + slimit.count())) {
                    continue;
                }
                long pos = state[1]++;
                if (limit != null && (pos < limit.offset() || pos >= limit.offset() + limit.count())) {
                    continue;
                }
                keep[kept++] = r;
            }
            if (kept == n) {
                return b;
            }
            if (kept > 0) {
                return b.select(keep, kept);
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
