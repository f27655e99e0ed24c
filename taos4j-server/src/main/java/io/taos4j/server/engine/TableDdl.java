package io.taos4j.server.engine;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.NormalTable;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.insert.TagValues;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.TableName;
import io.taos4j.server.sql.ast.TableStatement;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** CREATE / DROP / ALTER of super, child and normal tables (tdengine-sql.md §4). */
final class TableDdl {
    private static final int MAX_COLUMNS = 4096;
    private static final int MAX_TAGS = 128;

    private final Catalog catalog;

    TableDdl(Catalog catalog) {
        this.catalog = catalog;
    }

    Database database(Session session, TableName name) {
        String db = name.db() != null ? name.db() : session.database();
        if (db == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        if (Catalog.isSystemDatabase(db)) {
            throw SqlError.of(TaosError.PAR_PERMISSION_DENIED);
        }
        return catalog.database(db);
    }

    long create(Session session, TableStatement.CreateTable c) {
        Database db = database(session, c.name());
        boolean superTable = c.tags() != null;
        TableSchema schema = schema(c.columns(), c.tags() == null ? List.of() : c.tags());
        return catalog.ddl(() -> {
            TableEntry existing = db.table(c.name().name());
            if (existing != null) {
                if (c.ifNotExists()) {
                    return 0L;
                }
                throw SqlError.of(existing instanceof SuperTable && superTable ? TaosError.MND_STB_ALREADY_EXIST
                        : TaosError.TDB_TABLE_ALREADY_EXIST);
            }
            TableEntry t = superTable ? catalog.createSuperTable(db, c.name().name(), schema)
                    : catalog.createNormalTable(db, c.name().name(), schema);
            applyOptions(t, c.options());
            return 0L;
        });
    }

    /** Validates column and tag definitions and assigns column ids. */
    static TableSchema schema(List<TableStatement.ColumnDef> columns, List<TableStatement.ColumnDef> tags) {
        if (columns.isEmpty() || columns.get(0).type().type() != TaosType.TIMESTAMP) {
            throw SqlError.of(TaosError.PAR_FIRST_COLUMN);
        }
        if (columns.size() < 2) {
            throw SqlError.of(TaosError.PAR_ILLEGAL_NUM_OF_COL);
        }
        if (columns.size() + tags.size() > MAX_COLUMNS) {
            throw SqlError.of(TaosError.PAR_TOO_MANY_COLUMNS);
        }
        if (tags.size() > MAX_TAGS) {
            throw SqlError.of(TaosError.PAR_INVALID_TAGS_NUM);
        }
        Set<String> names = new HashSet<>();
        List<Column> cols = new ArrayList<>();
        int id = 1;
        int blobs = 0;
        for (int i = 0; i < columns.size(); i++) {
            TableStatement.ColumnDef d = columns.get(i);
            if (!names.add(d.name())) {
                throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
            }
            DataType t = type(d, false);
            if (t.type() == TaosType.JSON) {
                throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN, "Only tag can be json type");
            }
            if (t.type() == TaosType.BLOB && ++blobs > 1) {
                throw SqlError.of(TaosError.BLOB_ONLY_ONE_COLUMN);
            }
            if (d.compositeKey()) {
                if (i != 1) {
                    throw SqlError.of(TaosError.PAR_PRIMARY_KEY_SECOND);
                }
                if (!Set.of(TaosType.INT, TaosType.UINT, TaosType.BIGINT, TaosType.UBIGINT, TaosType.VARCHAR)
                        .contains(t.type())) {
                    throw SqlError.of(TaosError.PAR_PRIMARY_KEY_TYPE);
                }
            }
            Column c = Column.data(id++, d.name(), t);
            if (d.compositeKey() || d.encode() != null || d.compress() != null || d.level() != null) {
                c = new Column(c.id(), c.name(), t, d.compositeKey(), d.encode() != null ? d.encode() : c.encode(),
                        d.compress() != null ? d.compress() : c.compress(), d.level() != null ? d.level() : c.level());
            }
            cols.add(c);
        }
        List<Column> tagCols = new ArrayList<>();
        boolean json = false;
        for (TableStatement.ColumnDef d : tags) {
            if (!names.add(d.name())) {
                throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
            }
            DataType t = type(d, true);
            if (t.type() == TaosType.JSON) {
                json = true;
            }
            if (t.type().isDecimal() || t.type() == TaosType.BLOB) {
                throw SqlError.of(TaosError.PAR_INVALID_TAG_NAME, "Invalid data type of tag: " + d.name());
            }
            tagCols.add(Column.tag(id++, d.name(), t));
        }
        if (json && tagCols.size() > 1) {
            throw SqlError.of(TaosError.PAR_ONLY_ONE_JSON_TAG);
        }
        return new TableSchema(cols, tagCols, id);
    }

