package io.taos4j.server.catalog;

/**
 * One change to the catalog, as the durable catalog journal records it. A change names the entity; the journal
 * reads the entity's state when the DDL lock is released, so several changes to one entity in one statement log its
 * final state.
 */
public sealed interface CatalogChange {

    /** A database was created or its options changed. */
    record DatabaseSaved(Database database) implements CatalogChange {
    }

    /** A database and all its tables were dropped. */
    record DatabaseDropped(Database database) implements CatalogChange {
    }

    /**
     * A table was created, or its schema, tags, comment or TTL changed.
     *
     * @param autoCreated true for a child table a write request created (INSERT ... USING, stmt2, schemaless), which
     *                    TMQ delivers with that request's rows as one meta+data message
     */
    record TableSaved(TableEntry table, boolean autoCreated) implements CatalogChange {
        public TableSaved(TableEntry table) {
            this(table, false);
        }
    }

    /** A table was dropped (a super table with its children). */
    record TableDropped(TableEntry table) implements CatalogChange {
    }

    /** A user was created or changed. */
    record UserSaved(User user) implements CatalogChange {
    }

    /** A user was dropped. */
    record UserDropped(String name) implements CatalogChange {
    }
}
