package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.aggregate.Aggregates;
import io.taos4j.server.query.exec.Filter;
import io.taos4j.server.query.exec.Limit;
import io.taos4j.server.query.exec.PartitionLimit;
import io.taos4j.server.query.exec.Project;
import io.taos4j.server.query.exec.Sort;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.query.expr.Logical;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.PartitionItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Plans one SELECT (tdengine-sql.md §6). */
final class SelectPlanner {
    final Planner planner;
    final ParsedSql sql;
    final Query.Select s;
    /** Labels of expressions the planner made up (star expansions). */
    private final Map<Expr, String> synthetic = new IdentityHashMap<>();

    Relation relation;
    EvalContext ctx;
    InputScope scope;
    ExprBinder input;
    TimeRange range = TimeRange.ALL;
    Expression where;
    Expression tagFilter;

    /** A select-list entry: the expression and its output label. */
    record Item(Expr expr, String label) {
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
        if (s.interp() != null || exprs.stream().anyMatch(e -> find(e, n -> n instanceof Expr.FunctionCall f
                && f.name().equals("interp")))) {
            return new InterpPlanner(this).plan(items);
        }
        if (exprs.stream().anyMatch(e -> find(e, SeriesPlanner::isSeries))) {
            return new SeriesPlanner(this).plan(items);
        }
        boolean aggregate = s.distinct() || !s.groupBy().isEmpty() || s.window() != null
                || exprs.stream().anyMatch(this::containsAggregate);
        return aggregate ? new AggregatePlanner(this).plan(items) : planProjection(items);
    }

    static SqlError notYet(String what) {
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
    String keyOf(Expr e) {
        String k = synthetic.get(e);
        return k != null ? k : sql.text(e.span());
    }

    boolean containsAggregate(Expr e) {
        return find(e, n -> n instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null);
    }

    boolean containsIndefinite(Expr e) {
        return find(e, n -> n instanceof Expr.FunctionCall f && Planner.INDEFINITE_FUNCTIONS.contains(f.name()));
    }

    static boolean find(Expr e, java.util.function.Predicate<Expr> p) {
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

    Operator trim(Operator op, int keep, int total) {
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
    Expression orderExpression(List<Item> items, List<Expression> outputs, Expr e, ExprBinder binder) {
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

    /** GROUP BY items may be 1-based positions or select-list aliases. */
    Expr groupExpr(List<Item> items, Expr g) {
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

    /** The expression an ORDER BY item stands for (resolving positions and aliases to select items). */
    Expr unwrapOrder(List<Item> items, Expr e) {
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

    static Sort.Key key(int column, DataType type, OrderItem o) {
        boolean nullsFirst = o.nullsFirst() != null ? o.nullsFirst() : o.ascending();
        return new Sort.Key(column, type, o.ascending(), nullsFirst);
    }

}
