package io.taos4j.server.catalog;

import io.taos4j.protocol.Precision;
import java.util.Collection;
import java.util.concurrent.ConcurrentSkipListMap;

/** A database: options plus the tables of its one namespace. Lookups are lock-free; DDL goes through {@link Catalog}. */
public final class Database {
    private final Catalog catalog;
    private final String name;
    private final long createTime;
    private final int firstVgroupId;
    private volatile DatabaseOptions options;
    private final ConcurrentSkipListMap<String, TableEntry> tables = new ConcurrentSkipListMap<>();

    Database(Catalog catalog, String name, long createTime, DatabaseOptions options, int firstVgroupId) {
        this.catalog = catalog;
        this.name = name;
        this.createTime = createTime;
        this.options = options;
        this.firstVgroupId = firstVgroupId;
    }

    public String name() {
        return name;
    }

    /** The catalog this database belongs to. */
    public Catalog catalog() {
        return catalog;
    }

    /** The id of the first of this database's vgroups (the others follow it). */
    public int firstVgroupId() {
        return firstVgroupId;
    }

    public long createTime() {
        return createTime;
    }

    public DatabaseOptions options() {
        return options;
    }

    void setOptions(DatabaseOptions options) {
        this.options = options;
    }

    public Precision precision() {
        return options.precision();
    }

    /** The table (super, child or normal) with this name, or null. */
    public TableEntry table(String tableName) {
        return tables.get(tableName);
    }

    /** All tables in name order; a live, weakly consistent view. */
    public Collection<TableEntry> tables() {
        return tables.values();
    }

    /** Number of child and normal tables (what ins_databases reports as {@code ntables}). */
    public long dataTableCount() {
        long n = 0;
        for (TableEntry t : tables.values()) {
            if (!(t instanceof SuperTable)) {
                n++;
            }
        }
        return n;
    }

    /** The ids of this database's vgroups. */
    public int[] vgroupIds() {
        int[] ids = new int[options.vgroups()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = firstVgroupId + i;
        }
        return ids;
    }

    /** The vgroup a table of this name lives in, by TDengine's name hash ({@link VgroupHash}). */
    public int vgroupFor(String tableName) {
        return firstVgroupId + VgroupHash.index(name, tableName, options.vgroups());
    }

    void put(TableEntry table) {
        tables.put(table.name(), table);
    }

    void remove(String tableName) {
        tables.remove(tableName);
    }
}
