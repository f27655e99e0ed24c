package io.taos4j.server.storage;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The rows of one table: a list of sorted, non-overlapping {@link Chunk}s.
 *
 * <p>Writers are serialized by a lock; readers never lock: {@link #snapshot()} returns the chunk list as last
 * published, which stays valid and unchanged however many writes follow. In-order writes append to the tail chunk
 * (its arrays grow; published chunks are frozen views of the prefix). Writes into the past, overwrites and deletes
 * rebuild only the chunks whose time range they touch.
 */
public final class TableData {
    /** Rows per chunk: also the largest block a scan produces. */
    public static final int CHUNK_ROWS = 4096;

    private static final Chunk[] NO_CHUNKS = new Chunk[0];

    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Chunk[] chunks = NO_CHUNKS;
    private volatile long rowCount;
    /** Mutable vectors behind the last chunk, or null when the last chunk must not be appended to. */
    private Builder tail;

    /** The chunks as last published; never modified afterwards. */
    public Chunk[] snapshot() {
        return chunks;
    }

    public long rowCount() {
        return rowCount;
    }

    public boolean isEmpty() {
        return chunks.length == 0;
    }

    /**
     * Writes a batch.
     *
     * @param batch the rows (sorted, unique timestamps)
     * @param ids   the column ids of the batch's columns, index 0 being the timestamp
     * @param types the types of those columns
     * @return the number of rows written (new or updated), which is the number of rows in the batch
     */
    public int write(WriteBatch batch, int[] ids, TaosType[] types) {
        writeLock.lock();
        try {
            Chunk[] current = chunks;
            Chunk[] next;
            if (current.length == 0 || batch.minTs() > current[current.length - 1].maxTs()) {
                next = append(current, batch, ids, types);
            } else {
                next = merge(current, batch, ids, types);
            }
            publish(next);
            return batch.rows();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Deletes the rows with {@code from <= ts <= to}.
     *
     * @return the number of rows deleted
     */
    public long delete(long from, long to) {
        writeLock.lock();
        try {
            Chunk[] current = chunks;
            List<Chunk> out = new ArrayList<>(current.length);
            long deleted = 0;
            boolean changed = false;
            for (Chunk stored : current) {
                if (stored.maxTs() < from || stored.minTs() > to) {
                    out.add(stored);
                    continue;
                }
                if (stored.minTs() >= from && stored.maxTs() <= to) {
                    changed = true; // wholly deleted: no need to read it
                    deleted += stored.size();
                    continue;
                }
                Chunk c = stored.load();
                int lo = c.lowerBound(from);
                int hi = c.upperBound(to);
                if (lo == hi) {
                    out.add(stored);
                    continue;
                }
                changed = true;
                deleted += hi - lo;
                int keep = c.size() - (hi - lo);
                if (keep == 0) {
                    continue;
                }
                Builder b = new Builder(c.columnIds(), typesOf(c), keep);
                b.appendChunkRange(c, 0, lo);
                b.appendChunkRange(c, hi, c.size());
                out.add(b.freeze());
            }
            if (changed) {
                tail = null;
                publish(out.toArray(NO_CHUNKS));
            }
            return deleted;
        } finally {
            writeLock.unlock();
        }
    }

    /** Drops every row. */
    public void clear() {
        writeLock.lock();
        try {
            tail = null;
            publish(NO_CHUNKS);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * For a flush: the chunks as they are now, after sealing the tail so that later appends start a new chunk (the
     * resident chunks returned can then be written out and swapped for their on-disk copies).
     */
    public Chunk[] sealForFlush() {
        writeLock.lock();
        try {
            tail = null;
            return chunks;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Replaces chunks by equivalent ones (same rows): each chunk still published that is a key of {@code swaps}
     * (by identity) gives way to its value. Chunks rewritten since by other writes are left alone.
     */
    public void swap(java.util.Map<Chunk, Chunk> swaps) {
        writeLock.lock();
        try {
            Chunk[] current = chunks;
            Chunk[] next = null;
            for (int i = 0; i < current.length; i++) {
                Chunk r = swaps.get(current[i]);
                if (r != null) {
                    if (next == null) {
                        next = current.clone();
                    }
                    next[i] = r;
                    if (i == current.length - 1) {
                        tail = null;
                    }
                }
            }
            if (next != null) {
                publish(next);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Replaces every chunk (recovery). */
    public void restore(Chunk[] restored) {
        writeLock.lock();
        try {
            tail = null;
            publish(restored.clone());
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Compaction: merges runs of adjacent chunks smaller than {@code minRows} (with the same columns) into resident
     * chunks of up to {@link #CHUNK_ROWS} rows, so the next flush writes them as one block.
     *
     * @return the number of chunks merged away
     */
    public int mergeSmall(int minRows) {
        writeLock.lock();
        try {
            Chunk[] current = chunks;
            List<Chunk> out = new ArrayList<>(current.length);
            int merged = 0;
            int i = 0;
            while (i < current.length) {
                int j = i + 1;
                int rows = current[i].size();
                while (current[i].size() < minRows && j < current.length && current[j].size() < minRows
                        && rows + current[j].size() <= CHUNK_ROWS
                        && Arrays.equals(current[j].columnIds(), current[i].columnIds())) {
                    rows += current[j].size();
                    j++;
                }
                if (j - i < 2) {
                    out.add(current[i++]);
                    continue;
                }
                Chunk first = current[i].load();
                Builder b = new Builder(first.columnIds(), typesOf(first), rows);
                for (int k = i; k < j; k++) {
                    Chunk c = current[k].load();
                    b.appendChunkRange(c, 0, c.size());
                }
                out.add(b.freeze());
                merged += j - i - 1;
                i = j;
            }
            if (merged > 0) {
                tail = null;
                publish(out.toArray(NO_CHUNKS));
            }
            return merged;
        } finally {
            writeLock.unlock();
        }
    }

    private void publish(Chunk[] next) {
        rowCount = countRows(next);
        chunks = next;
    }

    private static long countRows(Chunk[] cs) {
        long n = 0;
        for (Chunk c : cs) {
            n += c.size();
        }
        return n;
    }

    private Chunk[] append(Chunk[] current, WriteBatch batch, int[] ids, TaosType[] types) {
        List<Chunk> out = new ArrayList<>(Arrays.asList(current));
        int from = 0;
        int rows = batch.rows();
        if (tail != null && Arrays.equals(tail.ids, ids) && tail.size() < CHUNK_ROWS) {
            int take = Math.min(rows, CHUNK_ROWS - tail.size());
            tail.appendBatchRange(batch, 0, take);
            out.set(out.size() - 1, tail.freeze());
            from = take;
        }
        while (from < rows) {
            int take = Math.min(rows - from, CHUNK_ROWS);
            Builder b = new Builder(ids, types, take);
            b.appendBatchRange(batch, from, from + take);
            out.add(b.freeze());
            tail = b;
            from += take;
        }
        return out.toArray(NO_CHUNKS);
    }

    /** Rebuilds the chunks overlapping the batch's time range together with the batch rows. */
    private Chunk[] merge(Chunk[] current, WriteBatch batch, int[] ids, TaosType[] types) {
        long lo = batch.minTs();
        long hi = batch.maxTs();
        int first = 0;
        while (first < current.length && current[first].maxTs() < lo) {
            first++;
        }
        int last = first - 1;
        while (last + 1 < current.length && current[last + 1].minTs() <= hi) {
            last++;
        }
        List<Chunk> out = new ArrayList<>(current.length + 2);
        out.addAll(Arrays.asList(current).subList(0, first));
        List<Builder> rebuilt = new ArrayList<>();
        Builder b = new Builder(ids, types, CHUNK_ROWS);
        rebuilt.add(b);
        int bi = 0;
        int rows = batch.rows();
        long[] bts = batch.timestamps().values();
        for (int ci = first; ci <= last; ci++) {
            Chunk c = current[ci].load();
            int[] map = b.mapFrom(c);
            long[] cts = c.timestamps().values();
            for (int r = 0; r < c.size(); r++) {
                long t = cts[r];
                while (bi < rows && bts[bi] < t) {
                    b = roll(b, rebuilt, ids, types);
                    b.appendBatchRow(batch, bi++);
                }
                b = roll(b, rebuilt, ids, types);
                if (bi < rows && bts[bi] == t) {
                    b.appendMergedRow(c, map, r, batch, bi++);
                } else {
                    b.appendChunkRow(c, map, r);
                }
            }
        }
        while (bi < rows) {
            b = roll(b, rebuilt, ids, types);
            b.appendBatchRow(batch, bi++);
        }
        for (Builder built : rebuilt) {
            if (built.size() > 0) {
                out.add(built.freeze());
            }
        }
        out.addAll(Arrays.asList(current).subList(last + 1, current.length));
        // the rebuilt run is the tail only if nothing follows it
        tail = last + 1 >= current.length ? b : null;
        return out.toArray(NO_CHUNKS);
    }

    private static Builder roll(Builder b, List<Builder> rebuilt, int[] ids, TaosType[] types) {
        if (b.size() < CHUNK_ROWS) {
            return b;
        }
        Builder next = new Builder(ids, types, CHUNK_ROWS);
        rebuilt.add(next);
        return next;
    }

    private static TaosType[] typesOf(Chunk c) {
        TaosType[] t = new TaosType[c.columnIds().length];
        for (int i = 0; i < t.length; i++) {
            t[i] = c.column(i).type();
        }
        return t;
    }

    /** Growing vectors of one chunk under construction; frozen into immutable {@link Chunk} views. */
    private static final class Builder {
        final int[] ids;
        final TaosType[] types;
        final LongVector ts;
        final ColumnVector[] cols;

        Builder(int[] ids, TaosType[] types, int capacity) {
            this.ids = ids;
            this.types = types;
            this.cols = new ColumnVector[ids.length];
            this.ts = new LongVector(TaosType.TIMESTAMP, capacity);
            cols[0] = ts;
            for (int i = 1; i < ids.length; i++) {
                cols[i] = ColumnVector.allocate(types[i], capacity);
            }
        }

        int size() {
            return ts.size();
        }

        Chunk freeze() {
            ColumnVector[] views = new ColumnVector[cols.length];
            for (int i = 0; i < cols.length; i++) {
                views[i] = cols[i].snapshot();
            }
            return new Chunk(ids, (LongVector) views[0], views, ts.size());
        }

        /** For each of this builder's columns, its position in {@code c} (-1 = missing there). */
        int[] mapFrom(Chunk c) {
            int[] map = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                map[i] = c.indexOf(ids[i]);
                if (map[i] >= 0 && c.column(map[i]).getClass() != cols[i].getClass()) {
                    map[i] = -1;
                }
            }
            return map;
        }

        void appendBatchRange(WriteBatch batch, int from, int to) {
            for (int i = 0; i < cols.length; i++) {
                ColumnVector src = batch.column(i);
                if (src == null) {
                    for (int r = from; r < to; r++) {
                        cols[i].appendNull();
                    }
                } else {
                    // absent rows of a new timestamp are NULL, which the batch already holds there
                    cols[i].appendRange(src, from, to);
                }
            }
        }

        void appendBatchRow(WriteBatch batch, int r) {
            for (int i = 0; i < cols.length; i++) {
                ColumnVector src = batch.column(i);
                if (src == null) {
                    cols[i].appendNull();
                } else {
                    cols[i].appendFrom(src, r);
                }
            }
        }

        void appendChunkRow(Chunk c, int[] map, int r) {
            for (int i = 0; i < cols.length; i++) {
                if (map[i] < 0) {
                    cols[i].appendNull();
                } else {
                    cols[i].appendFrom(c.column(map[i]), r);
                }
            }
        }

        void appendMergedRow(Chunk c, int[] map, int r, WriteBatch batch, int br) {
            ts.append(c.timestamps().get(r));
            for (int i = 1; i < cols.length; i++) {
                if (batch.isPresent(i, br)) {
                    cols[i].appendFrom(batch.column(i), br);
                } else if (map[i] < 0) {
                    cols[i].appendNull();
                } else {
                    cols[i].appendFrom(c.column(map[i]), r);
                }
            }
        }

        void appendChunkRange(Chunk c, int from, int to) {
            for (int i = 0; i < cols.length; i++) {
                cols[i].appendRange(c.column(i), from, to);
            }
        }
    }
}
