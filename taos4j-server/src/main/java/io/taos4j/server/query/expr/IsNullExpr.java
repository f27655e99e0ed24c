package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.Set;

/** {@code x IS [NOT] NULL}. */
public final class IsNullExpr extends Expression {
    private final Expression operand;
    private final boolean not;

    public IsNullExpr(Expression operand, boolean not) {
        super(DataType.BOOL);
        this.operand = operand;
        this.not = not;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        ColumnVector v = operand.eval(input, ctx);
        int n = input.rows();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = v.isNull(i) != not ? (byte) 1 : 0;
        }
        return BoolVector.wrap(out, n);
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        operand.collectInputs(out);
    }
}
