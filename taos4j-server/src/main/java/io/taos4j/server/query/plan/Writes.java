package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.engine.Session;
import io.taos4j.server.insert.InsertPlan;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.function.Casts;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.TableStatement;
import io.taos4j.server.storage.WriteBatch;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;

/** DELETE (by time range, tdengine-sql.md §4.4) and {@code INSERT INTO t [(cols)] <query>} (§5.1). */
public final class Writes {
    private final Planner planner;
    private final Catalog catalog;

    public Writes(Planner planner, Catalog catalog) {
        this.planner = planner;
        this.catalog = catalog;
    }

    /** Deletes the rows the WHERE clause selects; returns how many were deleted. */
    public long delete(ParsedSql sql, TableStatement.Delete d) {
        TableEntry entry = table(d.name().db(), d.name().name());
        Relation.TableRelation rel = new Relation.TableRelation(entry, null);
        InputScope scope = new InputScope(rel);
        ExprBinder binder = new ExprBinder(sql, scope, planner.baseContext().withPrecision(rel.precision()));
        List<Expr> tagConditions = new ArrayList<>();
        if (d.where() != null) {
            Walker.walk(d.where(), n -> {
                if (n instanceof Expr.Binary b && b.op() == Expr.BinaryOp.OR) {
                    throw SqlError.of(TaosError.PAR_INVALID_DELETE_WHERE);
                }
                if (n instanceof Expr.PseudoColumn p && p.name().equals("tbname")) {
                    throw SqlError.of(TaosError.PAR_INVALID_TBNAME);
                }
                return true;
            });
            for (Expr c : TimeRange.conjuncts(d.where())) {
                boolean[] ts = {false};
                boolean[] tags = {false};
                boolean[] data = {false};
                Walker.walk(c, n -> {
                    ColumnInfo info = n instanceof Expr.ColumnRef || n instanceof Expr.PseudoColumn
                            ? scope.columnOf(n) : null;
                    if (n instanceof Expr.ColumnRef && info == null) {
                        binder.bind(n);
                    }
                    if (info != null) {
                        if (info == rel.timestamp()) {
                            ts[0] = true;
                        } else if (info.isPerTableConstant()) {
                            tags[0] = true;
                        } else {
                            data[0] = true;
                        }
                    }
                    return true;
                });
                if (data[0] || ts[0] && tags[0]) {
                    throw SqlError.of(TaosError.PAR_INVALID_DELETE_WHERE);
                }
                if (tags[0]) {
                    tagConditions.add(c);
                }
            }
        }
        TimeRange range = TimeRange.of(d.where(), scope, binder);
        if (d.where() != null && tagConditions.isEmpty() && !range.bounded()) {
            throw SqlError.of(TaosError.PAR_INVALID_DELETE_WHERE);
        }
        List<DataTable> tables = rel.tables();
        if (!tagConditions.isEmpty()) {
            Expr all = tagConditions.get(0);
            for (int i = 1; i < tagConditions.size(); i++) {
                all = new Expr.Binary(all.span(), Expr.BinaryOp.AND, all, tagConditions.get(i));
            }
            Expression filter = binder.bind(all);
            tables = rel.matching(List.copyOf(scope.used()), filter, binder.context());
        }
        long deleted = 0;
        for (DataTable t : tables) {
            deleted += catalog.storage().delete(t, range.from(), range.to());
        }
        return deleted;
    }

    /** INSERT INTO target [(cols)] query: writes the query's rows; returns how many it produced. */
    public long insertSelect(Session session, ParsedSql sql, TableStatement.InsertQuery ins) {
        TableEntry entry = table(ins.target().db(), ins.target().name());
        Planner.Planned q = planner.planQuery(sql, ins.query());
        if (entry instanceof SuperTable stable) {
            return insertIntoSuperTable(stable, ins.columns(), q);
        }
        DataTable table = (DataTable) entry;
        TableSchema schema = table.schema();
        int[] targets = targets(schema, ins.columns(), q.fields().size());
        long produced = 0;
        InsertPlan.Builder plan = new InsertPlan.Builder();
        WriteBatch.Builder builder = plan.rows(table);
        try (Operator rows = q.rows().get()) {
            Batch b;
            while ((b = rows.next()) != null) {
                produced += append(builder, schema, targets, q.fields(), b);
            }
        }
        plan.build().execute(catalog);
        return produced;
    }

