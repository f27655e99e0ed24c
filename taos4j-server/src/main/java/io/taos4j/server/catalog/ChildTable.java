package io.taos4j.server.catalog;

import io.taos4j.server.storage.TableData;

/**
 * A child table: rows with the schema of its super table, plus one value per tag.
 *
 * <p>Tag values are Java objects aligned with the super table's tags: Boolean; Long for every integer type
 * (unsigned values as their 64-bit pattern) and TIMESTAMP; Float; Double; String for VARCHAR, NCHAR and JSON;
 * byte[] for VARBINARY and GEOMETRY; null for NULL.
 */
public final class ChildTable extends TableEntry implements DataTable {
    private final SuperTable superTable;
    private final TableData data = new TableData();
    private final int vgroupId;
    private final ScanCounters scans = new ScanCounters();
    private volatile Object[] tags;

    ChildTable(Database database, String name, long uid, long createTime, SuperTable superTable, Object[] tags,
               int vgroupId) {
        super(database, name, uid, createTime);
        this.superTable = superTable;
        this.tags = tags;
        this.vgroupId = vgroupId;
    }

    public SuperTable superTable() {
        return superTable;
    }

    @Override
    public TableSchema schema() {
        return superTable.schema();
    }

    @Override
    public TableData data() {
        return data;
    }

    @Override
    public int vgroupId() {
        return vgroupId;
    }

    @Override
    public ScanCounters scans() {
        return scans;
    }

    /** Tag values aligned with {@code superTable().schema().tags()}; do not modify the array. */
    public Object[] tags() {
        return tags;
    }

    public Object tag(int index) {
        Object[] t = tags;
        return index < t.length ? t[index] : null;
    }

    /** Replaces the tag values (SET TAG, ADD/DROP TAG); callers hold the catalog's DDL lock. */
    public void setTags(Object[] tags) {
        this.tags = tags;
        saved();
    }
}
