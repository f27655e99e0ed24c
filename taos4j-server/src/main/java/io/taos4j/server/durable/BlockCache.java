package io.taos4j.server.durable;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded columns of segment blocks, least recently used first out, bounded by the bytes their vectors hold.
 * Thread-safe; a column is decoded outside the lock (two readers of one missing column may both decode it; one copy
 * is kept).
 */
final class BlockCache {
    private record Key(SegmentFile.BlockRef block, int column) {
    }

    private final long capacity;
    private final LinkedHashMap<Key, ColumnVector> map = new LinkedHashMap<>(256, 0.75f, true);
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
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
        }
        ColumnVector loaded = ref.segment().readColumn(ref.index(), column);
        long size = bytes(loaded);
        synchronized (this) {
            if (map.putIfAbsent(key, loaded) == null) {
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
    }

    synchronized long usedBytes() {
        return used;
    }

    synchronized String stats() {
        return "block cache: " + map.size() + " columns, " + used + " bytes, " + hits + " hits, " + misses
                + " misses";
    }
}
