package io.taos4j.server.insert;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.storage.Storage;
import io.taos4j.server.storage.WriteBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fully parsed INSERT: child tables to create and the rows for each target table. Nothing is written until
 * {@link #execute}, so a bad value anywhere in the statement leaves every table untouched.
 */
public final class InsertPlan {
    private final List<PendingChild> creates;
    private final List<Target> targets;

    InsertPlan(List<PendingChild> creates, List<Target> targets) {
        this.creates = creates;
        this.targets = targets;
    }

    /**
     * Creates the missing child tables, then writes every batch.
     *
     * @return affected rows: distinct timestamps written per table, summed
     */
    public long execute(Catalog catalog) {
        if (!creates.isEmpty()) {
            catalog.ddl(() -> {
                for (PendingChild p : creates) {
                    TableEntry existing = p.database().table(p.name());
                    if (existing == null) {
                        p.created = catalog.createChildTable(p.database(), p.name(), p.stable(), p.tags(), true);
                        if (p.ttl > 0) {
                            p.created.setTtl(p.ttl);
                        }
                    } else if (existing instanceof ChildTable c && c.superTable() == p.stable()) {
                        p.created = c; // created concurrently by another session
                    } else {
                        throw SqlError.of(TaosError.TDB_TABLE_IN_OTHER_STABLE);
                    }
                }
                return null;
            });
        }
        List<Storage.TableWrite> writes = new ArrayList<>(targets.size());
        for (Target t : targets) {
            if (t.builder.rows() == 0) {
                continue;
            }
            DataTable table = t.table != null ? t.table : t.pending.created;
            TableSchema schema = table.schema();
            if (schema != t.schema) {
                throw SqlError.of(TaosError.TDB_IVD_TB_SCHEMA_VERSION);
            }
            writes.add(new Storage.TableWrite(table, t.builder.build(), schema.columnIds(), schema.columnTypes()));
        }
        // the one place rows enter storage: durable storage logs the whole request before applying it
        return writes.isEmpty() ? 0 : catalog.storage().write(writes);
    }

    /**
     * Collects the rows of one write request (an INSERT statement, a stmt2 execution, a schemaless batch) per
     * target table, creating missing child tables only when the plan executes. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Target> targets = new LinkedHashMap<>();
        private final Map<String, PendingChild> pending = new LinkedHashMap<>();

        /** The rows to write into an existing normal or child table. */
        public WriteBatch.Builder rows(DataTable table) {
            return target(table).builder();
        }

        /**
         * The rows to write into child table {@code name} of {@code stable}: an existing child is used as it is
         * (the tags given here are not compared or applied); a missing one is created with these tags when the
         * plan executes.
         *
         * @throws SqlError 0x061D when the name is a normal table or a child of another super table
         */
        public WriteBatch.Builder rows(Database db, String name, SuperTable stable, Object[] tags) {
            return child(db, name, stable, tags).builder();
        }

        /**
         * As {@link #rows(Database, String, SuperTable, Object[])}; a child created by this plan gets {@code ttl}
         * (days, 0 for none), as schemaless writes ask.
         */
        public WriteBatch.Builder rows(Database db, String name, SuperTable stable, Object[] tags, int ttl) {
            Target t = child(db, name, stable, tags);
            if (t.pending != null && ttl > 0) {
                t.pending.ttl = ttl;
            }
            return t.builder();
        }

        /** True when no rows were added. */
        public boolean isEmpty() {
            return targets.values().stream().allMatch(t -> t.builder.rows() == 0);
        }

        public InsertPlan build() {
            return new InsertPlan(new ArrayList<>(pending.values()), new ArrayList<>(targets.values()));
        }

        Target target(DataTable table) {
            return targets.computeIfAbsent(key(table.database(), table.name()), k -> Target.existing(table));
        }

        Target child(Database db, String name, SuperTable stable, Object[] tags) {
            TableEntry existing = db.table(name);
            if (existing != null) {
                if (!(existing instanceof ChildTable c) || c.superTable() != stable) {
                    throw SqlError.of(TaosError.TDB_TABLE_IN_OTHER_STABLE);
                }
                return target(c);
            }
            String key = key(db, name);
            PendingChild p = pending.get(key);
            if (p == null) {
                PendingChild created = new PendingChild(db, name, stable, tags);
                pending.put(key, created);
                Target t = Target.pending(created, stable.schema());
                targets.put(key, t);
                return t;
            }
            if (p.stable() != stable) {
                throw SqlError.of(TaosError.TDB_TABLE_IN_OTHER_STABLE);
            }
            return targets.get(key);
        }

        /** The target of a child this request is to create, or null. */
        Target pendingTarget(Database db, String name) {
            return pending.containsKey(key(db, name)) ? targets.get(key(db, name)) : null;
        }

        private static String key(Database db, String name) {
            return db.name() + '.' + name;
        }
    }

    /** A child table to create before writing: {@code INSERT INTO name USING stable TAGS (...)}. */
    static final class PendingChild {
        private final Database database;
        private final String name;
        private final SuperTable stable;
        private final Object[] tags;
        private ChildTable created;
        private int ttl;

        PendingChild(Database database, String name, SuperTable stable, Object[] tags) {
            this.database = database;
            this.name = name;
            this.stable = stable;
            this.tags = tags;
        }

        Database database() {
            return database;
        }

        String name() {
            return name;
        }

        SuperTable stable() {
            return stable;
        }

        Object[] tags() {
            return tags;
        }
    }

    /** The rows for one table, in the schema the statement was parsed against. */
    static final class Target {
        private final DataTable table;
        private final PendingChild pending;
        private final TableSchema schema;
        private final WriteBatch.Builder builder;

        private Target(DataTable table, PendingChild pending, TableSchema schema) {
            this.table = table;
            this.pending = pending;
            this.schema = schema;
            this.builder = new WriteBatch.Builder(schema.columnTypes(), 16);
        }

        static Target existing(DataTable table) {
            return new Target(table, null, table.schema());
        }

        static Target pending(PendingChild child, TableSchema schema) {
            return new Target(null, child, schema);
        }

        Database database() {
            return table != null ? table.database() : pending.database();
        }

        WriteBatch.Builder builder() {
            return builder;
        }

        TableSchema schema() {
            return schema;
        }
    }
}
