package io.taos4j.server.storage;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;

/**
 * An immutable run of rows of one table, sorted by timestamp with unique timestamps.
 *
 * <p>Columns are identified by column id (stable across ALTER TABLE), so a chunk written before a column was added
 * simply lacks it and reads as NULL. Instances are published to readers and never change; the vectors they hold may
 * share arrays with a writer's growing vectors, but only positions below {@link #size()} are ever read.
 */
public final class Chunk {
    private final int[] columnIds;
    private final LongVector timestamps;
    private final ColumnVector[] columns;
    private final int size;

    Chunk(int[] columnIds, LongVector timestamps, ColumnVector[] columns, int size) {
        this.columnIds = columnIds;
        this.timestamps = timestamps;
        this.columns = columns;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public long minTs() {
        return timestamps.get(0);
    }

    public long maxTs() {
        return timestamps.get(size - 1);
    }

    public LongVector timestamps() {
        return timestamps;
    }

    int[] columnIds() {
        return columnIds;
    }

    /** Position of column {@code id} in this chunk, or -1 when the chunk predates that column. */
    public int indexOf(int id) {
        for (int i = 0; i < columnIds.length; i++) {
            if (columnIds[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** The vector at position {@code index} (0 is the timestamp column). */
    public ColumnVector column(int index) {
        return columns[index];
    }

    /** First row with timestamp {@code >= ts} (binary search); {@link #size()} when none. */
    public int lowerBound(long ts) {
        long[] v = timestamps.values();
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < ts) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First row with timestamp {@code > ts}; {@link #size()} when none. */
    public int upperBound(long ts) {
        long[] v = timestamps.values();
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] <= ts) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
