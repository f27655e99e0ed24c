package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.aggregate.Aggregates;
import io.taos4j.server.query.exec.Fill;
import io.taos4j.server.query.exec.Filter;
import io.taos4j.server.query.exec.Interp;
import io.taos4j.server.query.exec.Limit;
import io.taos4j.server.query.exec.PartitionLimit;
import io.taos4j.server.query.exec.Project;
import io.taos4j.server.query.exec.Sort;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.PartitionItem;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Timestamps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plans {@code SELECT [_irowts,] [_isfilled,] INTERP(expr [, ignore_null]), ... RANGE(..) [EVERY(..)] FILL(..)}
 * (tdengine-sql.md §6.8; parTranslater.c {@code translateInterpFunc}, {@code translateInterpEvery}).
 */
final class InterpPlanner {
    private final SelectPlanner sp;

    InterpPlanner(SelectPlanner sp) {
        this.sp = sp;
    }

    Planner.Planned plan(List<SelectPlanner.Item> items) {
        var s = sp.s;
        var clause = s.interp();
        if (clause != null && clause.around() != null) {
            // RANGE(start, end, around): TDengine 3.3 takes an around interval only with a single point
            throw SqlError.syntax(sp.sql.text(clause.around().span()));
        }
        boolean aroundForm = clause != null && clause.rangeEnd() instanceof Expr.DurationLiteral;
        boolean pointForm = clause != null && clause.rangeStart() != null
                && (clause.rangeEnd() == null || aroundForm);
        if (clause == null || clause.rangeStart() == null || s.fill() == null
                || clause.every() == null && !pointForm) {
            throw SqlError.of(TaosError.PAR_INVALID_INTERP_CLAUSE);
        }
        if (aroundForm && clause.every() != null) {
            throw SqlError.of(TaosError.PAR_INVALID_INTERP_CLAUSE,
                    "Range clause with around interval can't be used with EVERY clause");
        }
        long around = aroundForm ? around((Expr.DurationLiteral) clause.rangeEnd()) : -1;
        if (s.window() != null || !s.groupBy().isEmpty()) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC,
                    "interp function is not supported in window query or group query");
        }
        if (sp.scope.timestampSlot() < 0) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, "interp function requires valid time series input");
        }
        Map<String, Integer> callIndex = new LinkedHashMap<>();
        List<Interp.Call> calls = new ArrayList<>();
        for (SelectPlanner.Item i : items) {
            Walker.walk(i.expr(), n -> {
                if (n instanceof Expr.FunctionCall f && f.name().equals("interp")) {
                    if (callIndex.putIfAbsent(sp.keyOf(f), calls.size()) == null) {
                        calls.add(bindCall(f));
                    }
                    return false;
                }
                if (n instanceof Expr.FunctionCall f && (Aggregates.find(f.name()) != null
                        || SeriesPlanner.isSeries(f))) {
                    throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
                }
                return true;
            });
        }
        if (calls.isEmpty()) {
            throw SqlError.of(TaosError.PAR_INVALID_INTERP_CLAUSE);
        }
        if (calls.size() > 1 && calls.stream().anyMatch(Interp.Call::ignoreNull)) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC,
                    "interp ignoring null value options cannot be used when applying to multiple columns");
        }
        long start = timestamp(clause.rangeStart());
        long end = pointForm ? start : timestamp(clause.rangeEnd());
        long every = clause.every() == null ? 1 : every(clause.every());
        Fill.Mode mode = Fill.Mode.valueOf(s.fill().mode().name());
        boolean nearby = mode == Fill.Mode.PREV || mode == Fill.Mode.NEXT || mode == Fill.Mode.NEAR;
        if (aroundForm && !nearby) {
            throw SqlError.of(TaosError.PAR_INVALID_FILL_TIME_RANGE);
        }
        if (aroundForm && s.fill().values().isEmpty()) {
            throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "Must specify values.");
        }
        if (aroundForm && s.fill().values().size() != calls.size()) {
            throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "num of fill value mismatch");
        }
        if (!aroundForm && nearby && !s.fill().values().isEmpty()) {
            throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "Can't specify fill values");
        }
        Object[] values = fillValues(calls, aroundForm);

        List<Expression> keys = new ArrayList<>();
        List<String> keyTexts = new ArrayList<>();
        boolean constantKeys = true;
        for (PartitionItem p : s.partitionBy()) {
            keys.add(sp.input.bind(p.expr()));
            keyTexts.add(sp.keyOf(p.expr()));
            constantKeys &= !SelectPlanner.find(p.expr(), n -> (n instanceof Expr.ColumnRef
                    || n instanceof Expr.PseudoColumn) && (sp.scope.columnOf(n) == null
                    || !sp.scope.columnOf(n).isPerTableConstant()));
        }
        int k = keys.size();
        ExprBinder output = new ExprBinder(sp.sql, (node, binder) -> {
            int key = keyTexts.indexOf(sp.keyOf(node));
            if (key >= 0) {
                return new InputRef(key, keys.get(key).type());
            }
            if (node instanceof Expr.FunctionCall f && f.name().equals("interp")) {
                int c = callIndex.get(sp.keyOf(f));
                return new InputRef(k + 3 + c, calls.get(c).arg().type());
            }
            if (node instanceof Expr.PseudoColumn p) {
                switch (p.name()) {
                    case "_irowts" -> {
                        return new InputRef(k, DataType.TIMESTAMP);
                    }
                    case "_isfilled" -> {
                        return new InputRef(k + 1, DataType.BOOL);
                    }
                    case "_irowts_origin" -> {
                        if (!nearby) {
                            throw SqlError.of(TaosError.PAR_INVALID_FILL_FUNC,
                                    "_irowts_origin can only be used with FILL PREV/NEXT/NEAR");
                        }
                        return new InputRef(k + 2, DataType.TIMESTAMP);
                    }
                    default -> {
                    }
                }
            }
            if (node instanceof Expr.ColumnRef || node instanceof Expr.PseudoColumn) {
                throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
            }
            return null;
        }, sp.ctx);
        List<Expression> outputs = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (SelectPlanner.Item i : items) {
            Expression e = output.bind(i.expr());
            outputs.add(e);
            fields.add(Field.of(i.label(), e.type()));
        }
        List<Expression> projected = new ArrayList<>(outputs);
        List<Sort.Key> sortKeys = new ArrayList<>();
        for (OrderItem o : s.orderBy()) {
            Expression e = sp.orderExpression(items, outputs, o.expr(), output);
            int col = projected.indexOf(e);
            if (col < 0) {
                projected.add(e);
                col = projected.size() - 1;
            }
            sortKeys.add(SelectPlanner.key(col, e.type(), o));
        }
        List<Expression> partitionRefs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            projected.add(new InputRef(i, keys.get(i).type()));
            partitionRefs.add(new InputRef(projected.size() - 1, keys.get(i).type()));
        }
        List<ColumnInfo> used = List.copyOf(sp.scope.used());
        Relation.ScanHints hints = new Relation.ScanHints(sp.range.from(), sp.range.to(), false, sp.tagFilter);
        Expression filter = sp.where;
        int tsSlot = sp.scope.timestampSlot();
        boolean perTableKeys = constantKeys;
        boolean emptyRange = sp.range.isEmpty();
        Supplier<Operator> rows = () -> {
            Operator op = sp.relation.open(used, hints, sp.ctx);
            if (filter != null) {
                op = new Filter(op, filter, sp.ctx);
            }
            if (emptyRange) {
                op = io.taos4j.server.query.exec.BatchSource.of();
            }
            op = new Interp(op, keys, perTableKeys, tsSlot, calls, start, end, every, mode, values, sp.ctx)
                    .withAround(around);
            op = new Project(op, projected, sp.ctx);
            if (!sortKeys.isEmpty()) {
                op = new Sort(op, sortKeys, -1);
            }
            if (!partitionRefs.isEmpty() && (s.limit() != null || s.slimit() != null)) {
                op = new PartitionLimit(op, partitionRefs, s.limit(), s.slimit(), sp.ctx);
            } else if (s.limit() != null) {
                op = new Limit(op, s.limit().count(), s.limit().offset());
            }
            return sp.trim(op, outputs.size(), projected.size());
        };
        return new Planner.Planned(fields, sp.relation.precision(), rows);
    }

    private Interp.Call bindCall(Expr.FunctionCall f) {
        if (f.args().isEmpty() || f.args().size() > 2) {
            throw SqlError.of(TaosError.FUNC_FUNTION_PARA_NUM, "Invalid number of parameters : interp");
        }
        Expression arg = sp.input.bind(f.args().get(0));
        TaosType t = arg.type().type();
        if (!t.isInteger() && !t.isFloating() && t != TaosType.BOOL) {
            throw SqlError.of(TaosError.FUNC_FUNTION_PARA_TYPE, "Invalid parameter data type : interp");
        }
        boolean ignoreNull = false;
        if (f.args().size() == 2) {
            Expression opt = sp.input.bind(f.args().get(1));
            Object v = opt.isConstant() ? opt.constantValue(sp.ctx) : null;
            if (!(v instanceof Long l) || l < 0 || l > 1) {
                throw new SqlError(0x2803, "Invalid parameter value : interp");
            }
            ignoreNull = l == 1;
        }
        return new Interp.Call(arg, ignoreNull);
    }

    private long timestamp(Expr e) {
        Expression x = sp.input.bind(e);
        if (!x.isConstant()) {
            throw SqlError.of(TaosError.PAR_INVALID_INTERP_CLAUSE);
        }
        Object v = x.constantValue(sp.ctx);
        if (v instanceof String str) {
            return sp.input.parseTimestamp(str);
        }
        if (v instanceof Long l) {
            return l;
        }
        throw SqlError.of(TaosError.PAR_INVALID_INTERP_CLAUSE);
    }

    private long every(Expr e) {
        if (e instanceof Expr.DurationLiteral d && d.unit() != 'n' && d.unit() != 'y') {
            long ticks = Timestamps.durationTicks(d.amount(), d.unit(), sp.ctx.precision());
            if (ticks > 0) {
                return ticks;
            }
        }
        throw SqlError.of(TaosError.PAR_INVALID_INTERP_CLAUSE);
    }

    /** The interval of {@code RANGE(t, around)} in ticks: not months or years, not 0. */
    private long around(Expr.DurationLiteral d) {
        if (d.unit() == 'n' || d.unit() == 'y') {
            throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE);
        }
        long ticks = Timestamps.durationTicks(d.amount(), d.unit(), sp.ctx.precision());
        if (ticks <= 0) {
            throw SqlError.of(TaosError.PAR_INVALID_FILL_TIME_RANGE);
        }
        return ticks;
    }

    private Object[] fillValues(List<Interp.Call> calls, boolean around) {
        var f = sp.s.fill();
        if (!around && f.mode() != io.taos4j.server.sql.ast.Fill.FillMode.VALUE
                && f.mode() != io.taos4j.server.sql.ast.Fill.FillMode.VALUE_F) {
            return null;
        }
        if (f.values().size() != calls.size()) {
            throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "Filled values number mismatch");
        }
        Object[] out = new Object[calls.size()];
        for (int i = 0; i < out.length; i++) {
            Expression v = sp.input.bind(f.values().get(i));
            Object value = v.isConstant() ? v.constantValue(sp.ctx) : null;
            DataType to = calls.get(i).arg().type();
            if (value == null) {
                continue;
            }
            double d = Values.toDouble(value instanceof String str ? (Object) Values.parseLeadingDouble(str) : value,
                    v.type());
            TaosType t = to.type();
            out[i] = t == TaosType.DOUBLE ? (Object) d : t == TaosType.FLOAT ? (Object) (float) d
                    : t == TaosType.BOOL ? (Object) (d != 0) : (Object) (long) d;
        }
        return out;
    }
}
