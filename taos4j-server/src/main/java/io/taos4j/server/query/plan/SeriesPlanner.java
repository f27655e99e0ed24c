package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.aggregate.Aggregates;
import io.taos4j.server.query.exec.Filter;
import io.taos4j.server.query.exec.IntervalSpec;
import io.taos4j.server.query.exec.RowWindows;
import io.taos4j.server.query.exec.Limit;
import io.taos4j.server.query.exec.MultiRow;
import io.taos4j.server.query.exec.PartitionLimit;
import io.taos4j.server.query.exec.Project;
import io.taos4j.server.query.exec.Sort;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.query.function.ScalarFunction;
import io.taos4j.server.query.series.SeriesFunction;
import io.taos4j.server.query.series.SeriesFunctions;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.Window;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plans SELECTs with multi-row functions (DIFF, CSUM, TOP, ...; tdengine-sql.md §7.2, §7.3) with TDengine's mixing
 * rules (parTranslater.c {@code translateIndefiniteRowsFunc}, {@code translateMultiRowsFunc}): no aggregates beside
 * them, one kind of function per query. Indefinite-rows functions (DIFF, CSUM, UNIQUE, TAIL, ...) refuse windows and
 * GROUP BY; the multi-row selections TOP, BOTTOM and SAMPLE (aggregates in TDengine) run per window (INTERVAL,
 * SESSION, STATE_WINDOW, EVENT_WINDOW, COUNT_WINDOW) and per GROUP BY or PARTITION BY group, never with FILL
 * (builtins.c {@code FUNC_MGT_FORBID_FILL_FUNC}).
 */
final class SeriesPlanner {
    private final SelectPlanner sp;

    SeriesPlanner(SelectPlanner sp) {
        this.sp = sp;
    }

    static boolean isSeries(Expr e) {
        return e instanceof Expr.FunctionCall f && SeriesFunctions.find(f.name()) != null;
    }

