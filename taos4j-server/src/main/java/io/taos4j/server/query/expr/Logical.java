package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.Set;

/**
 * AND, OR and NOT over BOOL operands (non-BOOL operands count as true when non-zero and non-NULL). NULL counts as
 * false, so {@code NOT (v = 1)} is true for rows where v is NULL, as in TDengine (tdengine-sql.md §6.4).
 */
public final class Logical extends Expression {
    public enum Op { AND, OR, NOT }

    private final Op op;
    private final List<Expression> operands;

    public Logical(Op op, List<Expression> operands) {
        super(DataType.BOOL);
        this.op = op;
        this.operands = List.copyOf(operands);
    }

    public Op op() {
        return op;
    }

    public List<Expression> operands() {
        return operands;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        int n = input.rows();
        byte[] out = new byte[n];
        if (op == Op.NOT) {
            ColumnVector v = truth(operands.get(0), input, ctx);
            for (int i = 0; i < n; i++) {
                out[i] = Kernels.isTrue(v, i) ? (byte) 0 : 1;
            }
            return BoolVector.wrap(out, n);
        }
        boolean and = op == Op.AND;
        if (and) {
            java.util.Arrays.fill(out, (byte) 1);
        }
        for (Expression e : operands) {
            ColumnVector v = truth(e, input, ctx);
            for (int i = 0; i < n; i++) {
                boolean t = Kernels.isTrue(v, i);
                if (and) {
                    if (!t) {
                        out[i] = 0;
                    }
                } else if (t) {
                    out[i] = 1;
                }
            }
        }
        return BoolVector.wrap(out, n);
    }

    /** The value of {@code e} as a BOOL vector (non-BOOL values: non-zero and non-NULL is true). */
    public static ColumnVector truthOf(Expression e, Batch input, EvalContext ctx) {
        return truth(e, input, ctx);
    }

    /** The operand as a BOOL vector. */
    static ColumnVector truth(Expression e, Batch input, EvalContext ctx) {
        ColumnVector v = e.eval(input, ctx);
        if (v instanceof BoolVector) {
            return v;
        }
        int n = input.rows();
        double[] d = Kernels.doubles(v, e.type(), n);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = !v.isNull(i) && d[i] != 0 ? (byte) 1 : 0;
        }
        return BoolVector.wrap(out, n);
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        operands.forEach(e -> e.collectInputs(out));
    }

    @Override
    public String toString() {
        return op + operands.toString();
    }
}
