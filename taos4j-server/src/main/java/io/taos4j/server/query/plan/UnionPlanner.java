package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.exec.Aggregate;
import io.taos4j.server.query.exec.Limit;
import io.taos4j.server.query.exec.Sort;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code UNION ALL} (concatenation) and {@code UNION} (distinct rows), with ORDER BY and LIMIT over the combined
 * rows. Columns take the left side's labels and types; both sides must have the same number of columns.
 */
final class UnionPlanner {
    private final Planner planner;
    private final ParsedSql sql;

    UnionPlanner(Planner planner, ParsedSql sql) {
        this.planner = planner;
        this.sql = sql;
    }

    Planner.Planned plan(Query.SetOperation u) {
        Planner.Planned left = planner.planQuery(sql, u.left());
        Planner.Planned right = planner.planQuery(sql, u.right());
        if (left.fields().size() != right.fields().size()) {
            throw SqlError.of(TaosError.PAR_INCORRECT_NUM_OF_COL);
        }
        List<Field> fields = left.fields();
        List<Sort.Key> keys = new ArrayList<>();
        for (OrderItem o : u.orderBy()) {
            int col = column(fields, o.expr());
            keys.add(new Sort.Key(col, fields.get(col).type(), o.ascending(),
                    o.nullsFirst() != null ? o.nullsFirst() : o.ascending()));
        }
        Supplier<Operator> rows = () -> {
            Operator op = concat(left.rows().get(), right.rows().get(), fields);
            if (!u.all()) {
                List<Expression> all = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    all.add(new InputRef(i, fields.get(i).type()));
                }
                op = new Aggregate(op, all, false, null, List.of(), -1, -1, List.of(), false,
                        planner.baseContext());
            }
            if (!keys.isEmpty()) {
                op = new Sort(op, keys, -1);
            }
            if (u.limit() != null) {
                op = new Limit(op, u.limit().count(), u.limit().offset());
            }
            return op;
        };
        return new Planner.Planned(fields, left.precision(), rows);
    }

    private int column(List<Field> fields, Expr e) {
        if (e instanceof Expr.IntLiteral i && i.value() >= 1 && i.value() <= fields.size()) {
            return (int) i.value() - 1;
        }
        String name = e instanceof Expr.ColumnRef c ? c.name() : sql.text(e.span());
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(name));
    }

    /** The left rows, then the right rows converted to the left side's types. */
    private Operator concat(Operator left, Operator right, List<Field> fields) {
        return new Operator() {
            boolean leftDone;

            @Override
            public Batch next() {
                if (!leftDone) {
                    Batch b = left.next();
                    if (b != null) {
                        return b;
                    }
                    leftDone = true;
                }
                Batch b = right.next();
                if (b == null) {
                    return null;
                }
                io.taos4j.protocol.column.ColumnVector[] cols = new io.taos4j.protocol.column.ColumnVector[fields.size()];
                for (int i = 0; i < cols.length; i++) {
                    var v = b.column(i);
                    cols[i] = v.type() == fields.get(i).type().type() ? v
                            : io.taos4j.server.query.function.Casts.cast(v, typeOf(v), fields.get(i).type(), b.rows(),
                            planner.baseContext());
                }
                return new Batch(cols, b.rows());
            }

            private io.taos4j.server.type.DataType typeOf(io.taos4j.protocol.column.ColumnVector v) {
                return v.type().isVarLength() ? new io.taos4j.server.type.DataType(v.type(), 65517, 0, 0)
                        : io.taos4j.server.type.DataType.fixed(v.type());
            }

            @Override
            public void close() {
                left.close();
                right.close();
            }
        };
    }
}
