package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Timestamps;
import java.util.Set;

/** {@code ts ± N n} / {@code ts ± N y}: calendar months and years in the session's time zone. */
public final class CalendarAddExpr extends Expression {
    private final Expression timestamp;
    private final long amount;
    private final char unit;

    public CalendarAddExpr(Expression timestamp, long amount, char unit) {
        super(DataType.TIMESTAMP);
        this.timestamp = timestamp;
        this.amount = amount;
        this.unit = unit;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        int n = input.rows();
        ColumnVector v = timestamp.eval(input, ctx);
        LongVector out = new LongVector(io.taos4j.protocol.TaosType.TIMESTAMP, n);
        LongVector in = (LongVector) v;
        for (int i = 0; i < n; i++) {
            if (v.isNull(i)) {
                out.appendNull();
            } else {
                out.append(Timestamps.add(in.get(i), amount, unit, ctx.precision(), ctx.zone()));
            }
        }
        return out;
    }

    @Override
    public boolean isConstant() {
        return timestamp.isConstant();
    }

    @Override
    public Object constantValue(EvalContext ctx) {
        return Values.get(eval(new Batch(new ColumnVector[0], 1), ctx), 0, type());
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        timestamp.collectInputs(out);
    }
}
