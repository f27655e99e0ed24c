package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.Set;

/** Column {@link #index()} of the input batch. */
public final class InputRef extends Expression {
    private final int index;

    public InputRef(int index, DataType type) {
        super(type);
        this.index = index;
    }

    public int index() {
        return index;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        return input.column(index);
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        out.add(index);
    }

    @Override
    public String toString() {
        return "$" + index;
    }
}
