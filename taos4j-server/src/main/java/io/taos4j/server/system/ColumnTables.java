package io.taos4j.server.system;

import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.query.Field;
import io.taos4j.server.type.DataType;
import java.util.List;

/** {@code ins_columns} and {@code ins_tags} (tdengine-sql.md §12.4). */
final class ColumnTables {
    static final TableDef INS_COLUMNS = TableDef.info("ins_columns", "table_name VARCHAR(192), db_name VARCHAR(64),"
            + " table_type VARCHAR(21), col_name VARCHAR(64), col_type VARCHAR(32), col_length INT,"
            + " col_precision INT, col_scale INT, col_nullable INT, col_source VARCHAR(258), col_id SMALLINT",
            ColumnTables::columns);

    static final TableDef INS_TAGS = TableDef.info("ins_tags", "table_name VARCHAR(192), db_name VARCHAR(64),"
            + " stable_name VARCHAR(192), tag_name VARCHAR(64), tag_type VARCHAR(32), tag_value VARCHAR(16384)",
            ColumnTables::tags);

    private ColumnTables() {
    }

    static List<TableDef> tables() {
        return List.of(INS_COLUMNS, INS_TAGS);
    }

    /**
     * Data columns only (never tags) of every super, child and normal table, then of the system tables.
     * {@code col_precision}, {@code col_scale}, {@code col_nullable} and {@code col_source} are NULL, as observed
     * on 3.3.7.5 (also for DECIMAL); {@code col_id} is the 1-based position, NULL for system tables.
     */
    private static void columns(SystemContext context, Rows out) {
        for (Database db : DatabaseTables.userDatabases(context.catalog())) {
            for (TableEntry t : db.tables()) {
                String kind = t instanceof SuperTable ? CatalogTables.SUPER_TABLE
                        : t instanceof ChildTable ? CatalogTables.CHILD_TABLE : CatalogTables.NORMAL_TABLE;
                List<Column> columns = t.schema().columns();
                for (int i = 0; i < columns.size(); i++) {
                    Column c = columns.get(i);
                    out.add(t.name(), db.name(), kind, c.name(), Render.columnType(c.type()),
                            (long) c.type().storageBytes(), null, null, null, null, (long) (i + 1));
                }
            }
        }
        for (SystemTable s : SystemTables.all()) {
            for (Field f : s.fields()) {
                DataType type = f.type();
                out.add(s.name(), s.database(), CatalogTables.SYSTEM_TABLE, f.name(), Render.columnType(type),
                        (long) type.storageBytes(), null, null, null, null, null);
            }
        }
    }

    /** One row per child table and tag, with the renderings of {@link Render#tagType} and {@link Render#tagValue}. */
    private static void tags(SystemContext context, Rows out) {
        for (Database db : DatabaseTables.userDatabases(context.catalog())) {
            for (TableEntry t : db.tables()) {
                if (t instanceof ChildTable child) {
                    List<Column> tags = child.schema().tags();
                    for (int i = 0; i < tags.size(); i++) {
                        Column tag = tags.get(i);
                        out.add(child.name(), db.name(), child.superTable().name(), tag.name(),
                                Render.tagType(tag.type()), Render.tagValue(child.tag(i), tag.type()));
                    }
                }
            }
        }
    }
}
