package io.taos4j.server.query.expr;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.Set;

/**
 * Binary arithmetic: {@code + - * / %} on numbers give DOUBLE (tdengine-sql.md §8); TIMESTAMP ± integer ticks
 * gives TIMESTAMP; {@code & |} give BIGINT. A NULL operand, a division by zero and a modulo by zero give NULL.
 */
public final class Arithmetic extends Expression {
    public enum Op { ADD, SUB, MUL, DIV, MOD, BIT_AND, BIT_OR }

    private final Op op;
    private final Expression left;
    private final Expression right;

    public Arithmetic(Op op, Expression left, Expression right, DataType resultType) {
        super(resultType);
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        int n = input.rows();
        ColumnVector lv = left.eval(input, ctx);
        ColumnVector rv = right.eval(input, ctx);
        boolean nulls = lv.hasNulls() || rv.hasNulls();
        if (type().type() == TaosType.DOUBLE) {
            double[] a = Kernels.doubles(lv, left.type(), n);
            double[] b = Kernels.doubles(rv, right.type(), n);
            double[] out = new double[n];
            boolean[] nullOut = null;
            switch (op) {
                case ADD -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i] + b[i];
                    }
                }
                case SUB -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i] - b[i];
                    }
                }
                case MUL -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i] * b[i];
                    }
                }
                case DIV, MOD -> {
                    nullOut = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        if (b[i] == 0) {
                            nullOut[i] = true;
                        } else {
                            out[i] = op == Op.DIV ? a[i] / b[i] : a[i] % b[i];
                        }
                    }
                }
                default -> throw new IllegalStateException(op + " is not a DOUBLE operation");
            }
            DoubleVector v = DoubleVector.wrap(out, n);
            if (nulls || nullOut != null) {
                for (int i = 0; i < n; i++) {
                    if (lv.isNull(i) || rv.isNull(i) || nullOut != null && nullOut[i]) {
                        v.setNull(i);
                    }
                }
            }
            return v;
        }
        long[] a = Kernels.longs(lv, left.type(), n);
        long[] b = Kernels.longs(rv, right.type(), n);
        long[] out = new long[n];
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] + b[i];
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] - b[i];
                }
            }
            case BIT_AND -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] & b[i];
                }
            }
            case BIT_OR -> {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] | b[i];
                }
            }
            default -> throw new IllegalStateException(op + " is not an integer operation");
        }
        LongVector v = LongVector.wrap(type().type(), out, n);
        if (nulls) {
            for (int i = 0; i < n; i++) {
                if (lv.isNull(i) || rv.isNull(i)) {
                    v.setNull(i);
                }
            }
        }
        return v;
    }

    @Override
    public boolean isConstant() {
        return left.isConstant() && right.isConstant();
    }

    @Override
    public Object constantValue(EvalContext ctx) {
        ColumnVector v = eval(new Batch(new ColumnVector[0], 1), ctx);
        return io.taos4j.server.query.Values.get(v, 0, type());
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        left.collectInputs(out);
        right.collectInputs(out);
    }

    @Override
    public String toString() {
        return "(" + left + " " + op + " " + right + ")";
    }
}
