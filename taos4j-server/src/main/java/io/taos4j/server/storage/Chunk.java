package io.taos4j.server.storage;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;

/**
 * An immutable run of rows of one table, sorted by timestamp with unique timestamps.
 *
 * <p>Columns are identified by column id (stable across ALTER TABLE), so a chunk written before a column was added
 * simply lacks it and reads as NULL. Instances are published to readers and never change; the vectors they hold may
 * share arrays with a writer's growing vectors, but only positions below {@link #size()} are ever read.
 *
 * <p>A chunk is either <em>resident</em> (its vectors are in memory: the memtable) or <em>on disk</em> (a block of a
 * segment file: only its time range, size and column ids are in memory; {@link #load()} reads the vectors through a
 * bounded block cache, column by column). Accessors that need values read them transparently; code that reads
 * every column (merges) should call {@link #load()} once and use the resident chunk it returns.
 */
public final class Chunk {
    private final int[] columnIds;
    private final LongVector timestamps;
    private final ColumnVector[] columns;
    private final int size;
    private final long minTs;
    private final long maxTs;
    private final BlockSource source;

    /** Reads the vectors of an on-disk chunk (through a cache), all of them or one column at a time. */
    public interface BlockSource {
        /**
         * The resident chunk holding this block's rows.
         *
         * @throws StorageException when the block cannot be read or fails its checksum
         */
        Chunk load();

        /**
         * The vector at position {@code index} of this block (0 = timestamps): a scan reads only the columns it
         * needs.
         *
         * @throws StorageException when the column cannot be read or fails its checksum
         */
        ColumnVector column(int index);
    }

    Chunk(int[] columnIds, LongVector timestamps, ColumnVector[] columns, int size) {
        this.columnIds = columnIds;
        this.timestamps = timestamps;
        this.columns = columns;
        this.size = size;
        this.minTs = timestamps.get(0);
        this.maxTs = timestamps.get(size - 1);
        this.source = null;
    }

    private Chunk(int[] columnIds, int size, long minTs, long maxTs, BlockSource source) {
        this.columnIds = columnIds;
        this.timestamps = null;
        this.columns = null;
        this.size = size;
        this.minTs = minTs;
        this.maxTs = maxTs;
        this.source = source;
    }

    /** A resident chunk over decoded vectors ({@code columns[0]} is the timestamp vector, {@code size > 0}). */
    public static Chunk resident(int[] columnIds, ColumnVector[] columns, int size) {
        return new Chunk(columnIds, (LongVector) columns[0], columns, size);
    }

    /** An on-disk chunk: metadata only, rows read on demand from {@code source}. */
    public static Chunk onDisk(int[] columnIds, int size, long minTs, long maxTs, BlockSource source) {
        return new Chunk(columnIds, size, minTs, maxTs, source);
    }

    /** True when the vectors are in memory (a memtable chunk not yet flushed). */
    public boolean isResident() {
        return source == null;
    }

    /** The source of an on-disk chunk, or null for a resident one. */
    public BlockSource source() {
        return source;
    }

    /** This chunk with its vectors in memory: itself when resident, else the block read through the cache. */
    public Chunk load() {
        return source == null ? this : source.load();
    }

    public int size() {
        return size;
    }

    public long minTs() {
        return minTs;
    }

    public long maxTs() {
        return maxTs;
    }

    public LongVector timestamps() {
        return source == null ? timestamps : (LongVector) source.column(0);
    }

    /** The column ids, index 0 being the timestamp; do not modify. */
    public int[] columnIds() {
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
        return source == null ? columns[index] : source.column(index);
    }

    /** Approximate heap bytes of a resident chunk's values (0 for an on-disk chunk). */
    public long residentBytes() {
        if (source != null) {
            return 0;
        }
        long n = 0;
        for (ColumnVector v : columns) {
            n += v instanceof BinaryVector b ? b.dataLength() + 4L * size : (long) Math.max(1, v.type().fixedSize())
                    * size;
            n += size >>> 3;
        }
        return n;
    }

    /** First row with timestamp {@code >= ts} (binary search); {@link #size()} when none. */
    public int lowerBound(long ts) {
        long[] v = timestamps().values();
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
        long[] v = timestamps().values();
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
