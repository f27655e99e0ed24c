package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.Kernels;

/** Keeps the rows for which a predicate is true (NULL counts as false). */
public final class Filter implements Operator {
    private final Operator input;
    private final Expression predicate;
    private final EvalContext ctx;

    public Filter(Operator input, Expression predicate, EvalContext ctx) {
        this.input = input;
        this.predicate = predicate;
        this.ctx = ctx;
    }

    @Override
    public Batch next() {
        Batch b;
        while ((b = input.next()) != null) {
            Batch kept = apply(b, predicate, ctx);
            if (kept != null) {
                return kept;
            }
        }
        return null;
    }

    /** The rows of {@code b} that pass; {@code b} itself when all do; null when none do. */
    static Batch apply(Batch b, Expression predicate, EvalContext ctx) {
        int n = b.rows();
        ColumnVector mask = io.taos4j.server.query.expr.Logical.truthOf(predicate, b, ctx);
        int[] keep = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Kernels.isTrue(mask, i)) {
                keep[k++] = i;
            }
        }
        if (k == n) {
            return b;
        }
        return k == 0 ? null : b.select(keep, k);
    }

    @Override
    public void close() {
        input.close();
    }
}
