package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code x [NOT] IN (constants)}: set membership over values already converted to x's representation by the
 * binder (doubles for numbers, byte strings for text). A NULL x gives false.
 */
public final class InListExpr extends Expression {
    private final Expression operand;
    private final Set<Object> values;
    private final boolean numeric;
    private final boolean not;

    /**
     * @param values  the list's values: {@link Double}s when {@code numeric}, else {@link String}s or byte arrays
     */
    public InListExpr(Expression operand, Set<Object> values, boolean numeric, boolean not) {
        super(DataType.BOOL);
        this.operand = operand;
        this.numeric = numeric;
        this.not = not;
        Set<Object> keys = new HashSet<>();
        for (Object v : values) {
            keys.add(v instanceof byte[] b ? ByteBuffer.wrap(b) : v);
        }
        this.values = keys;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        ColumnVector v = operand.eval(input, ctx);
        int n = input.rows();
        byte[] out = new byte[n];
        DataType t = operand.type();
        double[] d = numeric ? Kernels.doubles(v, t, n) : null;
        for (int i = 0; i < n; i++) {
            if (v.isNull(i)) {
                continue;
            }
            boolean in;
            if (numeric) {
                in = values.contains(d[i]);
            } else {
                Object o = Values.get(v, i, t);
                in = values.contains(o instanceof byte[] b ? ByteBuffer.wrap(b) : o);
            }
            out[i] = in != not ? (byte) 1 : 0;
        }
        return BoolVector.wrap(out, n);
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        operand.collectInputs(out);
    }
}
