package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.Set;

/**
 * {@code CASE WHEN c1 THEN r1 ... [ELSE e] END}: the first true condition picks its result (already converted to
 * the CASE's type by the binder); no match gives the ELSE value or NULL. The simple form
 * {@code CASE x WHEN v ...} is bound into conditions {@code x = v}.
 */
public final class CaseExpr extends Expression {
    private final List<Expression> conditions;
    private final List<Expression> results;
    private final Expression otherwise;

    public CaseExpr(List<Expression> conditions, List<Expression> results, Expression otherwise, DataType type) {
        super(type);
        this.conditions = List.copyOf(conditions);
        this.results = List.copyOf(results);
        this.otherwise = otherwise;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        int n = input.rows();
        ColumnVector[] conds = new ColumnVector[conditions.size()];
        ColumnVector[] values = new ColumnVector[results.size()];
        for (int i = 0; i < conds.length; i++) {
            conds[i] = Logical.truth(conditions.get(i), input, ctx);
            values[i] = results.get(i).eval(input, ctx);
        }
        ColumnVector other = otherwise == null ? null : otherwise.eval(input, ctx);
        ColumnVector out = Values.allocate(type(), n);
        for (int r = 0; r < n; r++) {
            int pick = -1;
            for (int i = 0; i < conds.length && pick < 0; i++) {
                if (Kernels.isTrue(conds[i], r)) {
                    pick = i;
                }
            }
            if (pick >= 0) {
                out.appendFrom(values[pick], r);
            } else if (other != null) {
                out.appendFrom(other, r);
            } else {
                out.appendNull();
            }
        }
        return out;
    }

    @Override
    public boolean isConstant() {
        return conditions.stream().allMatch(Expression::isConstant) && results.stream().allMatch(Expression::isConstant)
                && (otherwise == null || otherwise.isConstant());
    }

    @Override
    public Object constantValue(EvalContext ctx) {
        return Values.get(eval(new Batch(new ColumnVector[0], 1), ctx), 0, type());
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        conditions.forEach(e -> e.collectInputs(out));
        results.forEach(e -> e.collectInputs(out));
        if (otherwise != null) {
            otherwise.collectInputs(out);
        }
    }
}
