package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.function.Casts;
import io.taos4j.server.type.DataType;
import java.util.Set;

/** {@code CAST(x AS type)} and the binder's implicit conversions, with TDengine's conversion rules. */
public final class CastExpr extends Expression {
    private final Expression operand;

    public CastExpr(Expression operand, DataType to) {
        super(to);
        this.operand = operand;
    }

    /** Fails with TDengine's error when the conversion is refused (e.g. VARBINARY to VARCHAR). */
    public static void check(DataType from, DataType to) {
        Casts.checkCast(from, to);
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        ColumnVector v = operand.eval(input, ctx);
        if (operand.type().equals(type())) {
            return v;
        }
        return Casts.cast(v, operand.type(), type(), input.rows(), ctx);
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
