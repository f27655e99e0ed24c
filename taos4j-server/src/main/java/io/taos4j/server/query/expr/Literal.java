package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;

/** A constant value (see {@link Values} for the representation). */
public final class Literal extends Expression {
    private final Object value;

    public Literal(Object value, DataType type) {
        super(type);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        return Values.constant(value, type(), input.rows());
    }

    @Override
    public boolean isConstant() {
        return true;
    }

    @Override
    public Object constantValue(EvalContext ctx) {
        return value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
