package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * A scalar function assembled from a bind rule and an evaluator.
 *
 * <p>Before the evaluator runs, arguments are normalized: a vector shorter than {@code rows} (a single constant
 * value) is expanded, and an argument of type {@link TaosType#NULL} (or a missing vector) becomes an all-NULL
 * VARCHAR(0) vector (its type stays NULL). When {@code nullPropagating}, any NULL-literal argument makes the whole result NULL without
 * calling the evaluator (TDengine's {@code hasNullType} shortcut).
 */
record Fn(String name, Binder binder, Evaluator evaluator, boolean deterministic, boolean nullPropagating)
        implements ScalarFunction {

    /** Validates a call and returns its result type. */
    @FunctionalInterface
    interface Binder {
        DataType bind(Sig sig);
    }

    /** Computes {@code rows} results from normalized arguments. */
    @FunctionalInterface
    interface Evaluator {
        ColumnVector eval(ColumnVector[] args, List<DataType> types, DataType result, int rows, EvalContext ctx);
    }

    static Fn of(String name, Binder binder, Evaluator evaluator) {
        return new Fn(name, binder, evaluator, true, true);
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constantValues) {
        return binder.bind(new Sig(name, argTypes, constantValues));
    }

    @Override
    public ColumnVector eval(ColumnVector[] args, List<DataType> argTypes, DataType resultType, int rows,
                            EvalContext ctx) {
        ColumnVector[] a = new ColumnVector[args.length];
        for (int i = 0; i < args.length; i++) {
            DataType type = argTypes.get(i);
            boolean nullType = args[i] == null || type.type() == TaosType.NULL;
            if (nullType || type.type() == TaosType.VARCHAR && type.length() == 0 && allNull(args[i], rows)) {
                if (nullPropagating) {
                    return Vec.nulls(resultType, rows);
                }
                if (nullType) {
                    // the type stays NULL so that the evaluator can tell a NULL literal from a NULL value
                    a[i] = Vec.nulls(type, rows);
                    continue;
                }
            }
            a[i] = Vec.expand(args[i], type, rows);
        }
        return evaluator.eval(a, argTypes, resultType, rows, ctx);
    }

    private static boolean allNull(ColumnVector v, int rows) {
        return v.nullCount() >= Math.min(rows, v.size());
    }

    @Override
    public boolean isDeterministic() {
        return deterministic;
    }

    Fn nonDeterministic() {
        return new Fn(name, binder, evaluator, false, nullPropagating);
    }

    /** This function handles NULL-literal arguments itself (CHAR skips them, TIMEDIFF reads a NULL unit as none). */
    Fn handlesNulls() {
        return new Fn(name, binder, evaluator, deterministic, false);
    }

    Fn named(String alias) {
        return new Fn(alias, binder, evaluator, deterministic, nullPropagating);
    }

    @Override
    public String toString() {
        return name;
    }
}
