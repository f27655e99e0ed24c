package io.taos4j.server.system;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.NormalTable;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.query.Field;
import java.util.List;

/**
 * The results of {@code SHOW CREATE DATABASE} and {@code SHOW CREATE TABLE/STABLE} (tdengine-sql.md §3.1, §12.3):
 * one row, two VARCHAR columns, the statement on one line. ENCODE/COMPRESS/LEVEL clauses are never printed.
 * Stateless.
 */
public final class ShowCreate {
    public static final List<Field> DATABASE_FIELDS = List.of(
            Field.of("Database", Columns.type("VARCHAR(63)")),
            Field.of("Create Database", Columns.type("VARCHAR(65517)")));
    public static final List<Field> TABLE_FIELDS = List.of(
            Field.of("Table", Columns.type("VARCHAR(193)")),
            Field.of("Create Table", Columns.type("VARCHAR(3145726)")));

    private ShowCreate() {
    }

    /** {@code SHOW CREATE DATABASE db} of a user database: every shown option, in {@code DbOption} order. */
    public static ResultData database(Database db) {
        return databaseRow(db.name(), "CREATE DATABASE `" + db.name() + "` " + db.options().toSql());
    }

    /** {@code SHOW CREATE DATABASE information_schema} (or {@code performance_schema}): the bare statement. */
    public static ResultData systemDatabase(String name) {
        if (!Catalog.isSystemDatabase(name)) {
            throw new IllegalArgumentException(name + " is not a system database");
        }
        return databaseRow(name, "CREATE DATABASE `" + name + "`");
    }

    /** {@code SHOW CREATE TABLE t} / {@code SHOW CREATE STABLE s}; a super table prints {@code CREATE STABLE}. */
    public static ResultData table(TableEntry table) {
        return new Rows(TABLE_FIELDS).add(table.name(), createTable(table)).result();
    }

    /** The statement text of {@link #table(TableEntry)}. */
    public static String createTable(TableEntry table) {
        StringBuilder sb = new StringBuilder();
        TableSchema schema = table.schema();
        if (table instanceof SuperTable) {
            sb.append("CREATE STABLE ").append(Render.identifier(table.name())).append(" (");
            appendColumns(sb, schema.columns());
            sb.append(") TAGS (");
            for (int i = 0; i < schema.tags().size(); i++) {
                Column t = schema.tags().get(i);
                sb.append(i > 0 ? ", " : "").append(Render.identifier(t.name())).append(' ')
                        .append(Render.ddlType(t.type()));
            }
            sb.append(')');
        } else if (table instanceof ChildTable child) {
            sb.append("CREATE TABLE ").append(Render.identifier(table.name())).append(" USING ")
                    .append(Render.identifier(child.superTable().name())).append(" (");
            List<Column> tags = schema.tags();
            for (int i = 0; i < tags.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(Render.identifier(tags.get(i).name()));
            }
            sb.append(") TAGS (");
            for (int i = 0; i < tags.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(Render.sqlLiteral(child.tag(i), tags.get(i).type()));
            }
            sb.append(')');
        } else if (table instanceof NormalTable) {
            sb.append("CREATE TABLE ").append(Render.identifier(table.name())).append(" (");
            appendColumns(sb, schema.columns());
            sb.append(')');
        }
        // COMMENT '' is printed for an explicitly empty comment, nothing when there is none
        if (table.comment() != null) {
            sb.append(" COMMENT '").append(table.comment()).append('\'');
        }
        if (table.ttl() > 0) {
            sb.append(" TTL ").append(table.ttl());
        }
        return sb.toString();
    }

    private static void appendColumns(StringBuilder sb, List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sb.append(i > 0 ? ", " : "").append(Render.identifier(c.name())).append(' ')
                    .append(Render.ddlType(c.type()));
            if (c.compositeKey()) {
                sb.append(" COMPOSITE KEY");
            }
        }
    }

    private static ResultData databaseRow(String name, String text) {
        return new Rows(DATABASE_FIELDS).add(name, text).result();
    }
}
