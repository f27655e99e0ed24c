package io.taos4j.server.query.plan;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.exec.MergeJoin;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two FROM items joined on their primary timestamps (tdengine-sql.md §6.9), planned by {@link JoinPlanner} and run
 * by {@link MergeJoin}. Its columns are the left item's followed by the right item's (the same {@link ColumnInfo}
 * objects, so references resolve to one side by identity), plus a hidden driving-row number for window joins.
 */
final class JoinRelation extends Relation {
    /** Name of the hidden column numbering driving rows; no SQL identifier can spell it. */
    static final String ROW_ID = "\u0000join_row";

    /**
     * What the planner decided; key, groups, residual and the tag filters are bound against the sides' condition
     * columns. The tag filters are WHERE conjuncts on one side's tags or tbname that let its scan skip child tables
     * (only where that cannot change the result: the driving side, and both sides of an inner join), or null.
     */
    record Plan(MergeJoin.Kind kind, JoinSide driving, JoinSide other, Expression drivingKey, Expression otherKey,
                List<Expression> drivingGroups, List<Expression> otherGroups, Expression residual,
                MergeJoin.AsofOp asof, long windowStart, long windowEnd, int limit, boolean pushRangeToOther,
                Expression drivingTags, Expression otherTags) {
    }

    private final Plan plan;
    private final Precision precision;
    private final List<ColumnInfo> columns = new ArrayList<>();
    private final List<ColumnInfo> star = new ArrayList<>();
    private final ColumnInfo rowId = new ColumnInfo(ROW_ID, null, DataType.BIGINT, ColumnInfo.Kind.BATCH, -1);
    private final Set<ColumnInfo> primaryKeys;

    JoinRelation(Relation left, Relation right, Plan plan, Precision precision, Set<ColumnInfo> primaryKeys) {
        this.plan = plan;
        this.precision = precision;
        this.primaryKeys = primaryKeys;
        columns.addAll(left.columns());
        columns.addAll(right.columns());
        columns.add(rowId);
        star.addAll(left.starColumns());
        star.addAll(right.starColumns());
    }

    MergeJoin.Kind kind() {
        return plan.kind();
    }

    /** The driving side's relation (the left one, or the right one for RIGHT joins). */
    Relation driving() {
        return plan.driving().relation();
    }

    ColumnInfo rowId() {
        return rowId;
    }

    /** Columns that carry the join's timeline: the primary keys a later join may use as its main condition. */
    Set<ColumnInfo> primaryKeys() {
        return primaryKeys;
    }

    @Override
    List<ColumnInfo> columns() {
        return columns;
    }

    @Override
    List<ColumnInfo> starColumns() {
        return star;
    }

    @Override
    ColumnInfo timestamp() {
        return plan.driving().relation().timestamp();
    }

    @Override
    Precision precision() {
        return precision;
    }

    @Override
    Operator open(List<ColumnInfo> used, ScanHints hints, EvalContext ctx) {
        JoinSide driving = plan.driving().copy();
        JoinSide other = plan.other().copy();
        int[] map = new int[used.size()];
        boolean rowIds = false;
        for (int i = 0; i < map.length; i++) {
            ColumnInfo c = used.get(i);
            if (c == rowId) {
                map[i] = -1;
                rowIds = true;
            } else if (driving.owns(c)) {
                map[i] = driving.slot(c);
            } else {
                map[i] = -2 - other.slot(c);
            }
        }
        Operator d = driving.relation().open(driving.layout(),
                new ScanHints(hints.from(), hints.to(), false, plan.drivingTags()), ctx);
        ScanHints otherHints = plan.pushRangeToOther()
                ? new ScanHints(hints.from(), hints.to(), false, plan.otherTags())
                : new ScanHints(Long.MIN_VALUE, Long.MAX_VALUE, false, plan.otherTags());
        Operator o = other.relation().open(other.layout(), otherHints, ctx);
        MergeJoin join = new MergeJoin(d, o, new MergeJoin.Spec(plan.kind(), driving.types(), other.types(),
                plan.drivingKey(), plan.otherKey(), plan.drivingGroups(), plan.otherGroups(), plan.residual(),
                plan.driving().size(), plan.other().size(), plan.asof(), plan.windowStart(), plan.windowEnd(),
                plan.limit(), rowIds), ctx);
        int drivingWidth = driving.size();
        int otherWidth = other.size();
        for (int i = 0; i < map.length; i++) {
            map[i] = map[i] == -1 ? drivingWidth + otherWidth : map[i] >= 0 ? map[i] : drivingWidth - 2 - map[i];
        }
        return new Operator() {
            @Override
            public Batch next() {
                Batch b = join.next();
                if (b == null) {
                    return null;
                }
                ColumnVector[] out = new ColumnVector[map.length];
                for (int i = 0; i < map.length; i++) {
                    out[i] = b.column(map[i]);
                }
                return new Batch(out, b.rows());
            }

            @Override
            public void close() {
                join.close();
            }
        };
    }
}