    Planner.Planned plan(List<SelectPlanner.Item> items) {
        Map<String, Integer> callIndex = new LinkedHashMap<>();
        List<Expr.FunctionCall> found = new ArrayList<>();
        for (SelectPlanner.Item i : items) {
            Walker.walk(i.expr(), n -> {
                if (isSeries(n)) {
                    Expr.FunctionCall f = (Expr.FunctionCall) n;
                    for (Expr a : f.args()) {
                        if (SelectPlanner.find(a, x -> isSeries(x) || sp.containsAggregate(x))) {
                            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
                        }
                    }
                    if (callIndex.putIfAbsent(sp.keyOf(f), found.size()) == null) {
                        found.add(f);
                    }
                    return false;
                }
                if (n instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null) {
                    throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
                }
                return true;
            });
        }
        checkRules(found);
        List<MultiRow.Call> calls = new ArrayList<>();
        for (Expr.FunctionCall f : found) {
            calls.add(bindCall(f));
        }
        List<Expression> keys = new ArrayList<>();
        boolean constantKeys = true;
        boolean grouped = !sp.s.groupBy().isEmpty();
        List<Expr> keyExprs = new ArrayList<>();
        if (grouped) {
            sp.s.groupBy().forEach(g -> keyExprs.add(sp.groupExpr(items, g)));
        } else {
            sp.s.partitionBy().forEach(p -> keyExprs.add(p.expr()));
        }
        Map<String, Integer> keyIndex = new LinkedHashMap<>();
        for (Expr e : keyExprs) {
            keyIndex.putIfAbsent(sp.keyOf(e), keys.size());
            keys.add(sp.input.bind(e));
            constantKeys &= !SelectPlanner.find(e, n -> (n instanceof Expr.ColumnRef
                    || n instanceof Expr.PseudoColumn) && (sp.scope.columnOf(n) == null
                    || !sp.scope.columnOf(n).isPerTableConstant()));
        }
        IntervalSpec interval = sp.s.window() instanceof Window.Interval iv ? new AggregatePlanner(sp).interval(iv)
                : null;
        RowWindows rowWindows = sp.s.window() == null || interval != null ? null
                : WindowPlanning.rowWindows(sp.s.window(), sp.sql, sp.input, sp.scope, sp.ctx);
        boolean windowed = sp.s.window() != null;
        boolean selector = calls.get(0).function().selector();
        boolean tableKeys = constantKeys && !keys.isEmpty();
        int k = keys.size();
        int w = windowed ? 3 : 0;
        int offset = k + w + calls.size();
        ExprBinder output = new ExprBinder(sp.sql, (node, binder) -> {
            if (isSeries(node)) {
                int c = callIndex.get(sp.keyOf(node));
                return new InputRef(k + w + c, calls.get(c).resultType());
            }
            if (grouped && keyIndex.containsKey(sp.keyOf(node))) {
                int key = keyIndex.get(sp.keyOf(node));
                return new InputRef(key, keys.get(key).type());
            }
            if (node instanceof Expr.PseudoColumn p && windowed) {
                switch (p.name()) {
                    case "_wstart" -> {
                        return new InputRef(k, DataType.TIMESTAMP);
                    }
                    case "_wend" -> {
                        return new InputRef(k + 1, DataType.TIMESTAMP);
                    }
                    case "_wduration" -> {
                        return new InputRef(k + 2, DataType.BIGINT);
                    }
                    default -> {
                        // other pseudo columns resolve on the source row
                    }
                }
            }
            if (!selector && (node instanceof Expr.ColumnRef || node instanceof Expr.PseudoColumn)
                    && !keyIndex.containsKey(sp.keyOf(node)) && sp.scope.columnOf(node) != null
                    && !isPartitionKey(node) && !(tableKeys && sp.scope.columnOf(node).isPerTableConstant())) {
                // HISTOGRAM is no selection: a plain column beside it is not a single-group expression
                throw SqlError.of(TaosError.PAR_INVALID_COLUMNS_NUM);
            }
            Expression e = sp.scope.resolve(node, binder);
            if (e instanceof InputRef r) {
                return new InputRef(offset + r.index(), r.type());
            }
            return e;
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
        for (OrderItem o : sp.s.orderBy()) {
            Expression e = sp.orderExpression(items, outputs, o.expr(), output);
            int col = projected.indexOf(e);
            if (col < 0) {
                projected.add(e);
                col = projected.size() - 1;
            }
            sortKeys.add(SelectPlanner.key(col, e.type(), o));
        }
        List<Expression> partitionRefs = new ArrayList<>();
        for (int i = 0; i < (grouped ? 0 : k); i++) {
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
            op = new MultiRow(op, keys, perTableKeys, tsSlot, calls, sp.ctx).withWindows(interval, rowWindows);
            op = new Project(op, projected, sp.ctx);
            if (!sortKeys.isEmpty()) {
                op = new Sort(op, sortKeys, -1);
            }
            if (!partitionRefs.isEmpty() && (sp.s.limit() != null || sp.s.slimit() != null)) {
                op = new PartitionLimit(op, partitionRefs, sp.s.limit(), sp.s.slimit(), sp.ctx);
            } else if (sp.s.limit() != null) {
                op = new Limit(op, sp.s.limit().count(), sp.s.limit().offset());
            }
            return sp.trim(op, outputs.size(), projected.size());
        };
        return new Planner.Planned(fields, sp.relation.precision(), rows);
    }

    private void checkRules(List<Expr.FunctionCall> found) {
        Expr.FunctionCall first = found.get(0);
        for (Expr.FunctionCall f : found) {
            if (f.name().equals(first.name())) {
                continue;
            }
            boolean byRow = isByRow(first.name()) && isByRow(f.name());
            throw byRow ? SqlError.of(TaosError.PAR_FUNC_NOT_IN_SAME_LIST)
                    : SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
        }
        SeriesFunction fn = SeriesFunctions.find(first.name());
        if (fn.kind() == SeriesFunction.Kind.MULTI_ROWS && found.size() > 1) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
        }
        if (sp.s.having() != null && SelectPlanner.find(sp.s.having(), SeriesPlanner::isSeries)) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
        }
        if (sp.s.window() != null || !sp.s.groupBy().isEmpty() || sp.s.distinct()) {
            if (fn.kind() == SeriesFunction.Kind.INDEFINITE) {
                throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, first.name()
                        + " function is not supported in window query or group query");
            }
            if (sp.s.distinct()) {
                throw SelectPlanner.notYet(first.name() + " in DISTINCT queries");
            }
            if (sp.s.fill() != null) {
                throw SqlError.of(TaosError.PAR_INVALID_FILL_FUNC, first.name()
                        + " function is not supported in fill query");
            }
        }
        if (sp.scope.timestampSlot() < 0 && (fn.selector() || sp.s.window() != null)) {
            // HISTOGRAM outside windows reads values only; the others need the rows' time order
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, first.name()
                    + " function requires valid time series input");
        }
    }

    private boolean isPartitionKey(Expr node) {
        String key = sp.keyOf(node);
        return sp.s.partitionBy().stream().anyMatch(p -> sp.keyOf(p.expr()).equals(key));
    }

    /** Functions TDengine processes row by row; two different ones in a query give 0x2680. */
    private static boolean isByRow(String name) {
        return name.equals("diff") || name.equals("csum");
    }

    private MultiRow.Call bindCall(Expr.FunctionCall f) {
        SeriesFunction fn = SeriesFunctions.find(f.name());
        List<Expression> args = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        List<Object> constants = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof Expr.Star) {
                throw SqlError.syntax(sp.sql.text(a.span()));
            }
            Expression x = sp.input.bind(a);
            args.add(x);
            types.add(x.type());
            constants.add(x.isConstant() ? x.constantValue(sp.ctx) : ScalarFunction.NOT_CONSTANT);
        }
        DataType result = fn.bind(types, constants);
        return new MultiRow.Call(fn, args, types, result, constants);
    }
}
