package io.taos4j.server.catalog;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.SqlError;
import java.util.Collection;
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

    public Catalog() {
        users.put("root", new User("root", Password.of("taosdata"), true, true, true, true, createTime, java.util.List.of()));
    }

    /** Server start time (ms), reported as the create time of the system databases. */
    public long createTime() {
        return createTime;
    }

    /** Runs {@code action} under the DDL lock. */
    public <T> T ddl(Supplier<T> action) {
        ddlLock.lock();
        try {
            return action.get();
        } finally {
            ddlLock.unlock();
        }
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
        Database db = new Database(name, System.currentTimeMillis(), options,
                vgroupIds.getAndAdd(options.vgroups()));
        databases.put(name, db);
        return db;
    }

    public void dropDatabase(String name) {
        Database db = databases.remove(name);
        if (db != null) {
            for (TableEntry t : db.tables()) {
                if (t instanceof DataTable d) {
                    d.data().clear();
                }
            }
        }
    }

    public void alterDatabase(Database db, DatabaseOptions options) {
        db.setOptions(options);
    }

    public long nextUid() {
        return uids.incrementAndGet();
    }

    public SuperTable createSuperTable(Database db, String name, TableSchema schema) {
        SuperTable t = new SuperTable(db, name, nextUid(), System.currentTimeMillis(), schema);
        db.put(t);
        return t;
    }

    public NormalTable createNormalTable(Database db, String name, TableSchema schema) {
        NormalTable t = new NormalTable(db, name, nextUid(), System.currentTimeMillis(), schema,
                db.vgroupFor(name));
        db.put(t);
        return t;
    }

    public ChildTable createChildTable(Database db, String name, SuperTable stable, Object[] tags) {
        ChildTable t = new ChildTable(db, name, nextUid(), System.currentTimeMillis(), stable, tags,
                db.vgroupFor(name));
        db.put(t);
        stable.addChild(t);
        return t;
    }

    /** Drops a table; dropping a super table drops its children too. */
    public void dropTable(TableEntry table) {
        Database db = table.database();
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
    }

    public void removeUser(String name) {
        users.remove(name);
    }
}
