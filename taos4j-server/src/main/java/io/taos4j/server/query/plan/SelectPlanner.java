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
import io.taos4j.server.query.exec.Sort;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.query.expr.Literal;
import io.taos4j.server.query.expr.Logical;
import io.taos4j.server.query.function.ScalarFunction;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.PartitionItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.sql.ast.Window;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Plans one SELECT (tdengine-sql.md §6). */
final class SelectPlanner {
    private final Planner planner;
    private final ParsedSql sql;
    private final Query.Select s;
    /** Labels of expressions the planner made up (star expansions). */
    private final Map<Expr, String> synthetic = new IdentityHashMap<>();

    private Relation relation;
    private EvalContext ctx;
    private InputScope scope;
    private ExprBinder input;
    private TimeRange range = TimeRange.ALL;
    private Expression where;
    private Expression tagFilter;

    /** A select-list entry: the expression and its output label. */
    private record Item(Expr expr, String label) {
    }

    SelectPlanner(Planner planner, ParsedSql sql, Query.Select s) {
        this.planner = planner;
        this.sql = sql;
        this.s = s;
    }

    Planner.Planned plan() {
        relation = planner.relation(sql, s.from(), s.where());
        ctx = planner.baseContext().withPrecision(relation.precision());
        scope = new InputScope(relation);
        input = new ExprBinder(sql, scope, ctx);
        if (s.interp() != null) {
            throw notYet("INTERP");
        }
        if (s.window() != null && !(s.window() instanceof Window.Interval)) {
            throw notYet(s.window().getClass().getSimpleName().replace("Window", " window").toUpperCase());
        }
        if (s.where() != null) {
            where = input.bind(s.where());
            range = TimeRange.of(s.where(), scope, input);
            tagFilter = tagFilter(s.where());
        }
        scope.setRange(range);
        List<Item> items = expand();
        List<Expr> exprs = new ArrayList<>();
        items.forEach(i -> exprs.add(i.expr()));
        if (s.having() != null) {
            exprs.add(s.having());
        }
        s.orderBy().forEach(o -> exprs.add(o.expr()));
        for (Expr e : exprs) {
            if (containsIndefinite(e)) {
                throw notYet("multi-row functions (diff, csum, top, ...)");
            }
        }
        boolean aggregate = s.distinct() || !s.groupBy().isEmpty() || s.window() != null
                || exprs.stream().anyMatch(this::containsAggregate);
        return aggregate ? planAggregate(items) : planProjection(items);
    }

