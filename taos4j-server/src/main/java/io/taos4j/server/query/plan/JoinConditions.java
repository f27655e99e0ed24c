package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.exec.MergeJoin;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of one join (ON, and WHERE for inner joins) sorted into the main condition on the two primary
 * timestamps, grouping keys (equalities between plain columns or tags of the two sides, hashed into partitions by
 * {@link MergeJoin}) and the residual condition checked on candidate pairs; bound for execution.
 */
final class JoinConditions {
    private final ParsedSql sql;
    private final MergeJoin.Kind kind;
    private final JoinSide driving;
    private final JoinSide other;
    private final boolean rightDriven;
    private final EvalContext ctx;

    Expression drivingKey;
    Expression otherKey;
    final List<Expression> drivingGroups = new ArrayList<>();
    final List<Expression> otherGroups = new ArrayList<>();
    Expression residual;
    MergeJoin.AsofOp asof;
    boolean plainKeys;

    JoinConditions(ParsedSql sql, MergeJoin.Kind kind, JoinSide driving, JoinSide other, boolean rightDriven,
                   EvalContext ctx) {
        this.sql = sql;
        this.kind = kind;
        this.driving = driving;
        this.other = other;
        this.rightDriven = rightDriven;
        this.ctx = ctx;
    }

    void analyse(List<Expr> on, List<Expr> whereConjuncts) {
        List<Expr> rest = new ArrayList<>(on);
        Expr main = findMain(rest);
        if (main == null) {
            main = findMain(new ArrayList<>(whereConjuncts));
        } else {
            rest.remove(main);
        }
        bindMain(main);
        List<Expr> residualParts = new ArrayList<>();
        for (Expr c : rest) {
            if (!group(c)) {
                if (kind == MergeJoin.Kind.ASOF || kind == MergeJoin.Kind.WINDOW) {
                    throw JoinPlanner.unsupported("ASOF and WINDOW joins only support equality conditions between "
                            + "columns or tags of the two tables");
                }
                residualParts.add(c);
            }
        }
        if (kind == MergeJoin.Kind.INNER) {
            for (Expr c : whereConjuncts) {
                if (c != main) {
                    group(c);
                }
            }
        }
        if (!residualParts.isEmpty()) {
            Expr all = residualParts.get(0);
            for (int i = 1; i < residualParts.size(); i++) {
                all = new Expr.Binary(all.span(), Expr.BinaryOp.AND, all, residualParts.get(i));
            }
            register(all);
            residual = new ExprBinder(sql, driving.pairResolver(other), ctx).bind(all);
        }
    }

    /** The first conjunct comparing the two primary timestamps (ASOF: any comparison; others: equality). */
    private Expr findMain(List<Expr> conjuncts) {
        for (Expr c : conjuncts) {
            if (!(c instanceof Expr.Binary b)) {
                continue;
            }
            boolean comparison = switch (b.op()) {
                case EQ -> true;
                case LT, LE, GT, GE -> kind == MergeJoin.Kind.ASOF;
                default -> false;
            };
            if (!comparison) {
                continue;
            }
            int l = keySide(b.left());
            int r = keySide(b.right());
            if (l != 0 && r != 0 && l != r) {
                if (kind == MergeJoin.Kind.WINDOW) {
                    throw JoinPlanner.unsupported("window join does not support primary timestamp conditions");
                }
                return c;
            }
        }
        return null;
    }

    private void bindMain(Expr main) {
        if (main == null) {
            if (kind != MergeJoin.Kind.ASOF && kind != MergeJoin.Kind.WINDOW) {
                throw SqlError.of(TaosError.PAR_INVALID_JOIN_COND);
            }
            drivingKey = driving.ref(driving.relation().timestamp());
            otherKey = other.ref(other.relation().timestamp());
            // the default rule is left.ts >= right.ts
            asof = rightDriven ? MergeJoin.AsofOp.GE : MergeJoin.AsofOp.LE;
            plainKeys = true;
            return;
        }
        Expr.Binary b = (Expr.Binary) main;
        boolean drivingFirst = keySide(b.left()) == 1;
        Expr d = drivingFirst ? b.left() : b.right();
        Expr o = drivingFirst ? b.right() : b.left();
        drivingKey = new ExprBinder(sql, driving.resolver(), ctx).bind(d);
        otherKey = new ExprBinder(sql, other.resolver(), ctx).bind(o);
        plainKeys = !(d instanceof Expr.FunctionCall) && !(o instanceof Expr.FunctionCall);
        // canonical form: other.key OP driving.key
        Expr.BinaryOp op = drivingFirst ? flip(b.op()) : b.op();
        asof = switch (op) {
            case LT -> MergeJoin.AsofOp.LT;
            case LE -> MergeJoin.AsofOp.LE;
            case GT -> MergeJoin.AsofOp.GT;
            case GE -> MergeJoin.AsofOp.GE;
            default -> MergeJoin.AsofOp.EQ;
        };
    }

