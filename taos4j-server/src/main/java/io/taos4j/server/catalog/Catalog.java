package io.taos4j.server.catalog;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.storage.Storage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Databases, their tables, and users. Thread-safe: lookups are lock-free on concurrent maps; every structural
 * change runs under one DDL lock ({@link #ddl(Supplier)}) so checks and changes are atomic together.
 */
public final class Catalog {
    /** The system databases every server lists (tdengine-sql.md §3.2). */
    public static final String INFORMATION_SCHEMA = "information_schema";
    public static final String PERFORMANCE_SCHEMA = "performance_schema";

    private final ConcurrentSkipListMap<String, Database> databases = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<String, User> users = new ConcurrentSkipListMap<>();
    private final ReentrantLock ddlLock = new ReentrantLock();
    private final AtomicLong uids = new AtomicLong(System.currentTimeMillis() << 12);
    private final AtomicInteger vgroupIds = new AtomicInteger(2);
    private final long createTime = System.currentTimeMillis();
    /** Changes of the running DDL action, committed to the journal when it ends; guarded by the DDL lock. */
    private final List<CatalogChange> pending = new ArrayList<>();
    private volatile CatalogJournal journal;
    private volatile Storage storage = Storage.MEMORY;

    public Catalog() {
        users.put("root", new User("root", Password.of("taosdata"), true, true, true, true, createTime, java.util.List.of()));
    }

    /** Server start time (ms), reported as the create time of the system databases. */
    public long createTime() {
        return createTime;
    }

    /**
     * Runs {@code action} under the DDL lock. The changes it makes are committed to the journal (if any) before the
     * lock is released, also when it fails half-way.
     */
    public <T> T ddl(Supplier<T> action) {
        ddlLock.lock();
        try {
            T result;
            try {
                result = action.get();
            } catch (RuntimeException | Error e) {
                try {
                    commitPending();
                } catch (RuntimeException j) {
                    e.addSuppressed(j);
                }
                throw e;
            }
            commitPending();
            return result;
        } finally {
            ddlLock.unlock();
        }
    }

    private void commitPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<CatalogChange> changes = List.copyOf(pending);
        pending.clear();
        CatalogJournal j = journal;
        if (j != null) {
            j.commit(changes);
        }
    }

    /**
     * Reports a change for the journal: collected until the running DDL action ends, or committed at once when no
     * DDL action runs on this thread. A no-op without a journal (in memory, and while recovering).
     */
    public void changed(CatalogChange change) {
        if (journal == null) {
            return;
        }
        if (ddlLock.isHeldByCurrentThread()) {
            pending.add(change);
        } else {
            ddl(() -> pending.add(change));
        }
    }

    /** Attaches the durable journal (after recovery); null detaches it. */
    public void setJournal(CatalogJournal journal) {
        this.journal = journal;
    }

    /** Where rows are written: {@link Storage#MEMORY} unless a durable storage was attached. */
    public Storage storage() {
        return storage;
    }

    public void setStorage(Storage storage) {
        this.storage = java.util.Objects.requireNonNull(storage, "storage");
    }

    public Collection<Database> databases() {
        return databases.values();
    }

    /** The database, or null. */
    public Database findDatabase(String name) {
        return databases.get(name);
    }

    /**
     * The database.
     *
     * @throws SqlError 0x0388 Database not exist
     */
    public Database database(String name) {
        Database db = databases.get(name);
        if (db == null) {
            throw SqlError.of(TaosError.MND_DB_NOT_EXIST);
        }
        return db;
    }

    public static boolean isSystemDatabase(String name) {
        return INFORMATION_SCHEMA.equals(name) || PERFORMANCE_SCHEMA.equals(name);
    }

    /** Creates a database; the caller checks for an existing one under {@link #ddl}. */
    public Database createDatabase(String name, DatabaseOptions options) {
        Database db = new Database(this, name, System.currentTimeMillis(), options,
                vgroupIds.getAndAdd(options.vgroups()));
        databases.put(name, db);
        changed(new CatalogChange.DatabaseSaved(db));
        return db;
    }

    public void dropDatabase(String name) {
        Database db = databases.remove(name);
        if (db != null) {
            changed(new CatalogChange.DatabaseDropped(db));
            for (TableEntry t : db.tables()) {
                if (t instanceof DataTable d) {
                    d.data().clear();
                }
            }
        }
    }

    public void alterDatabase(Database db, DatabaseOptions options) {
        db.setOptions(options);
        changed(new CatalogChange.DatabaseSaved(db));
    }

    public long nextUid() {
        return uids.incrementAndGet();
    }

    public SuperTable createSuperTable(Database db, String name, TableSchema schema) {
        SuperTable t = new SuperTable(db, name, nextUid(), System.currentTimeMillis(), schema);
        db.put(t);
        changed(new CatalogChange.TableSaved(t));
        return t;
    }

    public NormalTable createNormalTable(Database db, String name, TableSchema schema) {
        NormalTable t = new NormalTable(db, name, nextUid(), System.currentTimeMillis(), schema,
                db.vgroupFor(name));
        db.put(t);
        changed(new CatalogChange.TableSaved(t));
        return t;
    }

    public ChildTable createChildTable(Database db, String name, SuperTable stable, Object[] tags) {
        return createChildTable(db, name, stable, tags, false);
    }

    /** As {@link #createChildTable(Database, String, SuperTable, Object[])}; {@code autoCreated} for a write request's. */
    public ChildTable createChildTable(Database db, String name, SuperTable stable, Object[] tags,
                                       boolean autoCreated) {
        ChildTable t = new ChildTable(db, name, nextUid(), System.currentTimeMillis(), stable, tags,
                db.vgroupFor(name));
        db.put(t);
        stable.addChild(t);
        changed(new CatalogChange.TableSaved(t, autoCreated));
        return t;
    }

    /** Drops a table; dropping a super table drops its children too. */
    public void dropTable(TableEntry table) {
        Database db = table.database();
        changed(new CatalogChange.TableDropped(table));
        if (table instanceof SuperTable s) {
            for (ChildTable c : s.children()) {
                db.remove(c.name());
                c.data().clear();
            }
        } else if (table instanceof ChildTable c) {
            c.superTable().removeChild(c.name());
            c.data().clear();
        } else if (table instanceof NormalTable n) {
            n.data().clear();
        }
        db.remove(table.name());
    }

    public Collection<User> users() {
        return users.values();
    }

    /** The user, or null. */
    public User user(String name) {
        return users.get(name);
    }

    public void putUser(User user) {
        users.put(user.name(), user);
        changed(new CatalogChange.UserSaved(user));
    }

    public void removeUser(String name) {
        if (users.remove(name) != null) {
            changed(new CatalogChange.UserDropped(name));
        }
    }

    // ---- recovery: rebuild entities exactly as logged (no journal is attached while recovering) ----

    /** Recreates a logged database with its original create time and vgroup ids. */
    public Database restoreDatabase(String name, long createTime, DatabaseOptions options, int firstVgroupId) {
        Database db = new Database(this, name, createTime, options, firstVgroupId);
        databases.put(name, db);
        vgroupIds.accumulateAndGet(firstVgroupId + options.vgroups(), Math::max);
        return db;
    }

    public SuperTable restoreSuperTable(Database db, String name, long uid, long createTime, TableSchema schema) {
        SuperTable t = new SuperTable(db, name, uid, createTime, schema);
        db.put(t);
        uids.accumulateAndGet(uid, Math::max);
        return t;
    }

    public NormalTable restoreNormalTable(Database db, String name, long uid, long createTime, TableSchema schema,
                                          int vgroupId) {
        NormalTable t = new NormalTable(db, name, uid, createTime, schema, vgroupId);
        db.put(t);
        uids.accumulateAndGet(uid, Math::max);
        return t;
    }

    public ChildTable restoreChildTable(Database db, String name, long uid, long createTime, SuperTable stable,
                                        Object[] tags, int vgroupId) {
        ChildTable t = new ChildTable(db, name, uid, createTime, stable, tags, vgroupId);
        db.put(t);
        stable.addChild(t);
        uids.accumulateAndGet(uid, Math::max);
        return t;
    }
}
