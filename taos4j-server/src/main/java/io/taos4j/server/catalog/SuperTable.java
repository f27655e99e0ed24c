package io.taos4j.server.catalog;

import java.util.Collection;
import java.util.concurrent.ConcurrentSkipListMap;

/** A super table: a schema with tags shared by its child tables. Holds no rows itself. */
public final class SuperTable extends TableEntry {
    private volatile TableSchema schema;
    private final ConcurrentSkipListMap<String, ChildTable> children = new ConcurrentSkipListMap<>();

    SuperTable(Database database, String name, long uid, long createTime, TableSchema schema) {
        super(database, name, uid, createTime);
        this.schema = schema;
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    /** Replaces the schema (ALTER STABLE); callers hold the catalog's DDL lock. */
    public void setSchema(TableSchema schema) {
        this.schema = schema;
        saved();
    }

    /** Child tables in name order; a live view. */
    public Collection<ChildTable> children() {
        return children.values();
    }

    public int childCount() {
        return children.size();
    }

    void addChild(ChildTable child) {
        children.put(child.name(), child);
    }

    void removeChild(String name) {
        children.remove(name);
    }
}
