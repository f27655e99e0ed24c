package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.sql.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The primary-key time range a WHERE clause implies (its top-level AND conjuncts of the forms {@code ts > c},
 * {@code ts >= c}, {@code ts < c}, {@code ts <= c}, {@code ts = c}, {@code ts BETWEEN a AND b} with constant sides),
 * inclusive at both ends. A constant is a literal, a constant expression, or a {@code ?} placeholder of a prepared
 * query with its bound value, so a parameterised query prunes as the same query written with the values does.
 * Scans skip data outside the range; it also gives {@code _qstart}, {@code _qend} and the FILL range.
 */
record TimeRange(long from, long to, boolean bounded, boolean boundedBelow, boolean boundedAbove) {

    static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE, false, false, false);

    Long startOrNull() {
        return boundedBelow ? from : null;
    }

    Long endOrNull() {
        return boundedAbove ? to : null;
    }

    boolean isEmpty() {
        return from > to;
    }

    /** Splits an expression into its top-level AND conjuncts. */
    static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else if (e != null) {
            out.add(e);
        }
    }

    /** The range implied by {@code where} for the scope's primary timestamp. */
    static TimeRange of(Expr where, InputScope scope, ExprBinder binder) {
        ColumnInfo ts = scope.relation().timestamp();
        if (where == null || ts == null) {
            return ALL;
        }
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        boolean below = false;
        boolean above = false;
        for (Expr c : conjuncts(where)) {
            if (c instanceof Expr.Between b && !b.not() && isTs(b.expr(), scope, ts)) {
                Number lo = constant(b.low(), binder);
                Number hi = constant(b.high(), binder);
                if (lo != null && hi != null) {
                    from = Math.max(from, atLeast(lo));
                    to = Math.min(to, atMost(hi));
                    below = above = true;
                }
                continue;
            }
            if (!(c instanceof Expr.Binary b)) {
                continue;
            }
            Expr.BinaryOp op = b.op();
            Expr other;
            if (isTs(b.left(), scope, ts)) {
                other = b.right();
            } else if (isTs(b.right(), scope, ts)) {
                other = b.left();
                op = flip(op);
            } else {
                continue;
            }
            if (op == null) {
                continue;
            }
            Number v = constant(other, binder);
            if (v == null) {
                continue;
            }
            switch (op) {
                case GT -> {
                    from = Math.max(from, above(v));
                    below = true;
                }
                case GE -> {
                    from = Math.max(from, atLeast(v));
                    below = true;
                }
                case LT -> {
                    to = Math.min(to, under(v));
                    above = true;
                }
                case LE -> {
                    to = Math.min(to, atMost(v));
                    above = true;
                }
                case EQ -> {
                    from = Math.max(from, atLeast(v));
                    to = Math.min(to, atMost(v));
                    below = above = true;
                }
                default -> {
                }
            }
        }
        return new TimeRange(from, to, below || above, below, above);
    }

    private static Expr.BinaryOp flip(Expr.BinaryOp op) {
        return switch (op) {
            case LT -> Expr.BinaryOp.GT;
            case LE -> Expr.BinaryOp.GE;
            case GT -> Expr.BinaryOp.LT;
            case GE -> Expr.BinaryOp.LE;
            case EQ -> Expr.BinaryOp.EQ;
            default -> null;
        };
    }

    private static boolean isTs(Expr e, InputScope scope, ColumnInfo ts) {
        return scope.columnOf(e) == ts;
    }

    /** The smallest tick {@code >= v}. */
    private static long atLeast(Number v) {
        return v instanceof Double d ? saturate(Math.ceil(d)) : v.longValue();
    }

    /** The largest tick {@code <= v}. */
    private static long atMost(Number v) {
        return v instanceof Double d ? saturate(Math.floor(d)) : v.longValue();
    }

    /** The smallest tick {@code > v}. */
    private static long above(Number v) {
        long f = atMost(v);
        return f == Long.MAX_VALUE ? f : f + 1;
    }

    /** The largest tick {@code < v}. */
    private static long under(Number v) {
        long c = atLeast(v);
        return c == Long.MIN_VALUE ? c : c - 1;
    }

    private static long saturate(double d) {
        return d >= 0x1p63 ? Long.MAX_VALUE : d < -0x1p63 ? Long.MIN_VALUE : (long) d;
    }

    /**
     * The constant's value as timestamp ticks (a {@link Long}, or a {@link Double} for a fractional number), or null
     * when it is not a usable constant. A placeholder counts with its bound value.
     */
    private static Number constant(Expr e, ExprBinder binder) {
        if (!(e instanceof Expr.IntLiteral || e instanceof Expr.StringLiteral || e instanceof Expr.TimestampLiteral
                || e instanceof Expr.DoubleLiteral || e instanceof Expr.Placeholder || e instanceof Expr.FunctionCall
                || e instanceof Expr.Binary || e instanceof Expr.Cast)) {
            return null;
        }
        Expression v;
        try {
            v = binder.bind(e);
        } catch (RuntimeException ex) {
            return null;
        }
        if (!v.isConstant()) {
            return null;
        }
        Object c = v.constantValue(binder.context());
        if (c == null) {
            return null;
        }
        if (c instanceof String s) {
            return binder.parseTimestamp(s);
        }
        if (v.type().type() == TaosType.TIMESTAMP || v.type().isInteger()) {
            return ((Number) c).longValue();
        }
        if (c instanceof Double d && !d.isNaN()) {
            return d;
        }
        if (c instanceof Float f && !f.isNaN()) {
            return (double) f;
        }
        return null;
    }
}
