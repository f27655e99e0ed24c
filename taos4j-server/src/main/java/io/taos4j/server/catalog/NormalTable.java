package io.taos4j.server.catalog;

import io.taos4j.server.storage.TableData;

/** A normal table: its own schema, no tags. */
public final class NormalTable extends TableEntry implements DataTable {
    private final TableData data = new TableData();
    private final int vgroupId;
    private final ScanCounters scans = new ScanCounters();
    private volatile TableSchema schema;

    NormalTable(Database database, String name, long uid, long createTime, TableSchema schema, int vgroupId) {
        super(database, name, uid, createTime);
        this.schema = schema;
        this.vgroupId = vgroupId;
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    public void setSchema(TableSchema schema) {
        this.schema = schema;
        saved();
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
}
