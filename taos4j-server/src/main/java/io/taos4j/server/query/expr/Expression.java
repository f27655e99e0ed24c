package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;

/**
 * A bound, typed expression evaluated a batch at a time: {@link #eval} returns a vector with one value per input
 * row. Implementations are immutable and thread-safe; per-evaluation state lives in the returned vector.
 */
public abstract class Expression {
    private final DataType type;

    protected Expression(DataType type) {
        this.type = type;
    }

    public final DataType type() {
        return type;
    }

    /** One value per row of {@code input}. The result may be one of the input's vectors; never modify it. */
    public abstract ColumnVector eval(Batch input, EvalContext ctx);

    /** True when the value does not depend on the input rows (literals, and functions of literals). */
    public boolean isConstant() {
        return false;
    }

    /** The value of a constant expression (see {@link #isConstant()}). */
    public Object constantValue(EvalContext ctx) {
        throw new UnsupportedOperationException("not a constant: " + this);
    }

    /** Input columns this expression reads, added to {@code out} (for pruning scans). */
    public void collectInputs(java.util.Set<Integer> out) {
    }
}
