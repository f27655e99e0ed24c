package io.taos4j.server.storage;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.catalog.DataTable;
import java.util.List;

/**
 * Where table rows go: the one write path of the server. {@code InsertPlan} (INSERT, INSERT SELECT,
 * stmt2 binds, schemaless) hands every request to {@link #write}, DELETE and KEEP go through {@link #delete}.
 *
 * <p>{@link #MEMORY} applies writes to the tables' in-memory {@link TableData}; a durable implementation first logs
 * them (write-ahead log), then applies them, and returns once the write is durable per the database's WAL options.
 * Implementations are thread-safe.
 */
public interface Storage extends AutoCloseable {

    /**
     * The rows of one request for one table.
     *
     * @param table     the target table
     * @param batch     the rows (sorted, unique timestamps)
     * @param columnIds the ids of the batch's columns, index 0 being the timestamp
     * @param types     the types of those columns
     */
    record TableWrite(DataTable table, WriteBatch batch, int[] columnIds, TaosType[] types) {
    }

    /**
     * Writes the batches of one request: all-or-nothing per table (per vgroup when durable).
     *
     * @return affected rows: rows written, summed over the batches
     * @throws StorageException when durable storage fails
     */
    long write(List<TableWrite> writes);

    /**
     * Deletes the rows of {@code table} with {@code from <= ts <= to}.
     *
     * @return the number of rows deleted
     */
    long delete(DataTable table, long from, long to);

    /** Writes memtables out now ({@code FLUSH DATABASE}); a no-op in memory. */
    default void flush() {
    }

    /** True when data survives a restart. */
    default boolean durable() {
        return false;
    }

    @Override
    default void close() {
    }

    /** In memory only: nothing is logged, nothing survives {@link #close()}. */
    Storage MEMORY = new Storage() {
        @Override
        public long write(List<TableWrite> writes) {
            long affected = 0;
            for (TableWrite w : writes) {
                affected += w.table().data().write(w.batch(), w.columnIds(), w.types());
            }
            return affected;
        }

        @Override
        public long delete(DataTable table, long from, long to) {
            return table.data().delete(from, to);
        }
    };
}
