package io.taos4j.server.system;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.DatabaseOptions;
import io.taos4j.server.catalog.DbOption;
import io.taos4j.server.catalog.TableEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code ins_databases} and {@code ins_vgroups} (tdengine-sql.md §12.4, §11). */
final class DatabaseTables {
    /** {@code ins_databases.ntables} of the system databases on 3.3.7.5 (we model fewer information_schema tables). */
    static final long INFORMATION_SCHEMA_TABLES = 42;
    static final long PERFORMANCE_SCHEMA_TABLES = 5;

    static final TableDef INS_DATABASES = TableDef.info("ins_databases", "name VARCHAR(64), create_time TIMESTAMP,"
            + " vgroups INT, ntables BIGINT, replica TINYINT, strict VARCHAR(4), duration VARCHAR(10),"
            + " keep VARCHAR(32), buffer INT, pagesize INT, pages INT, minrows INT, maxrows INT, comp TINYINT,"
            + " precision VARCHAR(2), status VARCHAR(10), retentions VARCHAR(60), single_stable BOOL,"
            + " cachemodel VARCHAR(11), cachesize INT, wal_level TINYINT, wal_fsync_period INT,"
            + " wal_retention_period INT, wal_retention_size BIGINT, stt_trigger SMALLINT, table_prefix SMALLINT,"
            + " table_suffix SMALLINT, tsdb_pagesize INT, keep_time_offset INT, ss_chunkpages INT,"
            + " ss_keeplocal VARCHAR(10), ss_compact TINYINT, with_arbitrator TINYINT, encrypt_algorithm VARCHAR(16),"
            + " compact_interval VARCHAR(12), compact_time_range VARCHAR(24), compact_time_offset VARCHAR(4)",
            DatabaseTables::databases);

    static final TableDef INS_VGROUPS = TableDef.info("ins_vgroups", "vgroup_id INT, db_name VARCHAR(64), tables INT,"
            + " v1_dnode SMALLINT, v1_status VARCHAR(9), v1_applied/committed VARCHAR(100),"
            + " v2_dnode SMALLINT, v2_status VARCHAR(9), v2_applied/committed VARCHAR(100),"
            + " v3_dnode SMALLINT, v3_status VARCHAR(9), v3_applied/committed VARCHAR(100),"
            + " v4_dnode SMALLINT, v4_status VARCHAR(9), v4_applied/committed VARCHAR(100),"
            + " cacheload INT, cacheelements INT, tsma TINYINT, mount_vgroup_id INT",
            DatabaseTables::vgroups);

    private DatabaseTables() {
    }

    static List<TableDef> tables() {
        return List.of(INS_DATABASES, INS_VGROUPS);
    }

    /**
     * User databases in creation order, the order TDengine lists them in. Vgroup ids are handed out in creation
     * order, so the first one orders databases created within the same millisecond too.
     */
    static List<Database> userDatabases(Catalog catalog) {
        List<Database> dbs = new ArrayList<>(catalog.databases());
        dbs.sort(Comparator.comparingLong(Database::createTime).thenComparingInt(db -> db.vgroupIds()[0]));
        return dbs;
    }

    private static void databases(SystemContext context, Rows out) {
        long created = context.catalog().createTime();
        out.add(systemRow(Catalog.INFORMATION_SCHEMA, created, INFORMATION_SCHEMA_TABLES));
        out.add(systemRow(Catalog.PERFORMANCE_SCHEMA, created, PERFORMANCE_SCHEMA_TABLES));
        for (Database db : userDatabases(context.catalog())) {
            DatabaseOptions o = db.options();
            String retentions = o.get(DbOption.RETENTIONS);
            out.add(db.name(), db.createTime(), num(o, DbOption.VGROUPS), db.dataTableCount(),
                    num(o, DbOption.REPLICA), o.get(DbOption.STRICT), o.get(DbOption.DURATION), o.get(DbOption.KEEP),
                    num(o, DbOption.BUFFER), num(o, DbOption.PAGESIZE), num(o, DbOption.PAGES),
                    num(o, DbOption.MINROWS), num(o, DbOption.MAXROWS), num(o, DbOption.COMP),
                    o.get(DbOption.PRECISION), "ready", retentions.isEmpty() ? null : retentions,
                    num(o, DbOption.SINGLE_STABLE) != 0, o.get(DbOption.CACHEMODEL), num(o, DbOption.CACHESIZE),
                    num(o, DbOption.WAL_LEVEL), num(o, DbOption.WAL_FSYNC_PERIOD),
                    num(o, DbOption.WAL_RETENTION_PERIOD), num(o, DbOption.WAL_RETENTION_SIZE),
                    num(o, DbOption.STT_TRIGGER), num(o, DbOption.TABLE_PREFIX), num(o, DbOption.TABLE_SUFFIX),
                    num(o, DbOption.TSDB_PAGESIZE), num(o, DbOption.KEEP_TIME_OFFSET),
                    num(o, DbOption.SS_CHUNKPAGES), o.get(DbOption.SS_KEEPLOCAL), num(o, DbOption.SS_COMPACT), 0L,
                    o.get(DbOption.ENCRYPT_ALGORITHM), o.get(DbOption.COMPACT_INTERVAL),
                    o.get(DbOption.COMPACT_TIME_RANGE), o.get(DbOption.COMPACT_TIME_OFFSET));
        }
    }

    /** A system database: NULL everywhere except name, create_time, ntables, precision and status. */
    private static Object[] systemRow(String name, long createTime, long tables) {
        Object[] row = new Object[INS_DATABASES.fields().size()];
        row[0] = name;
        row[1] = createTime;
        row[3] = tables;
        row[14] = "ms";
        row[15] = "ready";
        return row;
    }

    private static long num(DatabaseOptions options, DbOption option) {
        return Long.parseLong(options.get(option));
    }

    private static void vgroups(SystemContext context, Rows out) {
        for (Database db : userDatabases(context.catalog())) {
            for (int vgroup : db.vgroupIds()) {
                long tables = 0;
                for (TableEntry t : db.tables()) {
                    if (t instanceof DataTable d && d.vgroupId() == vgroup) {
                        tables++;
                    }
                }
                out.add((long) vgroup, db.name(), tables, (long) ClusterTables.DNODE_ID, "leader", "0/0",
                        null, null, null, null, null, null, null, null, null, 0L, 0L, 0L, 0L);
            }
        }
    }
}
