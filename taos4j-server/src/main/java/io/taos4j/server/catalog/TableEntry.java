package io.taos4j.server.catalog;

/**
 * A named table of a database: a super table, a child table or a normal table. The three share one namespace
 * (creating a normal table with a super table's name fails with "Table already exists").
 */
public abstract sealed class TableEntry permits SuperTable, ChildTable, NormalTable {
    private final Database database;
    private final String name;
    private final long uid;
    private final long createTime;
    private volatile String comment;
    private volatile int ttl;

    TableEntry(Database database, String name, long uid, long createTime) {
        this.database = database;
        this.name = name;
        this.uid = uid;
        this.createTime = createTime;
    }

    public Database database() {
        return database;
    }

    public String name() {
        return name;
    }

    public long uid() {
        return uid;
    }

    /** Creation time in milliseconds since the epoch. */
    public long createTime() {
        return createTime;
    }

    /** The table comment, or null. */
    public String comment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
        saved();
    }

    /** Time to live in days, 0 = forever. */
    public int ttl() {
        return ttl;
    }

    public void setTtl(int ttl) {
        this.ttl = ttl;
        saved();
    }

    /** Reports a change of this table to the catalog's journal. */
    protected final void saved() {
        database.catalog().changed(new CatalogChange.TableSaved(this));
    }

    /** The columns and tags that queries see (for a child table, its super table's). */
    public abstract TableSchema schema();

    /** The vgroup holding this table's data (1-based); super tables report 0. */
    public int vgroupId() {
        return 0;
    }
}
