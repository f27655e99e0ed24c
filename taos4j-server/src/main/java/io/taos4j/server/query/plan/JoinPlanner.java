package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.exec.MergeJoin;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.FromItem;
import io.taos4j.server.type.Timestamps;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans joins (tdengine-sql.md §6.9, TDengine's {@code 31-join.md}): finds the main join condition (equality of the
 * two primary timestamps, possibly through {@code timetruncate}; for ASOF any comparison of them), turns equalities
 * between plain columns or tags of the two sides into grouping keys (hash partitions inside the merge join), and
 * keeps the rest of ON as a condition checked on candidate pairs. For inner joins WHERE conjuncts also count as
 * join conditions; WHERE is still applied to the join output afterwards.
 *
 * <p>Errors follow TDengine 3.3 ({@code parTranslater.c}: {@code translateJoinTable}, {@code checkJoinTable}): the
 * join type, WINDOW_OFFSET and JLIMIT checks answer 0x0200 with TDengine's texts, table checks 0x2664; a join
 * without a primary timestamp equality gives the planner's 0x2664 text (observed on 3.3.7.5). Conditions TDengine
 * refuses in ASOF/WINDOW joins are refused with 0x2664 and a text of ours (TDengine's code there is not known).
 */
final class JoinPlanner {
    private static final int MAX_JLIMIT = 1024;

    private final Planner planner;
    private final ParsedSql sql;
    private final List<Expr> where;
    private int anonymous;

    JoinPlanner(Planner planner, ParsedSql sql, Expr where) {
        this.planner = planner;
        this.sql = sql;
        this.where = TimeRange.conjuncts(where);
    }

    Relation relation(FromItem from) {
        if (from instanceof FromItem.JoinRef j) {
            return join(j);
        }
        if (from instanceof FromItem.SubqueryRef s && s.alias() == null) {
            // a unique qualifier that no SQL text can spell, so the two sides' columns stay distinct
            return planner.subquery(sql, s, "\u0000subquery" + ++anonymous);
        }
        return planner.relation(sql, from);
    }

    static SqlError unsupported(String reason) {
        return SqlError.of(TaosError.PAR_INVALID_JOIN_COND, "Not supported join since '" + reason + "'");
    }

    private JoinRelation join(FromItem.JoinRef j) {
        // the order of TDengine's checks: join type, WINDOW_OFFSET, JLIMIT, then the tables
        MergeJoin.Kind kind = kind(j);
        checkWindowOffset(j, kind);
        int limit = limit(j, kind);
        Relation left = relation(j.left());
        Relation right = relation(j.right());
        if (kind != MergeJoin.Kind.INNER && (left instanceof JoinRelation || right instanceof JoinRelation)) {
            throw SqlError.of(TaosError.PAR_INVALID_JOIN_COND, "unsupported nested join type");
        }
        if ((kind == MergeJoin.Kind.ASOF || kind == MergeJoin.Kind.WINDOW)
                && !(left instanceof Relation.TableRelation && right instanceof Relation.TableRelation)) {
            throw SqlError.of(TaosError.PAR_INVALID_JOIN_COND, "Only support ASOF/WINDOW join between tables");
        }
        if (kind == MergeJoin.Kind.WINDOW && left.precision() != right.precision()) {
            throw SqlError.of(TaosError.PAR_INVALID_JOIN_COND, "Same database precision required in WINDOW join");
        }
        if (left.timestamp() == null || right.timestamp() == null) {
            throw SqlError.of(TaosError.PAR_INVALID_JOIN_COND, "Join requires valid time series input");
        }
        checkUniqueNames(left, right);
        if (left.precision() != right.precision()) {
            throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: joining tables of different "
                    + "timestamp precisions is not available in this release of the taos4j embedded server");
        }
        boolean rightDriven = j.type() == FromItem.JoinType.RIGHT;
        JoinSide driving = new JoinSide(rightDriven ? right : left);
        JoinSide other = new JoinSide(rightDriven ? left : right);
        EvalContext ctx = planner.baseContext().withPrecision(left.precision());
        JoinConditions c = new JoinConditions(sql, kind, driving, other, rightDriven, ctx);
        c.analyse(TimeRange.conjuncts(j.on()), kind == MergeJoin.Kind.INNER ? where : List.of());
        long[] window = kind == MergeJoin.Kind.WINDOW ? window(j, ctx) : new long[2];
        Set<ColumnInfo> keys = Collections.newSetFromMap(new IdentityHashMap<>());
        keys.addAll(primaryKeys(driving.relation()));
        if (kind == MergeJoin.Kind.INNER) {
            keys.addAll(primaryKeys(other.relation()));
        }
        boolean push = kind != MergeJoin.Kind.ASOF && kind != MergeJoin.Kind.WINDOW && c.plainKeys;
        Expression drivingTags = kind == MergeJoin.Kind.FULL ? null : tagFilter(driving, other, ctx);
        Expression otherTags = kind == MergeJoin.Kind.INNER ? tagFilter(other, driving, ctx) : null;
        JoinRelation.Plan plan = new JoinRelation.Plan(kind, driving, other, c.drivingKey, c.otherKey,
                c.drivingGroups, c.otherGroups, c.residual, c.asof, window[0], window[1], limit, push,
                drivingTags, otherTags);
        return new JoinRelation(left, right, plan, left.precision(), keys);
    }

    /**
     * The WHERE conjuncts that read only tags or tbname of {@code side}'s super table, bound for pruning its child
     * tables before the join reads them; null when there are none (or the side is not a super table).
     */
    private Expression tagFilter(JoinSide side, JoinSide otherSide, EvalContext ctx) {
        if (!(side.relation() instanceof Relation.TableRelation t) || !t.isMultiTable()) {
            return null;
        }
        List<Expr> parts = new java.util.ArrayList<>();
        for (Expr c : where) {
            boolean[] ok = {true};
            boolean[] any = {false};
            Walker.walk(c, n -> {
                if (n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn) {
                    ColumnInfo mine = side.find(n);
                    if (mine == null || !mine.isPerTableConstant() || otherSide.find(n) != null) {
                        ok[0] = false;
                    } else {
                        any[0] = true;
                    }
                }
                return ok[0];
            });
            if (ok[0] && any[0]) {
                parts.add(c);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Expr all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = new Expr.Binary(all.span(), Expr.BinaryOp.AND, all, parts.get(i));
        }
        return new ExprBinder(sql, side.resolver(), ctx).bind(all);
    }

    private static MergeJoin.Kind kind(FromItem.JoinRef j) {
        FromItem.JoinSubtype s = j.subtype();
        switch (j.type()) {
            case INNER, COMMA -> {
                if (s == FromItem.JoinSubtype.NONE) {
                    return MergeJoin.Kind.INNER;
                }
            }
            case LEFT, RIGHT -> {
                return switch (s) {
                    case NONE, OUTER -> MergeJoin.Kind.OUTER;
                    case SEMI -> MergeJoin.Kind.SEMI;
                    case ANTI -> MergeJoin.Kind.ANTI;
                    case ASOF -> MergeJoin.Kind.ASOF;
                    case WINDOW -> MergeJoin.Kind.WINDOW;
                };
            }
            default -> {
                if (s == FromItem.JoinSubtype.NONE || s == FromItem.JoinSubtype.OUTER) {
                    return MergeJoin.Kind.FULL;
                }
            }
        }
        throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "not supported join type");
    }

    /** TDengine's name of a join type in messages ({@code LEFT OUTER}, {@code RIGHT ASOF}, {@code INNER}). */
    private static String typeName(FromItem.JoinRef j, MergeJoin.Kind kind) {
        String type = j.type() == FromItem.JoinType.COMMA ? "INNER" : j.type().name();
        return switch (kind) {
            case INNER -> "INNER";
            case OUTER, FULL -> type + " OUTER";
            default -> type + " " + kind.name();
        };
    }

    private static void checkUniqueNames(Relation left, Relation right) {
        Set<String> names = new LinkedHashSet<>();
        for (ColumnInfo c : left.columns()) {
            if (c.qualifier() != null) {
                names.add(c.qualifier());
            }
        }
        for (ColumnInfo c : right.columns()) {
            if (c.qualifier() != null && names.contains(c.qualifier())) {
                throw SqlError.of(TaosError.PAR_NOT_UNIQUE_TABLE_ALIAS,
                        TaosError.PAR_NOT_UNIQUE_TABLE_ALIAS.text() + ": '" + c.qualifier() + "'");
            }
        }
    }

    static Set<ColumnInfo> primaryKeys(Relation r) {
        if (r instanceof JoinRelation j) {
            return j.primaryKeys();
        }
        Set<ColumnInfo> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (r.timestamp() != null) {
            out.add(r.timestamp());
        }
        return out;
    }

    private static void checkWindowOffset(FromItem.JoinRef j, MergeJoin.Kind kind) {
        if (j.windowOffsetStart() != null && kind != MergeJoin.Kind.WINDOW) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "WINDOW_OFFSET only supported for WINDOW join");
        }
        if (j.windowOffsetStart() == null && kind == MergeJoin.Kind.WINDOW) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "WINDOW_OFFSET required for WINDOW join");
        }
    }

    /** The window offsets in ticks; TDengine swaps them when the start is after the end. */
    private static long[] window(FromItem.JoinRef j, EvalContext ctx) {
        long start = offset(j.windowOffsetStart(), ctx);
        long end = offset(j.windowOffsetEnd(), ctx);
        return start <= end ? new long[] {start, end} : new long[] {end, start};
    }

    private static long offset(Expr e, EvalContext ctx) {
        boolean negative = e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG;
        Expr.DurationLiteral d = (Expr.DurationLiteral) (negative ? ((Expr.Unary) e).operand() : e);
        if (d.unit() == 'n' || d.unit() == 'y') {
            throw unsupported("WINDOW_OFFSET does not support natural months or years");
        }
        long ticks = Timestamps.durationTicks(d.amount(), d.unit(), ctx.precision());
        return negative ? -ticks : ticks;
    }

    /** JLIMIT: ASOF default 1, WINDOW default unlimited (-1); 0 makes the result empty. */
    private static int limit(FromItem.JoinRef j, MergeJoin.Kind kind) {
        if (j.jlimit() == null) {
            return kind == MergeJoin.Kind.ASOF ? 1 : -1;
        }
        if (kind != MergeJoin.Kind.ASOF && kind != MergeJoin.Kind.WINDOW) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION,
                    "JLIMIT not supported for " + typeName(j, kind) + " join");
        }
        if (j.jlimit() < 0 || j.jlimit() > MAX_JLIMIT) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "JLIMIT value is out of valid range [0, 1024]");
        }
        return j.jlimit().intValue();
    }
}
