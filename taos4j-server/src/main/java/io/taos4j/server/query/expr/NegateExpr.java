package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.util.Set;

/** Unary minus: DOUBLE, as TDengine types {@code -voltage} (tdengine-sql.md §8). */
public final class NegateExpr extends Expression {
    private final Expression operand;

    public NegateExpr(Expression operand) {
        super(DataType.DOUBLE);
        this.operand = operand;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        int n = input.rows();
        ColumnVector v = operand.eval(input, ctx);
        double[] d = Kernels.doubles(v, operand.type(), n);
        for (int i = 0; i < n; i++) {
            d[i] = -d[i];
        }
        DoubleVector out = DoubleVector.wrap(d, n);
        if (v.hasNulls()) {
            for (int i = 0; i < n; i++) {
                if (v.isNull(i)) {
                    out.setNull(i);
                }
            }
        }
        return out;
    }

    @Override
    public boolean isConstant() {
        return operand.isConstant();
    }

    @Override
    public Object constantValue(EvalContext ctx) {
        return Values.get(eval(new Batch(new ColumnVector[0], 1), ctx), 0, type());
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        operand.collectInputs(out);
    }
}
