package io.taos4j.server.durable;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.storage.WriteBatch;
import java.util.List;

/**
 * One entry of a vgroup's write-ahead log, as {@link VgroupLog#read} returns it. Versions increase by one per entry
 * within a vgroup (the TMQ offset space of that vgroup).
 */
public sealed interface LogEntry {

    /** The entry's version: unique and increasing within its vgroup. */
    long version();

    /** The rows of one write request for the tables of this vgroup (all-or-nothing together). */
    record Write(long version, List<TableRows> tables) implements LogEntry {
    }

    /** DELETE (or KEEP expiry) of the rows of one table with {@code from <= ts <= to}. */
    record Delete(long version, long uid, String table, long from, long to) implements LogEntry {
    }

    /**
     * A DDL event touching this vgroup (for TMQ meta messages): create/alter/drop of a table living here, or of a
     * super table of this vgroup's database. The record holds the entity's state right after the change.
     *
     * @param autoCreated a child table created by the write request whose {@link Write} follows
     */
    record Meta(long version, CatalogRecord record, boolean autoCreated) implements LogEntry {
        public Meta(long version, CatalogRecord record) {
            this(version, record, false);
        }
    }

    /**
     * The rows for one table.
     *
     * @param uid       the table's uid (stable across renames of nothing; a re-created table has a new uid)
     * @param table     the table name when written
     * @param columnIds column ids of the batch's columns (index 0 = timestamp) as the schema had them when written
     * @param types     their types
     * @param batch     the rows; a column absent from a row keeps its old value (update semantics)
     */
    record TableRows(long uid, String table, int[] columnIds, TaosType[] types, WriteBatch batch) {
    }
}
