package io.taos4j.server.catalog;

import java.util.List;

/**
 * Makes catalog changes durable. {@link Catalog} calls {@link #commit} under its DDL lock, once per DDL action (see
 * {@link Catalog#ddl}), with the changes in the order they happened; a change made outside a DDL action is committed
 * on its own. When {@code commit} returns the changes must survive a crash.
 *
 * <p>Every method that changes the catalog or one of its entities reports the change through
 * {@link Catalog#changed(CatalogChange)}; new mutators must do the same or their change is lost on restart.
 */
public interface CatalogJournal {

    /**
     * Logs the changes durably.
     *
     * @throws io.taos4j.server.storage.StorageException when they cannot be written
     */
    void commit(List<CatalogChange> changes);
}
