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
import io.taos4j.server.storage.WriteBatch;
import java.util.List;

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
                        p.created = catalog.createChildTable(p.database(), p.name(), p.stable(), p.tags());
                    } else if (existing instanceof ChildTable c && c.superTable() == p.stable()) {
                        p.created = c; // created concurrently by another session
                    } else {
                        throw SqlError.of(TaosError.TDB_TABLE_IN_OTHER_STABLE);
                    }
                }
                return null;
            });
        }
        long affected = 0;
        for (Target t : targets) {
            if (t.builder.rows() == 0) {
                continue;
            }
            DataTable table = t.table != null ? t.table : t.pending.created;
            TableSchema schema = table.schema();
            if (schema != t.schema) {
                throw SqlError.of(TaosError.TDB_IVD_TB_SCHEMA_VERSION);
            }
            WriteBatch batch = t.builder.build();
            affected += table.data().write(batch, schema.columnIds(), schema.columnTypes());
        }
        return affected;
    }

    /** A child table to create before writing: {@code INSERT INTO name USING stable TAGS (...)}. */
    static final class PendingChild {
        private final Database database;
        private final String name;
        private final SuperTable stable;
        private final Object[] tags;
        private ChildTable created;

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
    }
}
