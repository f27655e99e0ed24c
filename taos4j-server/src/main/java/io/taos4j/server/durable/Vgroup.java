package io.taos4j.server.durable;

import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.DbOption;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.storage.Chunk;
import io.taos4j.server.storage.Storage;
import io.taos4j.server.storage.StorageException;
import io.taos4j.server.storage.TableData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * One vgroup on disk: its write-ahead log, its segment files and its manifest ({@code vnode/<id>/}).
 *
 * <p>Writes take the write lock, append one log entry for the whole request and apply it to the tables' memtables,
 * so the log order is the apply order and a flush sees a consistent version. The wait for durability (fsync) happens
 * after the lock is released, shared among writers (group commit).
 */
final class Vgroup implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Vgroup.class);
    /** Past this many live segments the smallest are merged by the next flushes. */
    static final int MAX_SEGMENTS = 8;
    private final DurableStorage owner;
    private final Database database;
    private final int id;
    private final Path dir;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock flushLock = new ReentrantLock();
    private final TreeMap<Long, SegmentFile> segments = new TreeMap<>();
    private final List<SegmentFile> retired = new ArrayList<>();
    private final AtomicLong dirtyBytes = new AtomicLong();
    private Wal wal;
    private long flushedVersion;
    private long nextSegment;
    private volatile boolean closed;

    private Vgroup(DurableStorage owner, Database database, int id, Path dir) {
        this.owner = owner;
        this.database = database;
        this.id = id;
        this.dir = dir;
    }

    /**
     * Opens (or creates) a vgroup: live segments per the manifest (every block checked), then the log entries after
     * the manifest's version replayed into the memtables.
     */
    static Vgroup open(DurableStorage owner, Database database, int id, Path dir, Map<Long, DataTable> tables) {
        long started = System.nanoTime();
        DiskFiles.createDirectories(dir);
        Vgroup vg = new Vgroup(owner, database, id, dir);
        Manifest m = Manifest.read(dir, id);
        Map<Long, SegmentFile> byId = new LinkedHashMap<>();
        try {
            for (long s : m.segments()) {
                SegmentFile f = SegmentFile.open(dir.resolve(segmentName(s)), id, s, owner.cache(), true);
                byId.put(s, f);
                vg.segments.put(s, f);
            }
            long next = m.nextSegment();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".seg")) {
                        long sid = Long.parseLong(n.substring(0, n.length() - 4));
                        next = Math.max(next, sid + 1);
                        if (!byId.containsKey(sid)) {
                            DiskFiles.delete(p); // written by a flush that did not commit
                        }
                    }
                }
            } catch (IOException | NumberFormatException e) {
                throw new StorageException("cannot list " + dir + ": " + e.getMessage(), e);
            }
            vg.nextSegment = next;
            vg.flushedVersion = m.flushedVersion();
            for (Map.Entry<Long, long[]> e : m.tables().entrySet()) {
                DataTable t = tables.get(e.getKey());
                if (t == null || t.vgroupId() != id) {
                    continue; // dropped after the flush
                }
                long[] refs = e.getValue();
                Chunk[] chunks = new Chunk[refs.length];
                for (int i = 0; i < refs.length; i++) {
                    SegmentFile f = byId.get(m.segments()[(int) (refs[i] >>> 32)]);
                    int block = (int) refs[i];
                    if (block >= f.blockCount() || f.block(block).uid() != e.getKey()) {
                        throw new StorageException("manifest " + dir.resolve(Manifest.NAME) + " names block " + block
                                + " of " + f.path() + " for table uid " + e.getKey() + ", which does not hold it");
                    }
                    chunks[i] = f.chunk(block);
                }
                t.data().restore(chunks);
            }
            long segmentsDone = System.nanoTime();
            vg.wal = Wal.open(dir.resolve("wal"), id, m.flushedVersion(), (version, type, payload) ->
                    vg.replay(tables, type, version, payload));
            LOG.debug("vgroup {}: {} segments checked in {} ms, log replayed in {} ms", id, vg.segments.size(),
                    (segmentsDone - started) / 1_000_000, (System.nanoTime() - segmentsDone) / 1_000_000);
            return vg;
        } catch (RuntimeException e) {
            vg.segments.values().forEach(SegmentFile::close);
            throw e;
        }
    }

    static String segmentName(long id) {
        return String.format("%010d.seg", id);
    }

    private void replay(Map<Long, DataTable> tables, int type, long version, ByteSource payload) {
        try {
            if (type == Wal.WRITE) {
                for (LogEntry.TableRows r : BatchCodec.decodeWrite(payload)) {
                    DataTable t = tables.get(r.uid());
                    if (t != null && t.vgroupId() == id) {
                        dirtyBytes.addAndGet(t.data().write(r.batch(), r.columnIds(), r.types()) * 16L);
                    }
                }
            } else if (type == Wal.DELETE) {
                LogEntry.Delete d = BatchCodec.decodeDelete(version, payload);
                DataTable t = tables.get(d.uid());
                if (t != null && t.vgroupId() == id) {
                    t.data().delete(d.from(), d.to());
                }
            }
        } catch (ByteSource.Corrupt e) {
            throw new StorageException("write-ahead log entry " + version + " of vgroup " + id + " in " + dir
                    + " passes its CRC but does not decode: " + e.getMessage(), e);
        }
    }

    int id() {
        return id;
    }

    Database database() {
        return database;
    }

    Wal wal() {
        return wal;
    }

    long dirtyBytes() {
        return dirtyBytes.get();
    }

    /** Logs and applies one request's rows for this vgroup; returns {version, affected rows}. */
    long[] write(List<Storage.TableWrite> writes) {
        lock.lock();
        try {
            checkOpen();
            BatchCodec.encodeWrite(writes, wal.begin(Wal.WRITE));
            long version = wal.commit();
            long affected = 0;
            for (Storage.TableWrite w : writes) {
                affected += w.table().data().write(w.batch(), w.columnIds(), w.types());
            }
            long bytes = wal.lastEntryBytes();
            dirtyBytes.addAndGet(bytes);
            owner.addDirty(bytes);
            return new long[] {version, affected};
        } finally {
            lock.unlock();
        }
    }

    /** Logs and applies a delete; returns {version, deleted rows}. */
    long[] delete(DataTable table, long from, long to) {
        lock.lock();
        try {
            checkOpen();
            BatchCodec.encodeDelete(table.uid(), table.name(), from, to, wal.begin(Wal.DELETE));
            long version = wal.commit();
            return new long[] {version, table.data().delete(from, to)};
        } finally {
            lock.unlock();
        }
    }

    /** Logs a DDL event for TMQ (not replayed: the catalog journal is the source of truth). */
    long meta(CatalogRecord record, boolean autoCreated) {
        lock.lock();
        try {
            checkOpen();
            CatalogCodec.encode(record, wal.begin(autoCreated ? Wal.META_AUTO_CREATE : Wal.META));
            return wal.commit();
        } finally {
            lock.unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException("vgroup " + id + " is closed (its database was dropped or the server stopped)");
        }
    }

    /** Waits until {@code version} is durable as the database's WAL_LEVEL and WAL_FSYNC_PERIOD ask. */
    void awaitDurable(long version) {
        if (database.options().getInt(DbOption.WAL_LEVEL) >= 2
                && database.options().getInt(DbOption.WAL_FSYNC_PERIOD) == 0) {
            wal.sync(version);
        }
    }

    /** Periodic work: the group fsync of WAL_LEVEL 2 with a WAL_FSYNC_PERIOD. */
    void tick() {
        if (!closed && database.options().getInt(DbOption.WAL_LEVEL) >= 2) {
            wal.syncIfOlderThan(database.options().getInt(DbOption.WAL_FSYNC_PERIOD));
        }
    }

    List<DataTable> tables() {
        List<DataTable> out = new ArrayList<>();
        for (TableEntry t : database.tables()) {
            if (t instanceof DataTable d && d.vgroupId() == id) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Writes the memtables out: resident chunks become one new segment, the manifest commits it with the log version
     * it covers, the chunks are swapped for their on-disk copies, log files no longer needed (nor retained for TMQ)
     * are deleted, and segments without live blocks are retired. Compaction rides along: runs of small chunks are
     * merged first, and the live blocks of segments that are mostly garbage are pulled back into memory so the next
     * flush rewrites them.
     */
    void flush() {
        flushLock.lock();
        try {
            if (closed) {
                return;
            }
            List<DataTable> tables = tables();
            for (DataTable t : tables) {
                t.data().mergeSmall(TableData.CHUNK_ROWS / 8);
            }
            Map<DataTable, Chunk[]> captured = new LinkedHashMap<>();
            long version;
            lock.lock();
            try {
                version = wal.lastVersion();
                for (DataTable t : tables) {
                    captured.put(t, t.data().sealForFlush());
                }
                if (version > flushedVersion) {
                    wal.roll();
                }
                owner.addDirty(-dirtyBytes.getAndSet(0));
            } finally {
                lock.unlock();
            }
            Map<Chunk, Chunk> swaps = new IdentityHashMap<>();
            SegmentFile written = writeSegment(captured, swaps);
            Map<SegmentFile, Integer> used = commitManifest(version, captured, swaps);
            if (written != null) {
                segments.put(written.id(), written);
            }
            for (DataTable t : captured.keySet()) {
                t.data().swap(swaps);
            }
            retire(used);
            compactSparse(used, written);
            wal.truncate(version, database.options().getInt(DbOption.WAL_RETENTION_PERIOD),
                    database.options().getInt(DbOption.WAL_RETENTION_SIZE));
        } finally {
            flushLock.unlock();
        }
    }

    private SegmentFile writeSegment(Map<DataTable, Chunk[]> captured, Map<Chunk, Chunk> swaps) {
        boolean any = false;
        for (Chunk[] cs : captured.values()) {
            for (Chunk c : cs) {
                any |= c.isResident();
            }
        }
        if (!any) {
            return null;
        }
        long sid = nextSegment++;
        Map<Chunk, Integer> blocks = new IdentityHashMap<>();
        SegmentFile written;
        try (SegmentWriter w = new SegmentWriter(dir.resolve(segmentName(sid)), id, sid)) {
            for (Map.Entry<DataTable, Chunk[]> e : captured.entrySet()) {
                for (Chunk c : e.getValue()) {
                    if (c.isResident()) {
                        blocks.put(c, w.add(e.getKey().uid(), c));
                    }
                }
            }
            written = w.finish(owner.cache());
        }
        DiskFiles.syncDirectory(dir);
        for (Map.Entry<Chunk, Integer> e : blocks.entrySet()) {
            swaps.put(e.getKey(), written.chunk(e.getValue()));
        }
        return written;
    }

    /** Writes the manifest; returns the live segments with their live block counts. */
    private Map<SegmentFile, Integer> commitManifest(long version, Map<DataTable, Chunk[]> captured,
                                                      Map<Chunk, Chunk> swaps) {
        Map<SegmentFile, Integer> index = new LinkedHashMap<>();
        Map<SegmentFile, Integer> live = new IdentityHashMap<>();
        Map<Long, long[]> tables = new LinkedHashMap<>();
        for (Map.Entry<DataTable, Chunk[]> e : captured.entrySet()) {
            Chunk[] cs = e.getValue();
            if (cs.length == 0) {
                continue;
            }
            long[] refs = new long[cs.length];
            for (int i = 0; i < cs.length; i++) {
                Chunk d = cs[i].isResident() ? swaps.get(cs[i]) : cs[i];
                SegmentFile.BlockRef ref = (SegmentFile.BlockRef) d.source();
                int si = index.computeIfAbsent(ref.segment(), k -> index.size());
                live.merge(ref.segment(), 1, Integer::sum);
                refs[i] = ((long) si << 32) | ref.index();
            }
            tables.put(e.getKey().uid(), refs);
        }
        long[] ids = new long[index.size()];
        for (Map.Entry<SegmentFile, Integer> e : index.entrySet()) {
            ids[e.getValue()] = e.getKey().id();
        }
        new Manifest(version, nextSegment, ids, tables).write(dir, id);
        flushedVersion = version;
        return live;
    }

    private void retire(Map<SegmentFile, Integer> live) {
        // segments retired two flushes ago: queries that could still read them have had time to finish
        for (SegmentFile s : retired) {
            s.close();
        }
        retired.clear();
        Set<Long> dead = new HashSet<>();
        for (SegmentFile s : segments.values()) {
            if (!live.containsKey(s)) {
                dead.add(s.id());
            }
        }
        for (Long sid : dead) {
            SegmentFile s = segments.remove(sid);
            DiskFiles.delete(s.path()); // open channels keep reading until closed
            retired.add(s);
        }
        if (!dead.isEmpty()) {
            DiskFiles.syncDirectory(dir);
        }
    }

    /**
     * Pulls the live blocks of some segments into memory; the next flush rewrites them into one new segment. Chosen:
     * segments that are mostly garbage, and the smallest segments while the vgroup has more than
     * {@link #MAX_SEGMENTS} (so many small flushes do not leave many small files). At most half the memtable budget
     * of compressed bytes per flush.
     */
    private void compactSparse(Map<SegmentFile, Integer> live, SegmentFile written) {
        Set<SegmentFile> sparse = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long budget = owner.memtableBudget() / 2;
        long pulled = 0;
        List<SegmentFile> bySize = new ArrayList<>();
        for (Map.Entry<SegmentFile, Integer> e : live.entrySet()) {
            SegmentFile f = e.getKey();
            if (f == written) {
                continue;
            }
            bySize.add(f);
            long cost = f.rawSize() * e.getValue() / Math.max(1, f.blockCount());
            if (e.getValue() * 2 < f.blockCount() && pulled + cost <= budget) {
                sparse.add(f);
                pulled += cost;
            }
        }
        // too many files: merge the smallest, but only two or more at once (one alone would just move)
        bySize.removeAll(sparse);
        bySize.sort(java.util.Comparator.comparingLong(SegmentFile::rawSize));
        int excess = bySize.size() + sparse.size() + 1 - MAX_SEGMENTS;
        List<SegmentFile> merge = new ArrayList<>();
        long mergeCost = 0;
        for (SegmentFile f : bySize) {
            if (merge.size() > excess || pulled + mergeCost + f.rawSize() > budget) {
                break;
            }
            merge.add(f);
            mergeCost += f.rawSize();
        }
        if (excess > 0 && merge.size() >= 2) {
            sparse.addAll(merge);
        }
        if (sparse.isEmpty()) {
            return;
        }
        for (DataTable t : tables()) {
            Map<Chunk, Chunk> swaps = new IdentityHashMap<>();
            long bytes = 0;
            for (Chunk c : t.data().snapshot()) {
                if (c.source() instanceof SegmentFile.BlockRef ref && sparse.contains(ref.segment())) {
                    Chunk loaded = c.load();
                    swaps.put(c, loaded);
                    bytes += loaded.residentBytes();
                }
            }
            if (!swaps.isEmpty()) {
                t.data().swap(swaps);
                dirtyBytes.addAndGet(bytes);
                owner.addDirty(bytes);
            }
        }
    }

    /** Total bytes of live segment files. */
    long segmentBytes() {
        long n = 0;
        for (SegmentFile s : segments.values()) {
            n += s.size();
        }
        return n;
    }

    int segmentCount() {
        return segments.size();
    }

    long flushedVersion() {
        return flushedVersion;
    }

    @Override
    public void close() {
        flushLock.lock();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            wal.close();
            segments.values().forEach(SegmentFile::close);
            retired.forEach(SegmentFile::close);
        } finally {
            lock.unlock();
            flushLock.unlock();
        }
    }

    /** Closes and deletes the vgroup's files (its database was dropped). */
    void destroy() {
        close();
        DiskFiles.deleteTree(dir);
    }
}
