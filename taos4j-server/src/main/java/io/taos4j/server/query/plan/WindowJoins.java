package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.aggregate.Aggregates;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.FromItem;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.SelectItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates over a window join are computed per window, i.e. per driving row (TDengine's {@code 31-join.md}):
 * {@code SELECT a.ts, avg(b.v) FROM a LEFT WINDOW JOIN b WINDOW_OFFSET(-1s, 1s)} gives one row per row of
 * {@code a}. The planner gets this by grouping on the join's hidden driving-row number plus the driving-side
 * columns the query shows outside aggregates.
 */
final class WindowJoins {
    private WindowJoins() {
    }

    static Query.Select rewrite(Planner planner, ParsedSql sql, Query.Select s) {
        if (!(s.from() instanceof FromItem.JoinRef j) || j.subtype() != FromItem.JoinSubtype.WINDOW) {
            return s;
        }
        if (!s.groupBy().isEmpty() || !s.partitionBy().isEmpty() || s.window() != null) {
            throw SqlError.of(TaosError.PAR_INVALID_JOIN_COND, "No WINDOW/GROUP BY/PARTITION BY allowed in WINDOW join");
        }
        List<Expr> scanned = new ArrayList<>();
        s.items().forEach(i -> scanned.add(i.expr()));
        if (s.having() != null) {
            scanned.add(s.having());
        }
        s.orderBy().forEach(o -> scanned.add(o.expr()));
        boolean aggregate = false;
        for (Expr e : scanned) {
            aggregate |= contains(e);
        }
        if (!aggregate) {
            return s;
        }
        Relation relation = planner.relation(sql, s.from(), null);
        Relation driving = ((JoinRelation) relation).driving();
        Map<String, Expr> keys = new LinkedHashMap<>();
        keys.put("", new Expr.ColumnRef(j.span(), null, JoinRelation.ROW_ID));
        for (SelectItem item : s.items()) {
            drivingRefs(item.expr(), driving, sql, keys);
        }
        if (s.having() != null) {
            drivingRefs(s.having(), driving, sql, keys);
        }
        for (OrderItem o : s.orderBy()) {
            drivingRefs(o.expr(), driving, sql, keys);
        }
        return new Query.Select(s.span(), s.distinct(), s.tagsKeyword(), s.items(), s.from(), s.where(),
                s.partitionBy(), s.window(), s.interp(), s.fill(), new ArrayList<>(keys.values()), s.having(),
                s.orderBy(), s.slimit(), s.limit(), s.hints());
    }

    private static boolean contains(Expr e) {
        boolean[] found = {false};
        Walker.walk(e, n -> {
            if (n instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null) {
                found[0] = true;
                return false;
            }
            return true;
        });
        return found[0];
    }

    /** Collects the references to driving-side columns outside aggregate calls, keyed by their text. */
    private static void drivingRefs(Expr e, Relation driving, ParsedSql sql, Map<String, Expr> out) {
        Walker.walk(e, n -> {
            if (n instanceof Expr.FunctionCall f && Aggregates.find(f.name()) != null) {
                return false;
            }
            if ((n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn) && JoinSide.find(driving, n) != null) {
                out.putIfAbsent(sql.text(n.span()), n);
                return false;
            }
            return true;
        });
    }
}
