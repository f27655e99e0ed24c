package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.aggregate.AggregateFunction;
import io.taos4j.server.query.aggregate.Aggregates;
import io.taos4j.server.query.exec.Aggregate;
import io.taos4j.server.query.exec.Fill;
import io.taos4j.server.query.exec.Filter;
import io.taos4j.server.query.exec.IntervalSpec;
import io.taos4j.server.query.exec.Limit;
import io.taos4j.server.query.exec.PartitionLimit;
import io.taos4j.server.query.exec.Project;
import io.taos4j.server.query.exec.RowWindows;
import io.taos4j.server.query.exec.Sort;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.query.expr.Literal;
import io.taos4j.server.query.function.ScalarFunction;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.Window;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Plans SELECTs that aggregate: GROUP BY, PARTITION BY with aggregates, windows and FILL (tdengine-sql.md §6.5, §6.7). */
final class AggregatePlanner {
    private final SelectPlanner sp;
    private final ParsedSql sql;
    private final Query.Select s;
    private final Relation relation;
    private final EvalContext ctx;
    private final InputScope scope;
    private final ExprBinder input;
    private final TimeRange range;
    private final Expression where;
    private final Expression tagFilter;

    AggregatePlanner(SelectPlanner sp) {
        this.sp = sp;
        this.sql = sp.sql;
        this.s = sp.s;
        this.relation = sp.relation;
        this.ctx = sp.ctx;
        this.scope = sp.scope;
        this.input = sp.input;
        this.range = sp.range;
        this.where = sp.where;
        this.tagFilter = sp.tagFilter;
    }

    private String keyOf(Expr e) {
        return sp.keyOf(e);
    }

    private Expr groupExpr(List<SelectPlanner.Item> items, Expr g) {
        return sp.groupExpr(items, g);
    }

    private boolean containsAggregate(Expr e) {
        return sp.containsAggregate(e);
    }

    private static boolean find(Expr e, java.util.function.Predicate<Expr> p) {
        return SelectPlanner.find(e, p);
    }

    private Operator trim(Operator op, int keep, int total) {
        return sp.trim(op, keep, total);
    }

    private Expression orderExpression(List<SelectPlanner.Item> items, List<Expression> outputs, Expr e,
                                       ExprBinder binder) {
        return sp.orderExpression(items, outputs, e, binder);
    }

    private static Sort.Key key(int column, DataType type, OrderItem o) {
        return SelectPlanner.key(column, type, o);
    }