    private Expr.BinaryOp flip(Expr.BinaryOp op) {
        return switch (op) {
            case LT -> Expr.BinaryOp.GT;
            case LE -> Expr.BinaryOp.GE;
            case GT -> Expr.BinaryOp.LT;
            case GE -> Expr.BinaryOp.LE;
            default -> op;
        };
    }

    /**
     * 1 when {@code e} is the driving side's primary timestamp (or {@code timetruncate} of it), 2 for the other
     * side's, 0 otherwise.
     */
    private int keySide(Expr e) {
        Expr col = e;
        if (e instanceof Expr.FunctionCall f && f.name().equals("timetruncate") && !f.args().isEmpty()) {
            col = f.args().get(0);
        }
        if (!(col instanceof Expr.ColumnRef) && !(col instanceof Expr.PseudoColumn)) {
            return 0;
        }
        ColumnInfo d = driving.find(col);
        ColumnInfo o = other.find(col);
        if (d != null && o != null) {
            throw ambiguous(col);
        }
        if (d != null && JoinPlanner.primaryKeys(driving.relation()).contains(d)) {
            return 1;
        }
        if (o != null && JoinPlanner.primaryKeys(other.relation()).contains(o)) {
            return 2;
        }
        return 0;
    }

    /** Registers {@code c} as a grouping key when it equates plain columns of the two sides. */
    private boolean group(Expr c) {
        if (!(c instanceof Expr.Binary b) || b.op() != Expr.BinaryOp.EQ) {
            return false;
        }
        ColumnInfo ld = plain(b.left(), driving);
        ColumnInfo lo = plain(b.left(), other);
        ColumnInfo rd = plain(b.right(), driving);
        ColumnInfo ro = plain(b.right(), other);
        ColumnInfo d;
        ColumnInfo o;
        if (ld != null && lo != null || rd != null && ro != null) {
            throw ambiguous(ld != null && lo != null ? b.left() : b.right());
        }
        if (ld != null && ro != null) {
            d = ld;
            o = ro;
        } else if (rd != null && lo != null) {
            d = rd;
            o = lo;
        } else {
            return false;
        }
        if (d.type().type() != o.type().type() || !hashable(d.type().type())) {
            return false;
        }
        drivingGroups.add(driving.ref(d));
        otherGroups.add(other.ref(o));
        return true;
    }

    private ColumnInfo plain(Expr e, JoinSide side) {
        return e instanceof Expr.ColumnRef || e instanceof Expr.PseudoColumn p && p.name().equals("tbname")
                ? side.find(e) : null;
    }

    private boolean hashable(TaosType t) {
        return t.isInteger() || t == TaosType.BOOL || t == TaosType.TIMESTAMP || t == TaosType.VARCHAR
                || t == TaosType.NCHAR || t == TaosType.VARBINARY;
    }

    /** Adds the columns {@code e} reads to the side that holds them. */
    private void register(Expr e) {
        Walker.walk(e, n -> {
            if (n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn) {
                ColumnInfo d = driving.find(n);
                ColumnInfo o = other.find(n);
                if (d != null && o != null) {
                    throw ambiguous(n);
                }
                if (d != null) {
                    driving.slot(d);
                } else if (o != null) {
                    other.slot(o);
                }
            }
            return true;
        });
    }

    private SqlError ambiguous(Expr e) {
        String name = e instanceof Expr.ColumnRef r ? r.name() : ((Expr.PseudoColumn) e).name();
        return SqlError.of(TaosError.PAR_AMBIGUOUS_COLUMN, TaosError.PAR_AMBIGUOUS_COLUMN.text() + ": " + name);
    }
}
