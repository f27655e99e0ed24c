package io.taos4j.server.durable;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded columns of segment blocks, least recently used first out, bounded by the bytes their vectors hold.
 * Thread-safe; a column is decoded outside the lock (two readers of one missing column may both decode it; one copy
 * is kept).
 *
 * <p>Scan resistant: once the cache is full, a newly read column only replaces least recently used ones that were
 * asked for less often than it was (access counts kept for cached and recently missed columns, halved as they age).
 * A query reading more columns than fit therefore keeps hitting the part that stays cached on its next run, where
 * plain LRU would evict every column just before it is asked for again.
 */
final class BlockCache {
    private record Key(SegmentFile.BlockRef block, int column) {
    }

    private final long capacity;
    private final LinkedHashMap<Key, ColumnVector> map = new LinkedHashMap<>(256, 0.75f, true);
    /** Recent access counts (at most {@link #MAX_COUNT}) of cached and recently missed columns. */
    private final HashMap<Key, Integer> counts = new HashMap<>();
    private static final int MAX_COUNT = 15;
    private long accesses;
    private long used;
    private long hits;
    private long misses;

    BlockCache(long capacityBytes) {
        this.capacity = capacityBytes;
    }

    ColumnVector get(SegmentFile.BlockRef ref, int column) {
        Key key = new Key(ref, column);
        synchronized (this) {
            ColumnVector v = map.get(key);
            touch(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
        }
        ColumnVector loaded = ref.segment().readColumn(ref.index(), column);
        long size = bytes(loaded);
        synchronized (this) {
            if (!map.containsKey(key) && admit(key, size)) {
                map.put(key, loaded);
                used += size;
                Iterator<Map.Entry<Key, ColumnVector>> it = map.entrySet().iterator();
                while (used > capacity && it.hasNext()) {
                    Map.Entry<Key, ColumnVector> e = it.next();
                    if (e.getKey().equals(key)) {
                        continue;
                    }
                    used -= bytes(e.getValue());
                    it.remove();
                }
            }
        }
        return loaded;
    }

    /**
     * Counts an access to {@code key}; halves all counts when too many columns are tracked or after many accesses, so
     * columns no longer asked for give way to new ones. Holds the lock.
     */
    private void touch(Key key) {
        counts.merge(key, 1, (a, b) -> Math.min(MAX_COUNT, a + b));
        if (counts.size() > 4L * map.size() + 1024 || ++accesses > 8L * map.size() + 1024) {
            accesses = 0;
            counts.replaceAll((k, n) -> n >>> 1);
            counts.values().removeIf(n -> n == 0);
        }
    }

    /**
     * Whether a column of {@code size} bytes just read enters the cache: always while it fits; else only when every
     * column it would push out was asked for less often. Holds the lock.
     */
    private boolean admit(Key key, long size) {
        long free = capacity - used;
        if (size <= free) {
            return true;
        }
        int count = counts.getOrDefault(key, 0);
        Iterator<Map.Entry<Key, ColumnVector>> it = map.entrySet().iterator();
        while (free < size && it.hasNext()) {
            Map.Entry<Key, ColumnVector> e = it.next();
            if (counts.getOrDefault(e.getKey(), 0) >= count) {
                return false;
            }
            free += bytes(e.getValue());
        }
        return free >= size;
    }

    /** Approximate heap bytes of a vector's values. */
    static long bytes(ColumnVector v) {
        long n = v.size();
        return (v instanceof BinaryVector b ? b.dataLength() + 4 * n : Math.max(1, v.type().fixedSize()) * n)
                + (n >>> 3) + 64;
    }

    /** Forgets the columns of a segment that is going away. */
    synchronized void evict(SegmentFile segment) {
        Iterator<Map.Entry<Key, ColumnVector>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, ColumnVector> e = it.next();
            if (e.getKey().block().segment() == segment) {
                used -= bytes(e.getValue());
                it.remove();
            }
        }
        counts.keySet().removeIf(k -> k.block().segment() == segment);
    }

    /** Column reads that went to disk (not found in the cache) since the cache was made. */
    synchronized long misses() {
        return misses;
    }

    /** Column reads served from the cache since the cache was made. */
    synchronized long hits() {
        return hits;
    }

    synchronized long usedBytes() {
        return used;
    }

    synchronized String stats() {
        return "block cache: " + map.size() + " columns, " + used + " bytes, " + hits + " hits, " + misses
                + " misses";
    }
}