    Planner.Planned plan(List<SelectPlanner.Item> items) {
        // grouping keys
        List<Expr> keyExprs = new ArrayList<>();
        if (s.distinct()) {
            items.forEach(i -> keyExprs.add(i.expr()));
        } else if (!s.groupBy().isEmpty()) {
            for (Expr g : s.groupBy()) {
                keyExprs.add(groupExpr(items, g));
            }
        } else {
            s.partitionBy().forEach(p -> keyExprs.add(groupExpr(items, p.expr())));
        }
        List<Expression> keys = new ArrayList<>();
        Map<String, Integer> keyIndex = new LinkedHashMap<>();
        List<ColumnInfo> keyColumns = new ArrayList<>();
        boolean perTable = relation.isTable();
        for (Expr k : keyExprs) {
            if (containsAggregate(k)) {
                throw SqlError.of(TaosError.PAR_GROUPBY_LACK_EXPRESSION);
            }
            keyIndex.putIfAbsent(keyOf(k), keys.size());
            keys.add(input.bind(k));
            keyColumns.add(scope.columnOf(k));
            boolean[] tableConst = {true};
            Walker.walk(k, n -> {
                if (n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn) {
                    ColumnInfo c = scope.columnOf(n);
                    if (c == null || !c.isPerTableConstant()) {
                        tableConst[0] = false;
                    }
                }
                return true;
            });
            perTable &= tableConst[0];
        }
        perTable &= !keys.isEmpty();

        // aggregate calls
        List<Expr> scan = new ArrayList<>();
        items.forEach(i -> scan.add(i.expr()));
        if (s.having() != null) {
            scan.add(s.having());
        }
        s.orderBy().forEach(o -> scan.add(sp.unwrapOrder(items, o.expr())));
        Map<String, Integer> callIndex = new LinkedHashMap<>();
        List<Aggregate.Call> calls = new ArrayList<>();
        for (Expr e : scan) {
            collectCalls(e, callIndex, calls, false);
        }
        int selector = -1;
        int selectors = 0;
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).function().isSelector()) {
                selector = i;
                selectors++;
            }
        }
        IntervalSpec interval = s.window() instanceof Window.Interval iv ? interval(iv) : null;
        RowWindows rowWindows = s.window() == null || interval != null ? null
                : WindowPlanning.rowWindows(s.window(), sql, input, scope, ctx);
        boolean windowed = interval != null || rowWindows != null;
        if (windowed && calls.isEmpty()) {
            throw SqlError.of(TaosError.PAR_NO_VALID_FUNC_IN_WIN);
        }

        // plain columns outside aggregates: implicit keys (tags under per-table keys) or selector companions
        boolean oneSelector = selectors == 1;
        List<ColumnInfo> extraKeys = new ArrayList<>();
        List<ColumnInfo> companions = new ArrayList<>();
        for (Expr e : scan) {
            collectFreeRefs(e, keyIndex, keyColumns, free -> {
                ColumnInfo c = scope.columnOf(free);
                if (c == null) {
                    // unknown column: let binding report it
                    input.bind(free);
                    return;
                }
                if (keyColumns.contains(c) || extraKeys.contains(c) || companions.contains(c)) {
                    return;
                }
                boolean perTableKeys = !keyColumns.isEmpty() && keyColumns.stream().allMatch(
                        k -> k != null && k.isPerTableConstant());
                if (c.isPerTableConstant() && perTableKeys) {
                    extraKeys.add(c);
                } else if (oneSelector) {
                    companions.add(c);
                } else if (windowed) {
                    throw SqlError.of(TaosError.PAR_INVALID_WINDOW_PC,
                            TaosError.PAR_INVALID_WINDOW_PC.format(c.name()));
                } else {
                    throw SqlError.of(TaosError.PAR_INVALID_COLUMNS_NUM);
                }
            });
        }
        for (ColumnInfo c : extraKeys) {
            keys.add(scope.ref(c));
            keyColumns.add(c);
        }
        List<Expression> companionExprs = new ArrayList<>();
        companions.forEach(c -> companionExprs.add(scope.ref(c)));

        int k = keys.size();
        int w = windowed ? 3 : 0;
        keys.forEach(x -> keyColumnsTypes.add(x.type()));
        calls.forEach(c -> callTypes.add(c.resultType()));
        AggScope agg = new AggScope(keyIndex, keyColumns, callIndex, companions, k, w, calls.size(), windowed);
        ExprBinder output = new ExprBinder(sql, agg, ctx);

        List<Expression> outputs = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (SelectPlanner.Item i : items) {
            Expression e = output.bind(i.expr());
            outputs.add(e);
            fields.add(Field.of(i.label(), e.type()));
        }
        Expression having = s.having() == null ? null : output.bind(s.having());
        List<Expression> projected = new ArrayList<>(outputs);
        List<Sort.Key> sortKeys = new ArrayList<>();
        for (OrderItem o : s.orderBy()) {
            Expression e = orderExpression(items, outputs, o.expr(), output);
            int col = projected.indexOf(e);
            if (col < 0) {
                projected.add(e);
                col = projected.size() - 1;
            }
            sortKeys.add(key(col, e.type(), o));
        }
        // partition keys of the aggregate output, for per-partition LIMIT of window results
        List<Expression> partitionRefs = new ArrayList<>();
        if (windowed && !s.partitionBy().isEmpty()) {
            for (int i = 0; i < keyExprs.size(); i++) {
                Expression ref = new InputRef(i, keys.get(i).type());
                int col = projected.size();
                projected.add(ref);
                partitionRefs.add(new InputRef(col, ref.type()));
            }
        }

        Fill fillSpec = null;
        Object[] fillValues = null;
        List<DataType> aggTypes = new ArrayList<>();
        keys.forEach(x -> aggTypes.add(x.type()));
        if (windowed) {
            aggTypes.add(DataType.TIMESTAMP);
            aggTypes.add(DataType.TIMESTAMP);
            aggTypes.add(DataType.BIGINT);
        }
        calls.forEach(c -> aggTypes.add(c.resultType()));
        companionExprs.forEach(c -> aggTypes.add(c.type()));
        Fill.Mode fillMode = Fill.Mode.NONE;
        if (s.fill() != null && s.fill().mode() != io.taos4j.server.sql.ast.Fill.FillMode.NONE) {
            if (interval == null) {
                throw SqlError.syntax(sql.text(s.fill().span()));
            }
            if (!range.boundedBelow() || !range.boundedAbove()) {
                throw SqlError.of(TaosError.PAR_INVALID_FILL_TIME_RANGE);
            }
            fillMode = Fill.Mode.valueOf(s.fill().mode().name());
            fillValues = fillValues(items, callIndex, calls, k + w);
        }

        List<ColumnInfo> used = List.copyOf(scope.used());
        boolean plain = !windowed && where == null && (keys.isEmpty() || perTable) && !calls.isEmpty();
        // last_row only needs each table's newest row: read tables newest first and stop after one row
        boolean newestOnly = plain && calls.stream().allMatch(c -> c.function().name().equals("last_row"));
        // count(*) only needs block sizes: no timestamp values are read for blocks wholly in range
        boolean countOnly = plain && companionExprs.isEmpty()
                && calls.stream().allMatch(c -> c.function().name().equals("count") && c.args().isEmpty())
                && used.stream().noneMatch(c -> c.kind() == ColumnInfo.Kind.DATA && c != relation.timestamp());
        Relation.ScanHints hints = new Relation.ScanHints(range.from(), range.to(), newestOnly, tagFilter,
                newestOnly ? 1 : 0, countOnly);
        Expression filter = where;
        int tsSlot = scope.timestampSlot();
        int selectorCall = companions.isEmpty() ? -1 : selector;
        boolean perTableKeys = perTable || keys.isEmpty();
        IntervalSpec windows = interval;
        Fill.Mode mode = fillMode;
        Object[] values = fillValues;
        boolean emptyRange = range.isEmpty();
        // only count-like functions give a row for empty input (tdengine-sql.md §7.1)
        boolean countLike = calls.stream().anyMatch(c -> c.function().name().equals("count")
                || c.function().name().equals("hyperloglog"));
        Supplier<Operator> rows = () -> {
            Operator op = relation.open(used, hints, ctx);
            if (filter != null) {
                op = new Filter(op, filter, ctx);
            }
            if (emptyRange) {
                op = io.taos4j.server.query.exec.BatchSource.of();
            }
            op = new Aggregate(op, keys, perTableKeys, windows, calls, tsSlot,
                    selectorCall, companionExprs, keys.isEmpty() && !windowed && countLike, ctx)
                    .withRowWindows(rowWindows);
            if (mode != Fill.Mode.NONE) {
                op = new Fill(op, k, windows, range.from(), range.to(), mode, values, aggTypes);
            }
            if (having != null) {
                op = new Filter(op, having, ctx);
            }
            op = new Project(op, projected, ctx);
            if (!sortKeys.isEmpty()) {
                op = new Sort(op, sortKeys, s.limit() == null || !partitionRefs.isEmpty() ? -1
                        : s.limit().count() + s.limit().offset());
            }
            if (!partitionRefs.isEmpty() && (s.limit() != null || s.slimit() != null)) {
                op = new PartitionLimit(op, partitionRefs, s.limit(), s.slimit(), ctx);
            } else if (s.limit() != null) {
                op = new Limit(op, s.limit().count(), s.limit().offset());
            }
            return trim(op, outputs.size(), projected.size());
        };
        return new Planner.Planned(fields, relation.precision(), rows);
    }

    private void collectCalls(Expr e, Map<String, Integer> index, List<Aggregate.Call> calls, boolean inside) {
        Walker.walk(e, n -> {
            if (n instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null) {
                for (Expr a : f.args()) {
                    if (containsAggregate(a)) {
                        throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
                    }
                }
                String key = keyOf(f);
                if (!index.containsKey(key)) {
                    index.put(key, calls.size());
                    calls.add(bindCall(f));
                }
                return false;
            }
            return true;
        });
    }

    private Aggregate.Call bindCall(Expr.FunctionCall f) {
        AggregateFunction fn = Aggregates.find(f.name());
        List<Expression> args = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        List<Object> constants = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof Expr.Star) {
                if (!f.name().equals("count") || f.args().size() != 1) {
                    throw SqlError.syntax(sql.text(a.span()));
                }
                continue;
            }
            Expression x = input.bind(a);
            args.add(x);
            types.add(x.type());
            constants.add(x.isConstant() ? x.constantValue(ctx) : ScalarFunction.NOT_CONSTANT);
        }
        AggregateRules.check(f, relation, scope, s, input.context());
        DataType result = fn.bind(types, constants);
        if (f.name().equals("irate")) {
            constants.add(ctx.precision().ticksPerSecond());
        }
        // ELAPSED's window borders only where each series is one table: TDengine computes a super table's ELAPSED
        // in per-vnode partial windows, whose borders depend on the vgroup layout
        boolean borders = !f.name().equals("elapsed") || !relation.isMultiTable()
                || s.partitionBy().stream().anyMatch(p -> p.expr() instanceof Expr.PseudoColumn c
                && c.name().equals("tbname"));
        return new Aggregate.Call(fn, args, types, result, constants, borders);
    }

    /** Column references outside aggregate calls that do not match a grouping key. */
    private void collectFreeRefs(Expr e, Map<String, Integer> keyIndex, List<ColumnInfo> keyColumns,
                                 java.util.function.Consumer<Expr> sink) {
        Walker.walk(e, n -> {
            if (keyIndex.containsKey(keyOf(n))) {
                return false;
            }
            if (n instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null) {
                return false;
            }
            if (n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn p && isRowPseudo(p)) {
                ColumnInfo c = scope.columnOf(n);
                if (c == null || !keyColumns.contains(c)) {
                    sink.accept(n);
                }
                return false;
            }
            return true;
        });
    }

    private static boolean isRowPseudo(Expr.PseudoColumn p) {
        return p.name().equals("tbname") || p.name().equals("_c0") || p.name().equals("_rowts");
    }

    IntervalSpec interval(Window.Interval iv) {
        long[] len = duration(iv.length());
        long[] off = iv.offset() == null ? new long[] {0, 0} : duration(iv.offset());
        long[] slide = iv.sliding() == null ? len : duration(iv.sliding());
        IntervalSpec spec = new IntervalSpec(len[0], (char) len[1], off[0], (char) off[1], slide[0],
                (char) slide[1], ctx.precision());
        long lengthTicks = spec.end(0) - 0;
        if (len[1] != 'n' && len[1] != 'y' && lengthTicks < ctx.precision().ticksPerMilli()
                && ctx.precision() == io.taos4j.protocol.Precision.MILLISECONDS || lengthTicks <= 0) {
            throw SqlError.of(TaosError.PAR_INTER_VALUE_TOO_SMALL, "Interval cannot be less than 1 "
                    + ctx.precision().sqlName().replace("ms", "ms").replace("us", "us"));
        }
        if (iv.offset() != null && off[1] != 'n' && off[1] != 'y' && len[1] != 'n' && len[1] != 'y'
                && spec.end(0) <= new IntervalSpec(off[0], (char) off[1], 0, (char) 0, off[0], (char) off[1],
                ctx.precision()).end(0)) {
            throw SqlError.of(TaosError.PAR_INTER_OFFSET_TOO_BIG);
        }
        if (iv.sliding() != null && slide[1] != 'n' && slide[1] != 'y' && len[1] != 'n' && len[1] != 'y'
                && new IntervalSpec(slide[0], (char) slide[1], 0, (char) 0, slide[0], (char) slide[1],
                ctx.precision()).end(0) > lengthTicks) {
            throw SqlError.of(TaosError.PAR_INTER_SLIDING_TOO_BIG);
        }
        return spec;
    }

    /** A window duration: {amount, unit}, unit 0 meaning database ticks. */
    private long[] duration(Expr e) {
        if (e instanceof Expr.DurationLiteral d) {
            return new long[] {d.amount(), d.unit()};
        }
        if (e instanceof Expr.IntLiteral i) {
            return new long[] {i.value(), 0};
        }
        if (e instanceof Expr.StringLiteral str) {
            String t = str.value().strip();
            char unit = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
            if (io.taos4j.server.type.Timestamps.isDurationUnit(unit)) {
                try {
                    return new long[] {Long.parseLong(t.substring(0, t.length() - 1)), unit};
                } catch (NumberFormatException ignored) {
                    // fall through
                }
            }
        }
        throw SqlError.syntax(sql.text(e.span()));
    }

    /** FILL(VALUE, ...) values, one per aggregate column, converted to its type by truncation. */
    private Object[] fillValues(List<SelectPlanner.Item> items, Map<String, Integer> callIndex, List<Aggregate.Call> calls,
                                int firstCall) {
        io.taos4j.server.sql.ast.Fill f = s.fill();
        if (f.mode() != io.taos4j.server.sql.ast.Fill.FillMode.VALUE
                && f.mode() != io.taos4j.server.sql.ast.Fill.FillMode.VALUE_F) {
            return null;
        }
        List<Integer> targets = new ArrayList<>();
        for (SelectPlanner.Item i : items) {
            Expr e = i.expr();
            if (e instanceof Expr.PseudoColumn p && p.name().startsWith("_w")) {
                continue;
            }
            if (isConstantExpr(e) || isPartitionKey(e)) {
                // constants and PARTITION BY keys (TDengine's group keys) take no fill value
                continue;
            }
            Integer call = e instanceof Expr.FunctionCall fc ? callIndex.get(keyOf(fc)) : null;
            targets.add(call == null ? -1 : call);
        }
        if (targets.size() != f.values().size()) {
            throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "Filled values number mismatch");
        }
        Object[] out = new Object[calls.size() + 64];
        for (int i = 0; i < targets.size(); i++) {
            int call = targets.get(i);
            if (call < 0) {
                continue;
            }
            Expression v = input.bind(f.values().get(i));
            Object value = v.isConstant() ? v.constantValue(ctx) : null;
            out[call] = convertFill(value, v.type(), calls.get(call).resultType());
        }
        return out;
    }

    private boolean isPartitionKey(Expr e) {
        String key = keyOf(e);
        return s.partitionBy().stream().anyMatch(p -> keyOf(p.expr()).equals(key));
    }

    private boolean isConstantExpr(Expr e) {
        return !find(e, n -> n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn
                || n instanceof Expr.FunctionCall f && (Aggregates.find(f.name()) != null));
    }

    private static Object convertFill(Object value, DataType from, DataType to) {
        if (value == null) {
            return null;
        }
        double d = io.taos4j.server.query.Values.toDouble(value instanceof String str
                ? (Object) io.taos4j.server.query.Values.parseLeadingDouble(str) : value, from);
        TaosType t = to.type();
        if (t == TaosType.DOUBLE) {
            return d;
        }
        if (t == TaosType.FLOAT) {
            return (float) d;
        }
        if (t.isInteger() || t == TaosType.TIMESTAMP) {
            return (long) d;
        }
        if (t == TaosType.BOOL) {
            return d != 0;
        }
        return io.taos4j.server.query.Values.toText(value, from);
    }

    /** Resolves expressions over the output of the aggregation. */
    private final class AggScope implements ExprBinder.Resolver {
        private final Map<String, Integer> keyIndex;
        private final List<ColumnInfo> keyColumns;
        private final Map<String, Integer> callIndex;
        private final List<ColumnInfo> companions;
        private final int keys;
        private final int windows;
        private final int calls;
        private final boolean window;

        AggScope(Map<String, Integer> keyIndex, List<ColumnInfo> keyColumns, Map<String, Integer> callIndex,
                 List<ColumnInfo> companions, int keys, int windows, int calls, boolean window) {
            this.keyIndex = keyIndex;
            this.keyColumns = keyColumns;
            this.callIndex = callIndex;
            this.companions = companions;
            this.keys = keys;
            this.windows = windows;
            this.calls = calls;
            this.window = window;
        }

        @Override
        public Expression resolve(Expr node, ExprBinder binder) {
            Integer k = keyIndex.get(keyOf(node));
            if (k != null) {
                return new InputRef(k, type(k));
            }
            if (node instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null) {
                Integer c = callIndex.get(keyOf(f));
                return new InputRef(keys + windows + c, typeOfCall(c));
            }
            if (node instanceof Expr.PseudoColumn p) {
                switch (p.name()) {
                    case "_wstart", "_wend" -> {
                        return windowCol(p.name().equals("_wstart") ? 0 : 1, DataType.TIMESTAMP);
                    }
                    case "_wduration" -> {
                        return windowCol(2, DataType.BIGINT);
                    }
                    case "_qstart", "_qend" -> {
                        Long v = p.name().equals("_qstart") ? range.startOrNull() : range.endOrNull();
                        return new Literal(v, DataType.TIMESTAMP);
                    }
                    default -> {
                        // tbname, _c0, _rowts: like a column
                    }
                }
            }
            if (node instanceof Expr.ColumnRef || node instanceof Expr.PseudoColumn) {
                ColumnInfo c = scope.columnOf(node);
                int i = c == null ? -1 : keyColumns.indexOf(c);
                if (i >= 0) {
                    return new InputRef(i, c.type());
                }
                int m = c == null ? -1 : companions.indexOf(c);
                if (m >= 0) {
                    return new InputRef(keys + windows + calls + m, c.type());
                }
                if (c == null && node instanceof Expr.ColumnRef ref) {
                    throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(ref.name()));
                }
                throw SqlError.of(TaosError.PAR_INVALID_COLUMNS_NUM);
            }
            return null;
        }

        private Expression windowCol(int offset, DataType type) {
            if (!window) {
                throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, "Illegal pseudo column");
            }
            return new InputRef(keys + offset, type);
        }

        private DataType type(int key) {
            return keyColumnsTypes.get(key);
        }

        private DataType typeOfCall(int call) {
            return callTypes.get(call);
        }
    }

    /** Types of the aggregation's key and call outputs, set once the plan is built (AggScope reads them). */
    private final List<DataType> keyColumnsTypes = new ArrayList<>();
    private final List<DataType> callTypes = new ArrayList<>();
}