    /** A column or tag type with TDengine's length limits. */
    static DataType type(TableStatement.ColumnDef d, boolean tag) {
        var spec = d.type();
        TaosType t = spec.type();
        int max = switch (t) {
            case VARCHAR, VARBINARY, GEOMETRY -> tag ? 16382 : 65517;
            case NCHAR -> tag ? 4095 : 16379;
            default -> Integer.MAX_VALUE;
        };
        if ((t == TaosType.VARCHAR || t == TaosType.VARBINARY || t == TaosType.GEOMETRY || t == TaosType.NCHAR)
                && (spec.length() < 1 || spec.length() > max)) {
            throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN);
        }
        return switch (t) {
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> new DataType(t, spec.length(), 0, 0);
            case DECIMAL, DECIMAL64 -> DataType.decimal(spec.precision(), spec.scale());
            case JSON -> DataType.JSON;
            case BLOB, MEDIUMBLOB -> DataType.BLOB;
            default -> DataType.fixed(t);
        };
    }

    private static void applyOptions(TableEntry t, List<TableStatement.TableOption> options) {
        for (TableStatement.TableOption o : options) {
            switch (o.name().toLowerCase(java.util.Locale.ROOT)) {
                case "comment" -> {
                    String text = o.values().get(0) instanceof Expr.StringLiteral s ? s.value() : null;
                    if (text != null && text.length() > 1024) {
                        throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE, "Comment too long");
                    }
                    t.setComment(text);
                }
                case "ttl" -> {
                    if (o.values().get(0) instanceof Expr.IntLiteral i) {
                        t.setTtl((int) i.value());
                    }
                }
                default -> {
                    // SMA, KEEP, MAX_DELAY, WATERMARK, ROLLUP, DELETE_MARK: accepted
                }
            }
        }
    }

    /** {@code CREATE TABLE t1 USING stb TAGS (...) t2 USING ...}: each clause on its own (tdengine-sql.md §4.1). */
    long createChildren(Session session, ParsedSql sql, TableStatement.CreateChildTables c, long nowNanos) {
        SqlError first = null;
        for (TableStatement.ChildTableDef def : c.tables()) {
            try {
                createChild(session, sql, def, nowNanos);
            } catch (SqlError e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return 0;
    }

    private void createChild(Session session, ParsedSql sql, TableStatement.ChildTableDef def, long nowNanos) {
        Database db = database(session, def.name());
        TableName stName = def.stable();
        Database stDb = stName.db() != null ? catalog.database(stName.db()) : db;
        TableEntry stEntry = stDb.table(stName.name());
        if (!(stEntry instanceof SuperTable stable)) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        TableSchema schema = stable.schema();
        List<Column> tags = schema.tags();
        int[] order;
        if (def.tagNames() != null) {
            order = new int[def.tagNames().size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = schema.tagIndex(def.tagNames().get(i));
                if (order[i] < 0) {
                    throw SqlError.of(TaosError.PAR_INVALID_TAG_NAME,
                            TaosError.PAR_INVALID_TAG_NAME.format(def.tagNames().get(i)));
                }
            }
        } else {
            order = new int[tags.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
        }
        if (def.tagValues().size() != order.length) {
            throw SqlError.of(TaosError.PAR_TAGS_NOT_MATCHED);
        }
        Object[] values = new Object[tags.size()];
        Precision p = db.precision();
        for (int i = 0; i < order.length; i++) {
            String text = sql.text(def.tagValues().get(i).span());
            values[order[i]] = TagValues.parse(text, tags.get(order[i]), p, session.zone(), nowNanos);
        }
        catalog.ddl(() -> {
            TableEntry existing = db.table(def.name().name());
            if (existing != null) {
                if (existing instanceof ChildTable child && child.superTable() == stable) {
                    if (def.ifNotExists()) {
                        return null;
                    }
                    throw SqlError.of(TaosError.TDB_TABLE_ALREADY_EXIST);
                }
                if (existing instanceof SuperTable || existing instanceof NormalTable) {
                    if (def.ifNotExists() && existing instanceof SuperTable) {
                        return null;
                    }
                    throw SqlError.of(def.ifNotExists() ? TaosError.TDB_TABLE_IN_OTHER_STABLE
                            : TaosError.TDB_TABLE_ALREADY_EXIST);
                }
                throw SqlError.of(TaosError.TDB_TABLE_IN_OTHER_STABLE);
            }
            TableEntry t = catalog.createChildTable(db, def.name().name(), stable, values);
            applyOptions(t, def.options());
            return null;
        });
    }

    /** DROP TABLE a, b: all names are checked before any is dropped. */
    long drop(Session session, TableStatement.DropTable d) {
        return catalog.ddl(() -> {
            List<TableEntry> victims = new ArrayList<>();
            for (TableStatement.DropTarget t : d.targets()) {
                Database db = database(session, t.name());
                TableEntry e = db.table(t.name().name());
                if (e == null) {
                    if (t.ifExists()) {
                        continue;
                    }
                    throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
                }
                victims.add(e);
            }
            victims.forEach(catalog::dropTable);
            return 0L;
        });
    }

    long dropStable(Session session, TableStatement.DropStable d) {
        Database db = database(session, d.name());
        return catalog.ddl(() -> {
            TableEntry e = db.table(d.name().name());
            if (!(e instanceof SuperTable)) {
                if (d.ifExists()) {
                    return 0L;
                }
                throw SqlError.of(TaosError.MND_STB_NOT_EXIST);
            }
            catalog.dropTable(e);
            return 0L;
        });
    }

    long alter(Session session, ParsedSql sql, TableStatement.AlterTable a, long nowNanos) {
        Database db = database(session, a.name());
        return catalog.ddl(() -> {
            TableEntry t = db.table(a.name().name());
            if (t == null) {
                throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
            }
            new AlterTable(catalog).apply(session, sql, t, a, nowNanos);
            return 0L;
        });
    }
}
