package io.taos4j.server.engine;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.NormalTable;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.insert.TagValues;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.TableStatement;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE / ALTER STABLE (tdengine-sql.md §4.3). Runs under the catalog's DDL lock. Schema changes publish a new
 * {@link TableSchema}; stored rows find their columns by id, so added columns read as NULL and dropped ones vanish.
 */
final class AlterTable {
    private final Catalog catalog;

    AlterTable(Catalog catalog) {
        this.catalog = catalog;
    }

    void apply(Session session, ParsedSql sql, TableEntry t, TableStatement.AlterTable a, long nowNanos) {
        TableStatement.AlterAction action = a.action();
        if (action instanceof TableStatement.AlterAction.SetTags s) {
            setTags(session, sql, t, s, nowNanos);
            return;
        }
        if (action instanceof TableStatement.AlterAction.SetOptions o) {
            for (TableStatement.TableOption option : o.options()) {
                switch (option.name().toLowerCase(java.util.Locale.ROOT)) {
                    case "comment" -> t.setComment(option.values().get(0) instanceof Expr.StringLiteral str
                            ? str.value() : null);
                    case "ttl" -> {
                        if (option.values().get(0) instanceof Expr.IntLiteral i) {
                            t.setTtl((int) i.value());
                        }
                    }
                    default -> {
                        // KEEP and others: accepted
                    }
                }
            }
            return;
        }
        if (t instanceof ChildTable) {
            throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE);
        }
        TableSchema schema = t.schema();
        TableSchema next;
        if (action instanceof TableStatement.AlterAction.Add add) {
            next = add(t, schema, add);
        } else if (action instanceof TableStatement.AlterAction.Drop drop) {
            next = drop(t, schema, drop);
        } else if (action instanceof TableStatement.AlterAction.ModifyType m) {
            next = modify(schema, m);
        } else if (action instanceof TableStatement.AlterAction.Rename r) {
            next = rename(t, schema, r);
        } else if (action instanceof TableStatement.AlterAction.ModifyOptions m) {
            int i = schema.columnIndex(m.name());
            if (i < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(m.name()));
            }
            List<Column> cols = new ArrayList<>(schema.columns());
            Column c = cols.get(i);
            cols.set(i, new Column(c.id(), c.name(), c.type(), c.compositeKey(),
                    m.encode() != null ? m.encode() : c.encode(), m.compress() != null ? m.compress() : c.compress(),
                    m.level() != null ? m.level() : c.level()));
            next = new TableSchema(cols, schema.tags(), schema.nextColumnId());
        } else {
            throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE);
        }
        publish(t, next);
    }

    private static void publish(TableEntry t, TableSchema next) {
        if (t instanceof SuperTable s) {
            s.setSchema(next);
        } else if (t instanceof NormalTable n) {
            n.setSchema(next);
        }
    }

    private static TableSchema add(TableEntry t, TableSchema schema, TableStatement.AlterAction.Add add) {
        String name = add.definition().name();
        if (schema.columnIndex(name) >= 0 || schema.tagIndex(name) >= 0) {
            throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
        }
        if (schema.columns().size() + schema.tags().size() + 1 > 4096) {
            throw SqlError.of(TaosError.PAR_TOO_MANY_COLUMNS);
        }
        int id = schema.nextColumnId();
        if (add.tag()) {
            if (!(t instanceof SuperTable s)) {
                throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE);
            }
            DataType type = TableDdl.type(add.definition(), true);
            if (type.type() == TaosType.JSON || schema.tags().stream().anyMatch(c -> c.type().type() == TaosType.JSON)) {
                throw SqlError.of(TaosError.PAR_ONLY_ONE_JSON_TAG);
            }
            List<Column> tags = new ArrayList<>(schema.tags());
            tags.add(Column.tag(id, name, type));
            for (ChildTable c : s.children()) {
                Object[] old = c.tags();
                Object[] grown = java.util.Arrays.copyOf(old, tags.size());
                c.setTags(grown);
            }
            return new TableSchema(schema.columns(), tags, id + 1);
        }
        DataType type = TableDdl.type(add.definition(), false);
        if (type.type() == TaosType.JSON) {
            throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN, "Only tag can be json type");
        }
        List<Column> cols = new ArrayList<>(schema.columns());
        cols.add(Column.data(id, name, type));
        return new TableSchema(cols, schema.tags(), id + 1);
    }

    private static TableSchema drop(TableEntry t, TableSchema schema, TableStatement.AlterAction.Drop drop) {
        if (drop.tag()) {
            if (!(t instanceof SuperTable s)) {
                throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE);
            }
            int i = schema.tagIndex(drop.name());
            if (i < 0) {
                throw SqlError.of(TaosError.MND_TAG_NOT_EXIST);
            }
            if (schema.tags().size() == 1) {
                throw SqlError.of(TaosError.MND_INVALID_STB_ALTER_OPTION);
            }
            List<Column> tags = new ArrayList<>(schema.tags());
            tags.remove(i);
            for (ChildTable c : s.children()) {
                List<Object> values = new ArrayList<>(java.util.Arrays.asList(c.tags()));
                if (i < values.size()) {
                    values.remove(i);
                }
                c.setTags(values.toArray());
            }
            return new TableSchema(schema.columns(), tags, schema.nextColumnId());
        }
        int i = schema.columnIndex(drop.name());
        if (i < 0) {
            throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(drop.name()));
        }
        if (i == 0 || schema.column(i).compositeKey()) {
            throw SqlError.of(TaosError.MND_INVALID_STB_ALTER_OPTION);
        }
        if (schema.columns().size() <= 2) {
            throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE, "No columns can be dropped");
        }
        List<Column> cols = new ArrayList<>(schema.columns());
        cols.remove(i);
        return new TableSchema(cols, schema.tags(), schema.nextColumnId());
    }

    private static TableSchema modify(TableSchema schema, TableStatement.AlterAction.ModifyType m) {
        boolean tag = m.tag();
        int i = tag ? schema.tagIndex(m.name()) : schema.columnIndex(m.name());
        if (i < 0) {
            throw tag ? SqlError.of(TaosError.MND_TAG_NOT_EXIST)
                    : SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(m.name()));
        }
        Column c = tag ? schema.tag(i) : schema.column(i);
        TaosType t = c.type().type();
        boolean resizable = t == TaosType.VARCHAR || t == TaosType.NCHAR || t == TaosType.VARBINARY
                || t == TaosType.GEOMETRY;
        if (!resizable || m.type().type() != t || m.type().length() <= c.type().length()) {
            throw SqlError.of(TaosError.PAR_INVALID_MODIFY_COL);
        }
        DataType wider = new DataType(t, m.type().length(), 0, 0);
        if (tag) {
            List<Column> tags = new ArrayList<>(schema.tags());
            tags.set(i, c.withType(wider));
            return new TableSchema(schema.columns(), tags, schema.nextColumnId());
        }
        List<Column> cols = new ArrayList<>(schema.columns());
        cols.set(i, c.withType(wider));
        return new TableSchema(cols, schema.tags(), schema.nextColumnId());
    }

    private static TableSchema rename(TableEntry t, TableSchema schema, TableStatement.AlterAction.Rename r) {
        if (schema.columnIndex(r.newName()) >= 0 || schema.tagIndex(r.newName()) >= 0) {
            throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
        }
        if (r.tag()) {
            int i = schema.tagIndex(r.oldName());
            if (i < 0) {
                throw SqlError.of(TaosError.MND_TAG_NOT_EXIST);
            }
            List<Column> tags = new ArrayList<>(schema.tags());
            tags.set(i, tags.get(i).withName(r.newName()));
            return new TableSchema(schema.columns(), tags, schema.nextColumnId());
        }
        if (t instanceof SuperTable) {
            throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE);
        }
        int i = schema.columnIndex(r.oldName());
        if (i < 0) {
            throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(r.oldName()));
        }
        if (i == 0) {
            throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE);
        }
        List<Column> cols = new ArrayList<>(schema.columns());
        cols.set(i, cols.get(i).withName(r.newName()));
        return new TableSchema(cols, schema.tags(), schema.nextColumnId());
    }

    private static void setTags(Session session, ParsedSql sql, TableEntry t, TableStatement.AlterAction.SetTags s,
                                long nowNanos) {
        if (!(t instanceof ChildTable child)) {
            throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE);
        }
        TableSchema schema = child.schema();
        Object[] values = java.util.Arrays.copyOf(child.tags(), schema.tags().size());
        for (TableStatement.TagAssignment a : s.assignments()) {
            int i = schema.tagIndex(a.name());
            if (i < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_ALTER_TABLE, "Invalid tag name: " + a.name());
            }
            values[i] = TagValues.parse(sql.text(a.value().span()), schema.tag(i), t.database().precision(),
                    session.zone(), nowNanos);
        }
        child.setTags(values);
    }
}
