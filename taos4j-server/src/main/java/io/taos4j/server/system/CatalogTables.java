package io.taos4j.server.system;

import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import java.util.List;

/** {@code ins_stables}, {@code ins_tables} and {@code ins_indexes} (tdengine-sql.md §12.4, §11). */
final class CatalogTables {
    static final String CHILD_TABLE = "CHILD_TABLE";
    static final String NORMAL_TABLE = "NORMAL_TABLE";
    static final String SUPER_TABLE = "SUPER_TABLE";
    static final String SYSTEM_TABLE = "SYSTEM_TABLE";

    static final TableDef INS_STABLES = TableDef.info("ins_stables", "stable_name VARCHAR(192), db_name VARCHAR(64),"
            + " create_time TIMESTAMP, columns INT, tags INT, last_update TIMESTAMP, table_comment VARCHAR(1024),"
            + " watermark VARCHAR(64), max_delay VARCHAR(64), rollup VARCHAR(128), uid BIGINT, isvirtual BOOL,"
            + " keep BIGINT", CatalogTables::stables);

    static final TableDef INS_TABLES = TableDef.info("ins_tables", "table_name VARCHAR(192), db_name VARCHAR(64),"
            + " create_time TIMESTAMP, columns INT, stable_name VARCHAR(192), uid BIGINT, vgroup_id INT, ttl INT,"
            + " table_comment VARCHAR(1024), type VARCHAR(21)", CatalogTables::tables);

    static final TableDef INS_INDEXES = TableDef.info("ins_indexes", "index_name VARCHAR(192), db_name VARCHAR(64),"
            + " table_name VARCHAR(192), vgroup_id INT, create_time TIMESTAMP, column_name VARCHAR(192),"
            + " index_type VARCHAR(192)", CatalogTables::indexes);

    /** {@code index_type} of the automatic index on every super table's first tag. */
    static final String TAG_INDEX = "tag_index";

    private CatalogTables() {
    }

    static List<TableDef> tables() {
        return List.of(INS_STABLES, INS_TABLES, INS_INDEXES);
    }

    private static void stables(SystemContext context, Rows out) {
        for (Database db : DatabaseTables.userDatabases(context.catalog())) {
            for (TableEntry t : db.tables()) {
                if (t instanceof SuperTable s) {
                    out.add(s.name(), db.name(), s.createTime(), (long) s.schema().columns().size(),
                            (long) s.schema().tags().size(), s.createTime(), s.comment(), "5000a,5000a", "-1a,-1a",
                            "", s.uid(), false, -1L);
                }
            }
        }
    }

    /** System tables first (as {@code SYSTEM_TABLE} rows), then each user database's child and normal tables. */
    private static void tables(SystemContext context, Rows out) {
        for (SystemTable s : SystemTables.all()) {
            out.add(s.name(), s.database(), null, (long) s.fields().size(), null, null, null, null, null,
                    SYSTEM_TABLE);
        }
        for (Database db : DatabaseTables.userDatabases(context.catalog())) {
            for (TableEntry t : db.tables()) {
                if (t instanceof DataTable d) {
                    String stable = t instanceof ChildTable c ? c.superTable().name() : null;
                    out.add(t.name(), db.name(), t.createTime(), (long) t.schema().columns().size(), stable,
                            t.uid(), (long) d.vgroupId(), (long) t.ttl(), t.comment(),
                            stable != null ? CHILD_TABLE : NORMAL_TABLE);
                }
            }
        }
    }

    private static void indexes(SystemContext context, Rows out) {
        for (Database db : DatabaseTables.userDatabases(context.catalog())) {
            for (TableEntry t : db.tables()) {
                if (t instanceof SuperTable s && !s.schema().tags().isEmpty()) {
                    String tag = s.schema().tag(0).name();
                    out.add(tag + "_" + s.name(), db.name(), s.name(), null, s.createTime(), tag, TAG_INDEX);
                }
            }
        }
    }
}
