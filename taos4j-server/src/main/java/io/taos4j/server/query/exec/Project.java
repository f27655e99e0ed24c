package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.expr.Expression;
import java.util.List;

/** Computes one output column per expression. */
public final class Project implements Operator {
    private final Operator input;
    private final List<Expression> expressions;
    private final EvalContext ctx;

    public Project(Operator input, List<Expression> expressions, EvalContext ctx) {
        this.input = input;
        this.expressions = List.copyOf(expressions);
        this.ctx = ctx;
    }

    @Override
    public Batch next() {
        Batch b = input.next();
        return b == null ? null : apply(b, expressions, ctx);
    }

    static Batch apply(Batch b, List<Expression> expressions, EvalContext ctx) {
        ColumnVector[] out = new ColumnVector[expressions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expressions.get(i).eval(b, ctx);
        }
        return new Batch(out, b.rows(), b.group());
    }

    @Override
    public void close() {
        input.close();
    }
}
