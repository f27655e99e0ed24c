package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code = <> < <= > >=} giving BOOL. A comparison with a NULL operand is false, not NULL (tdengine-sql.md §6.4).
 * The binder chooses the {@link Mode} and converts operands so that both sides fit it.
 */
public final class Comparison extends Expression {
    public enum Op {
        EQ, NE, LT, LE, GT, GE;

        boolean test(int cmp) {
            return switch (this) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }

        /** The operator with its operands swapped ({@code a < b} is {@code b > a}). */
        public Op swap() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }

    /** How values are compared. */
    public enum Mode { SIGNED, UNSIGNED, DOUBLE, BYTES }

    private final Op op;
    private final Mode mode;
    private final Expression left;
    private final Expression right;

    public Comparison(Op op, Mode mode, Expression left, Expression right) {
        super(DataType.BOOL);
        this.op = op;
        this.mode = mode;
        this.left = left;
        this.right = right;
    }

    public Op op() {
        return op;
    }

    public Expression left() {
        return left;
    }

    public Expression right() {
        return right;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        int n = input.rows();
        ColumnVector lv = left.eval(input, ctx);
        ColumnVector rv = right.eval(input, ctx);
        byte[] out = new byte[n];
        switch (mode) {
            case SIGNED, UNSIGNED -> {
                long[] a = Kernels.longs(lv, left.type(), n);
                long[] b = Kernels.longs(rv, right.type(), n);
                boolean unsigned = mode == Mode.UNSIGNED;
                for (int i = 0; i < n; i++) {
                    int c = unsigned ? Long.compareUnsigned(a[i], b[i]) : Long.compare(a[i], b[i]);
                    out[i] = op.test(c) ? (byte) 1 : 0;
                }
            }
            case DOUBLE -> {
                double[] a = Kernels.doubles(lv, left.type(), n);
                double[] b = Kernels.doubles(rv, right.type(), n);
                for (int i = 0; i < n; i++) {
                    int c = a[i] < b[i] ? -1 : a[i] > b[i] ? 1 : a[i] == b[i] ? 0 : Double.compare(a[i], b[i]);
                    out[i] = op.test(c) ? (byte) 1 : 0;
                }
            }
            case BYTES -> {
                BinaryVector a = (BinaryVector) lv;
                BinaryVector b = (BinaryVector) rv;
                byte[] ad = a.data();
                byte[] bd = b.data();
                for (int i = 0; i < n; i++) {
                    int c = Arrays.compareUnsigned(ad, a.start(i), a.start(i) + a.length(i),
                            bd, b.start(i), b.start(i) + b.length(i));
                    out[i] = op.test(c) ? (byte) 1 : 0;
                }
            }
        }
        if (lv.hasNulls() || rv.hasNulls()) {
            for (int i = 0; i < n; i++) {
                if (lv.isNull(i) || rv.isNull(i)) {
                    out[i] = 0;
                }
            }
        }
        return BoolVector.wrap(out, n);
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