    private static SqlError notYet(String what) {
        return SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: " + what
                + " is not available in this release of the taos4j embedded server");
    }

    // ---------------------------------------------------------------- select list

    private List<Item> expand() {
        List<Item> out = new ArrayList<>();
        for (SelectItem item : s.items()) {
            Expr e = item.expr();
            if (e instanceof Expr.Star star) {
                for (ColumnInfo c : relation.starColumns()) {
                    if (star.qualifier() == null || star.qualifier().equals(c.qualifier())) {
                        Expr ref = new Expr.ColumnRef(star.span(), c.qualifier(), c.name());
                        synthetic.put(ref, c.name());
                        out.add(new Item(ref, c.name()));
                    }
                }
                continue;
            }
            if (e instanceof Expr.FunctionCall f && f.args().size() == 1 && f.args().get(0) instanceof Expr.Star
                    && (f.name().equals("first") || f.name().equals("last") || f.name().equals("last_row"))) {
                for (ColumnInfo c : relation.starColumns()) {
                    if (c.kind() == ColumnInfo.Kind.TAG) {
                        continue;
                    }
                    Expr ref = new Expr.ColumnRef(f.span(), c.qualifier(), c.name());
                    Expr call = new Expr.FunctionCall(f.span(), f.name(), List.of(ref), false, false);
                    String label = truncate(f.name() + "(" + c.name() + ")");
                    synthetic.put(call, label);
                    out.add(new Item(call, label));
                }
                continue;
            }
            out.add(new Item(e, sql.columnLabel(item)));
        }
        return out;
    }

    private static String truncate(String label) {
        return label.length() <= 64 ? label : label.substring(0, 64);
    }

    /** Identity of an expression for matching GROUP BY keys and aggregate calls: its folded text. */
    private String keyOf(Expr e) {
        String k = synthetic.get(e);
        return k != null ? k : sql.text(e.span());
    }

    private boolean containsAggregate(Expr e) {
        return find(e, n -> n instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null);
    }

    private boolean containsIndefinite(Expr e) {
        return find(e, n -> n instanceof Expr.FunctionCall f && Planner.INDEFINITE_FUNCTIONS.contains(f.name()));
    }

    private static boolean find(Expr e, java.util.function.Predicate<Expr> p) {
        List<Expr> found = new ArrayList<>();
        Walker.walk(e, n -> {
            if (p.test(n)) {
                found.add(n);
            }
            return true;
        });
        return !found.isEmpty();
    }

    /** The conjuncts of WHERE that read only tags and tbname, bound for pruning child tables. */
    private Expression tagFilter(Expr w) {
        if (!relation.isMultiTable()) {
            return null;
        }
        List<Expression> parts = new ArrayList<>();
        for (Expr c : TimeRange.conjuncts(w)) {
            boolean[] tagsOnly = {true};
            boolean[] any = {false};
            Walker.walk(c, n -> {
                ColumnInfo info = n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn ? scope.columnOf(n)
                        : null;
                if (n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn) {
                    if (info == null || !info.isPerTableConstant()) {
                        tagsOnly[0] = false;
                    } else {
                        any[0] = true;
                    }
                }
                return true;
            });
            if (tagsOnly[0] && any[0]) {
                parts.add(input.bind(c));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Logical(Logical.Op.AND, parts);
    }

    // ---------------------------------------------------------------- projections

    private Planner.Planned planProjection(List<Item> items) {
        List<Expression> outputs = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (Item i : items) {
            Expression e = input.bind(i.expr());
            outputs.add(e);
            fields.add(Field.of(i.label(), e.type()));
        }
        boolean descendingScan = false;
        List<Sort.Key> keys = new ArrayList<>();
        List<Expression> projected = new ArrayList<>(outputs);
        boolean scanOrdered = false;
        if (!s.orderBy().isEmpty()) {
            if (s.orderBy().size() == 1 && relation.isTable() && !relation.isMultiTable()
                    && scope.columnOf(unwrapOrder(items, s.orderBy().get(0).expr())) == relation.timestamp()) {
                scanOrdered = true;
                descendingScan = !s.orderBy().get(0).ascending();
            } else {
                for (OrderItem o : s.orderBy()) {
                    Expression k = orderExpression(items, outputs, o.expr(), input);
                    int col = projected.indexOf(k);
                    if (col < 0) {
                        projected.add(k);
                        col = projected.size() - 1;
                    }
                    keys.add(key(col, k.type(), o));
                }
            }
        }
        List<Expression> partitionKeys = new ArrayList<>();
        for (PartitionItem p : s.partitionBy()) {
            Expression k = input.bind(groupExpr(items, p.expr()));
            int col = projected.indexOf(k);
            if (col < 0) {
                projected.add(k);
                col = projected.size() - 1;
            }
            partitionKeys.add(new InputRef(col, k.type()));
        }
        int outputCount = outputs.size();
        List<ColumnInfo> used = List.copyOf(scope.used());
        Relation.ScanHints hints = new Relation.ScanHints(range.from(), range.to(), descendingScan, tagFilter);
        Expression filter = where;
        Supplier<Operator> rows = () -> {
            Operator op = relation.open(used, hints, ctx);
            if (filter != null) {
                op = new Filter(op, filter, ctx);
            }
            op = new Project(op, projected, ctx);
            boolean partitioned = !partitionKeys.isEmpty();
            if (!keys.isEmpty()) {
                op = new Sort(op, keys, partitioned || s.limit() == null ? -1 : s.limit().count() + s.limit().offset());
            }
            if (partitioned && (s.limit() != null || s.slimit() != null)) {
                op = new PartitionLimit(op, partitionKeys, s.limit(), s.slimit(), ctx);
            } else if (s.limit() != null) {
                op = new Limit(op, s.limit().count(), s.limit().offset());
            }
            return trim(op, outputCount, projected.size());
        };
        if (range.isEmpty()) {
            rows = emptyOf(fields);
        }
        return new Planner.Planned(fields, relation.precision(), rows);
    }

    private Supplier<Operator> emptyOf(List<Field> fields) {
        return () -> io.taos4j.server.query.exec.BatchSource.of();
    }

    private Operator trim(Operator op, int keep, int total) {
        if (keep == total) {
            return op;
        }
        List<Expression> first = new ArrayList<>();
        for (int i = 0; i < keep; i++) {
            first.add(new InputRef(i, DataType.BOOL));
        }
        return new Project(op, first, ctx);
    }

    /** An ORDER BY expression: a 1-based position, a select-list alias, or an expression of the scope. */
    private Expression orderExpression(List<Item> items, List<Expression> outputs, Expr e, ExprBinder binder) {
        if (e instanceof Expr.IntLiteral i) {
            if (i.value() < 1 || i.value() > items.size()) {
                throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "ORDER BY position out of range: " + i.value());
            }
            return outputs.get((int) i.value() - 1);
        }
        if (e instanceof Expr.ColumnRef c && c.qualifier() == null) {
            for (int k = 0; k < items.size(); k++) {
                if (items.get(k).label().equals(c.name()) && !(items.get(k).expr() instanceof Expr.ColumnRef ref
                        && ref.name().equals(c.name()))) {
                    return outputs.get(k);
                }
            }
        }
        String key = keyOf(e);
        for (int k = 0; k < items.size(); k++) {
            if (keyOf(items.get(k).expr()).equals(key)) {
                return outputs.get(k);
            }
        }
        return binder.bind(e);
    }

    /** The expression an ORDER BY item stands for (resolving positions and aliases to select items). */
    private Expr unwrapOrder(List<Item> items, Expr e) {
        if (e instanceof Expr.IntLiteral i && i.value() >= 1 && i.value() <= items.size()) {
            return items.get((int) i.value() - 1).expr();
        }
        if (e instanceof Expr.ColumnRef c && c.qualifier() == null) {
            for (Item item : items) {
                if (item.label().equals(c.name())) {
                    return item.expr();
                }
            }
        }
        return e;
    }

    private static Sort.Key key(int column, DataType type, OrderItem o) {
        boolean nullsFirst = o.nullsFirst() != null ? o.nullsFirst() : o.ascending();
        return new Sort.Key(column, type, o.ascending(), nullsFirst);
    }

    // ---------------------------------------------------------------- aggregates

    private Planner.Planned planAggregate(List<Item> items) {
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
        s.orderBy().forEach(o -> scan.add(unwrapOrder(items, o.expr())));
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
        if (interval != null && calls.isEmpty()) {
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
                } else if (interval != null) {
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
        int w = interval == null ? 0 : 3;
        keys.forEach(x -> keyColumnsTypes.add(x.type()));
        calls.forEach(c -> callTypes.add(c.resultType()));
        AggScope agg = new AggScope(keyIndex, keyColumns, callIndex, companions, k, w, calls.size(), interval != null);
        ExprBinder output = new ExprBinder(sql, agg, ctx);

        List<Expression> outputs = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (Item i : items) {
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
        if (interval != null && !s.partitionBy().isEmpty()) {
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
        if (interval != null) {
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
        Relation.ScanHints hints = new Relation.ScanHints(range.from(), range.to(), false, tagFilter);
        Expression filter = where;
        int tsSlot = scope.timestampSlot();
        int selectorCall = companions.isEmpty() ? -1 : selector;
        boolean perTableKeys = perTable || keys.isEmpty();
        IntervalSpec windows = interval;
        Fill.Mode mode = fillMode;
        Object[] values = fillValues;
        boolean emptyRange = range.isEmpty();
        Supplier<Operator> rows = () -> {
            Operator op = relation.open(used, hints, ctx);
            if (filter != null) {
                op = new Filter(op, filter, ctx);
            }
            if (emptyRange) {
                op = io.taos4j.server.query.exec.BatchSource.of();
            }
            op = new Aggregate(op, keys, perTableKeys, windows, calls, tsSlot,
                    selectorCall, companionExprs, keys.isEmpty() && windows == null, ctx);
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

    /** GROUP BY items may be 1-based positions or select-list aliases. */
    private Expr groupExpr(List<Item> items, Expr g) {
        if (g instanceof Expr.IntLiteral i) {
            if (i.value() < 1 || i.value() > items.size()) {
                throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "GROUP BY position out of range: " + i.value());
            }
            Expr e = items.get((int) i.value() - 1).expr();
            if (containsAggregate(e)) {
                throw SqlError.of(TaosError.PAR_GROUPBY_LACK_EXPRESSION);
            }
            return e;
        }
        if (g instanceof Expr.ColumnRef c && c.qualifier() == null && scope.find(c) == null) {
            for (Item item : items) {
                if (item.label().equals(c.name())) {
                    return item.expr();
                }
            }
        }
        return g;
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
        DataType result = fn.bind(types, constants);
        return new Aggregate.Call(fn, args, types, result, constants);
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

    private IntervalSpec interval(Window.Interval iv) {
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
    private Object[] fillValues(List<Item> items, Map<String, Integer> callIndex, List<Aggregate.Call> calls,
                                int firstCall) {
        io.taos4j.server.sql.ast.Fill f = s.fill();
        if (f.mode() != io.taos4j.server.sql.ast.Fill.FillMode.VALUE
                && f.mode() != io.taos4j.server.sql.ast.Fill.FillMode.VALUE_F) {
            return null;
        }
        List<Integer> targets = new ArrayList<>();
        for (Item i : items) {
            Expr e = i.expr();
            if (e instanceof Expr.PseudoColumn p && p.name().startsWith("_w")) {
                continue;
            }
            if (isConstantExpr(e)) {
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
