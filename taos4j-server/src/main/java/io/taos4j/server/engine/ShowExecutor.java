package io.taos4j.server.engine;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.NormalTable;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.exec.BatchSource;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.sql.ast.ShowStatement;
import io.taos4j.server.sql.ast.TableName;
import io.taos4j.server.system.Describe;
import io.taos4j.server.system.Like;
import io.taos4j.server.system.ResultData;
import io.taos4j.server.system.ShowCreate;
import io.taos4j.server.system.ShowTableTags;
import io.taos4j.server.system.ShowVariables;
import io.taos4j.server.system.SystemContext;
import io.taos4j.server.system.SystemTable;
import io.taos4j.server.system.SystemTables;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * SHOW statements and DESCRIBE (tdengine-sql.md §12): projections and filters of the system tables, or the
 * builders of {@code io.taos4j.server.system}.
 */
final class ShowExecutor {
    private final Catalog catalog;

    ShowExecutor(Catalog catalog) {
        this.catalog = catalog;
    }

    Result execute(Session session, ParsedSql sql, ShowStatement st, SystemContext ctx) {
        if (st instanceof ShowStatement.ShowDatabases d) {
            return project(ctx, "ins_databases", List.of("name"), row -> switch (d.kind()) {
                case ALL -> true;
                case USER -> !Catalog.isSystemDatabase((String) row.get(0));
                case SYSTEM -> Catalog.isSystemDatabase((String) row.get(0));
            }, List.of("name"));
        }
        if (st instanceof ShowStatement.ShowTables t) {
            String db = showDatabase(session, t.db());
            String like = likeOf(t.like());
            return single("table_name", 192, names(db, e -> !(e instanceof SuperTable) && switch (t.kind()) {
                case ALL -> true;
                case NORMAL -> e instanceof NormalTable;
                case CHILD -> e instanceof ChildTable;
            }, like));
        }
        if (st instanceof ShowStatement.ShowStables t) {
            String db = showDatabase(session, t.db());
            return single("stable_name", 192, names(db, e -> e instanceof SuperTable, likeOf(t.like())));
        }
        if (st instanceof ShowStatement.ShowViews v) {
            showDatabase(session, v.db());
            return of(SystemTables.find(Catalog.INFORMATION_SCHEMA, "ins_views").fields(), List.of());
        }
        if (st instanceof ShowStatement.ShowCreate c) {
            return switch (c.kind()) {
                case DATABASE -> Catalog.isSystemDatabase(c.db()) ? of(ShowCreate.systemDatabase(c.db()))
                        : of(ShowCreate.database(catalog.database(c.db())));
                case TABLE, STABLE -> {
                    TableEntry t = table(session, c.table());
                    if (c.kind() == ShowStatement.CreateKind.STABLE && !(t instanceof SuperTable)) {
                        throw SqlError.of(TaosError.TSC_NOT_STABLE_ERROR);
                    }
                    yield of(ShowCreate.table(t));
                }
                case VIEW -> throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: views");
            };
        }
        if (st instanceof ShowStatement.ShowTags t) {
            TableEntry e = table(session, t.table());
            String db = e.database().name();
            return project(ctx, "ins_tags", null, row -> db.equals(row.get(1)) && e.name().equals(row.get(0)), null);
        }
        if (st instanceof ShowStatement.ShowTableTags t) {
            TableEntry e = table(session, t.stable());
            if (!(e instanceof SuperTable s)) {
                throw SqlError.of(TaosError.TSC_NOT_STABLE_ERROR);
            }
            List<String> items = new ArrayList<>();
            for (SelectItem item : t.items()) {
                Expr x = item.expr();
                items.add(x instanceof Expr.ColumnRef c ? c.name() : x instanceof Expr.PseudoColumn p ? p.name()
                        : sql.text(x.span()));
            }
            return of(ShowTableTags.of(s, items));
        }
        if (st instanceof ShowStatement.ShowVariables v) {
            String like = likeOf(v.like());
            return of(switch (v.scope()) {
                case CLUSTER -> ShowVariables.cluster(ctx, like);
                case LOCAL -> ShowVariables.local(ctx, like);
                case DNODE -> ShowVariables.dnode(ctx, v.dnode().intValue(), like);
            });
        }
        ShowStatement.ShowSimple s = (ShowStatement.ShowSimple) st;
        return switch (s.kind()) {
            case USERS, USERS_FULL -> project(ctx, "ins_users", null, r -> true, null);
            case USER_PRIVILEGES -> project(ctx, "ins_user_privileges", null, r -> true, null);
            case TOPICS -> project(ctx, "ins_topics", List.of("topic_name"), r -> true, null);
            case CONSUMERS -> project(ctx, "perf_consumers", null, r -> true, null);
            case SUBSCRIPTIONS -> project(ctx, "ins_subscriptions", null, r -> true, null);
            case CONNECTIONS -> project(ctx, "perf_connections", null, r -> true, null);
            case QUERIES -> project(ctx, "perf_queries", null, r -> true, null);
            case APPS -> project(ctx, "perf_apps", null, r -> true, null);
            case TRANSACTIONS -> project(ctx, "perf_trans", null, r -> true, null);
            case DNODES -> project(ctx, "ins_dnodes", null, r -> true, null);
            case MNODES -> project(ctx, "ins_mnodes", null, r -> true, null);
            case QNODES -> project(ctx, "ins_qnodes", null, r -> true, null);
            case CLUSTER -> project(ctx, "ins_cluster", null, r -> true, null);
            case GRANTS, LICENCES -> project(ctx, "ins_grants", null, r -> true, null);
            case FUNCTIONS -> project(ctx, "ins_functions", List.of("name"), r -> true, null);
            case STREAMS -> project(ctx, "ins_streams", List.of("stream_name", "status", "message"), r -> true,
                    null);
            case VGROUPS -> {
                String db = showDatabase(session, s.db());
                yield project(ctx, "ins_vgroups", null, r -> db.equals(r.get(1)), null);
            }
            case INDEXES -> {
                TableEntry e = table(session, s.table());
                yield project(ctx, "ins_indexes", null, r -> e.name().equals(r.get(2)), null);
            }
            case CLUSTER_ALIVE, DB_ALIVE -> {
                if (s.kind() == ShowStatement.ShowKind.DB_ALIVE) {
                    showDatabase(session, s.db());
                }
                ColumnVector v = Values.allocate(DataType.INT, 1);
                Values.append(v, 1L, DataType.INT);
                yield of(List.of(Field.of("status", DataType.INT)), List.of(new Batch(new ColumnVector[] {v}, 1)));
            }
            default -> throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: SHOW "
                    + s.kind().name().replace('_', ' '));
        };
    }

    /** DESCRIBE [db.]table. */
    Result describe(Session session, TableName name) {
        String db = name.db() != null ? name.db() : session.database();
        if (db == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        if (Catalog.isSystemDatabase(db)) {
            SystemTable t = SystemTables.find(db, name.name());
            if (t == null) {
                throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
            }
            return of(Describe.of(t));
        }
        return of(Describe.of(table(session, name)));
    }

    private TableEntry table(Session session, TableName name) {
        String db = name.db() != null ? name.db() : session.database();
        if (db == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        TableEntry t = catalog.database(db).table(name.name());
        if (t == null) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        return t;
    }

    /** The database a SHOW lists (the current one when not given). */
    private String showDatabase(Session session, String db) {
        String name = db != null ? db : session.database();
        if (name == null) {
            throw SqlError.of(TaosError.PAR_SYNTAX_ERROR, "database not specified");
        }
        if (!Catalog.isSystemDatabase(name)) {
            catalog.database(name);
        }
        return name;
    }

    private static String likeOf(Expr like) {
        if (like == null) {
            return null;
        }
        if (like instanceof Expr.StringLiteral s) {
            return s.value();
        }
        throw SqlError.syntax("like");
    }

    private List<String> names(String db, Predicate<TableEntry> kind, String like) {
        List<String> out = new ArrayList<>();
        if (Catalog.isSystemDatabase(db)) {
            for (SystemTable t : SystemTables.of(db)) {
                if (kind.test(null) && (like == null || Like.matches(t.name(), like))) {
                    out.add(t.name());
                }
            }
            return out;
        }
        Database database = catalog.database(db);
        for (TableEntry t : database.tables()) {
            if (kind.test(t) && (like == null || Like.matches(t.name(), like))) {
                out.add(t.name());
            }
        }
        return out;
    }

    private static Result single(String column, int length, List<String> values) {
        DataType type = DataType.varchar(length);
        ColumnVector v = Values.allocate(type, values.size());
        values.forEach(x -> Values.append(v, x, type));
        return of(List.of(Field.of(column, type)), List.of(new Batch(new ColumnVector[] {v}, values.size())));
    }

    /**
     * Rows of a system table, filtered by {@code filter} (given each row as a list of values in column order) and
     * reduced to {@code columns} (null = all).
     */
    private static Result project(SystemContext ctx, String table, List<String> columns,
                                  Predicate<List<Object>> filter, List<String> unused) {
        SystemTable t = SystemTables.find(table.startsWith("perf_") ? Catalog.PERFORMANCE_SCHEMA
                : Catalog.INFORMATION_SCHEMA, table);
        Batch all = t.rows(ctx);
        List<Field> fields = t.fields();
        int[] pick;
        if (columns == null) {
            pick = new int[fields.size()];
            for (int i = 0; i < pick.length; i++) {
                pick[i] = i;
            }
        } else {
            pick = new int[columns.size()];
            for (int i = 0; i < pick.length; i++) {
                String c = columns.get(i);
                pick[i] = indexOf(fields, c);
            }
        }
        List<Field> outFields = new ArrayList<>();
        ColumnVector[] out = new ColumnVector[pick.length];
        for (int i = 0; i < pick.length; i++) {
            outFields.add(fields.get(pick[i]));
            out[i] = Values.allocate(fields.get(pick[i]).type(), all.rows());
        }
        int n = 0;
        for (int r = 0; r < all.rows(); r++) {
            List<Object> row = new ArrayList<>(fields.size());
            for (int c = 0; c < fields.size(); c++) {
                row.add(Values.get(all.column(c), r, fields.get(c).type()));
            }
            if (!filter.test(row)) {
                continue;
            }
            for (int i = 0; i < pick.length; i++) {
                out[i].appendFrom(all.column(pick[i]), r);
            }
            n++;
        }
        return of(outFields, List.of(new Batch(out, n)));
    }

    private static int indexOf(List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + name);
    }

    private static Result of(ResultData data) {
        return of(data.fields(), List.of(data.rows()));
    }

    private static Result of(List<Field> fields, List<Batch> batches) {
        return new Result.Query(fields, Precision.MILLISECONDS, new BatchSource(batches));
    }
}