    /** The tag values row {@code r} gives (used only if its child table has to be created). */
    private Object[] tagsOf(TableSchema schema, List<String> rest, Planner.Planned q, Batch b, int r) {
        Object[] tags = new Object[schema.tags().size()];
        for (int i = 0; i < rest.size(); i++) {
            int t = schema.tagIndex(rest.get(i));
            if (t >= 0) {
                Field f = q.fields().get(i + 1);
                ColumnVector v = Casts.cast(b.column(i + 1).slice(r, r + 1), f.type(), schema.tag(t).type(), 1,
                        planner.baseContext());
                tags[t] = Values.get(v, 0, schema.tag(t).type());
            }
        }
        return tags;
    }

    private long insertIntoSuperTable(SuperTable stable, List<String> columns, Planner.Planned q) {
        if (columns == null || columns.isEmpty() || !columns.get(0).equals("tbname")) {
            throw SqlError.of(TaosError.QRY_EXECUTOR_INTERNAL_ERROR);
        }
        TableSchema schema = stable.schema();
        List<String> rest = columns.subList(1, columns.size());
        int[] targets = new int[rest.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = schema.columnIndex(rest.get(i));
            if (targets[i] < 0 && schema.tagIndex(rest.get(i)) < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(rest.get(i)));
            }
        }
        if (q.fields().size() != columns.size()) {
            throw SqlError.of(TaosError.PAR_INCORRECT_NUM_OF_COL);
        }
        Database db = stable.database();
        InsertPlan.Builder plan = new InsertPlan.Builder();
        long produced = 0;
        try (Operator rows = q.rows().get()) {
            Batch b;
            while ((b = rows.next()) != null) {
                BinaryVector names = (BinaryVector) Casts.cast(b.column(0), q.fields().get(0).type(),
                        DataType.varchar(192), b.rows(), planner.baseContext());
                for (int r = 0; r < b.rows(); r++) {
                    String child = names.getString(r);
                    if (child == null) {
                        continue;
                    }
                    WriteBatch.Builder builder = plan.rows(db, child, stable, tagsOf(schema, rest, q, b, r));
                    Batch one = b.slice(r, r + 1);
                    Batch shifted = new Batch(java.util.Arrays.copyOfRange(one.columns(), 1, one.columnCount()), 1);
                    produced += append(builder, schema, targets, q.fields().subList(1, q.fields().size()), shifted);
                }
            }
        }
        plan.build().execute(catalog);
        return produced;
    }

    /** Column positions of the target written by each query column. */
    private static int[] targets(TableSchema schema, List<String> columns, int produced) {
        int[] out;
        if (columns == null) {
            out = new int[schema.columns().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = i;
            }
        } else {
            out = new int[columns.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = schema.columnIndex(columns.get(i));
                if (out[i] < 0) {
                    throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(columns.get(i)));
                }
            }
            if (java.util.Arrays.stream(out).noneMatch(i -> i == 0)) {
                throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Primary timestamp column should not be null");
            }
        }
        if (out.length != produced) {
            throw SqlError.of(TaosError.PAR_INCORRECT_NUM_OF_COL);
        }
        return out;
    }

    /** Appends a batch of query rows; returns the number of rows appended (rows with a NULL timestamp are skipped). */
    private long append(WriteBatch.Builder builder, TableSchema schema, int[] targets, List<Field> fields, Batch b) {
        ColumnVector[] cast = new ColumnVector[targets.length];
        int tsCol = -1;
        for (int i = 0; i < targets.length; i++) {
            Column target = schema.column(targets[i]);
            cast[i] = Casts.cast(b.column(i), fields.get(i).type(), target.type(), b.rows(), planner.baseContext());
            if (targets[i] == 0) {
                tsCol = i;
            }
        }
        long n = 0;
        LongVector ts = (LongVector) cast[tsCol];
        for (int r = 0; r < b.rows(); r++) {
            if (ts.isNull(r)) {
                continue;
            }
            builder.beginRow(ts.get(r));
            for (int i = 0; i < targets.length; i++) {
                if (i != tsCol) {
                    builder.mark(targets[i]).appendFrom(cast[i], r);
                }
            }
            n++;
        }
        return n;
    }

    private TableEntry table(String dbName, String name) {
        String db = dbName != null ? dbName : planner.session().database();
        if (db == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        Database database = catalog.database(db);
        TableEntry t = database.table(name);
        if (t == null) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        return t;
    }

    static boolean isTimestamp(DataType t) {
        return t.type() == TaosType.TIMESTAMP;
    }
}
