package io.taos4j.server.durable;

import io.taos4j.server.storage.Chunk;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded segment blocks, least recently used first out, bounded by the bytes their vectors hold. Thread-safe; a
 * block is decoded outside the lock (two readers of one missing block may both decode it; one copy is kept).
 */
final class BlockCache {
    private final long capacity;
    private final LinkedHashMap<SegmentFile.BlockRef, Chunk> map = new LinkedHashMap<>(256, 0.75f, true);
    private long used;
    private long hits;
    private long misses;

    BlockCache(long capacityBytes) {
        this.capacity = capacityBytes;
    }

    Chunk get(SegmentFile.BlockRef ref) {
        synchronized (this) {
            Chunk c = map.get(ref);
            if (c != null) {
                hits++;
                return c;
            }
            misses++;
        }
        Chunk loaded = ref.segment().readBlock(ref.index());
        long size = loaded.residentBytes();
        synchronized (this) {
            if (map.putIfAbsent(ref, loaded) == null) {
                used += size;
                Iterator<Map.Entry<SegmentFile.BlockRef, Chunk>> it = map.entrySet().iterator();
                while (used > capacity && it.hasNext()) {
                    Map.Entry<SegmentFile.BlockRef, Chunk> e = it.next();
                    if (e.getKey().equals(ref)) {
                        continue;
                    }
                    used -= e.getValue().residentBytes();
                    it.remove();
                }
            }
        }
        return loaded;
    }

    /** Forgets the blocks of a segment that is going away. */
    synchronized void evict(SegmentFile segment) {
        Iterator<Map.Entry<SegmentFile.BlockRef, Chunk>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<SegmentFile.BlockRef, Chunk> e = it.next();
            if (e.getKey().segment() == segment) {
                used -= e.getValue().residentBytes();
                it.remove();
            }
        }
    }

    synchronized long usedBytes() {
        return used;
    }

    synchronized String stats() {
        return "block cache: " + map.size() + " blocks, " + used + " bytes, " + hits + " hits, " + misses + " misses";
    }
}
