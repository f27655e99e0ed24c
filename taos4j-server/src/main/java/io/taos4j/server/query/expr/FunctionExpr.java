package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.function.ScalarFunction;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A call of a scalar function from the library. */
public final class FunctionExpr extends Expression {
    private final ScalarFunction function;
    private final List<Expression> args;
    private final List<DataType> argTypes;

    public FunctionExpr(ScalarFunction function, List<Expression> args, DataType resultType) {
        super(resultType);
        this.function = function;
        this.args = List.copyOf(args);
        List<DataType> types = new ArrayList<>(args.size());
        args.forEach(a -> types.add(a.type()));
        this.argTypes = List.copyOf(types);
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        ColumnVector[] in = new ColumnVector[args.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = args.get(i).eval(input, ctx);
        }
        return function.eval(in, argTypes, type(), input.rows(), ctx);
    }

    @Override
    public boolean isConstant() {
        return function.isDeterministic() && args.stream().allMatch(Expression::isConstant);
    }

    @Override
    public Object constantValue(EvalContext ctx) {
        return Values.get(eval(new Batch(new ColumnVector[0], 1), ctx), 0, type());
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        args.forEach(a -> a.collectInputs(out));
    }

    @Override
    public String toString() {
        return function.name() + args;
    }
}
