package io.taos4j.server.durable;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.CatalogChange;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.storage.Storage;
import io.taos4j.server.storage.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage in a data directory: rows survive restarts and crashes.
 *
 * <pre>
 * DIR/LOCK                          held while a server uses the directory
 * DIR/catalog/catalog.snap|.log     the catalog (CatalogStore)
 * DIR/vnode/VG/wal/V.wal            the write-ahead log of vgroup VG (Wal), V = first version in the file
 * DIR/vnode/VG/NNNNNNNNNN.seg       immutable columnar segments (SegmentFile)
 * DIR/vnode/VG/MANIFEST             live segments and blocks per table, and the version they cover (Manifest)
 * </pre>
 *
 * <p>Opening recovers: the catalog from its snapshot and journal, then every vgroup from its manifest and segments
 * plus the log entries after the manifest's version. A torn log tail is dropped with a warning; a damaged segment,
 * manifest or catalog snapshot stops the start with an error naming the file.
 *
 * <p>Memory stays bounded: writes count against a memtable budget; past it the vgroups are flushed in the background,
 * and writers wait when twice the budget is outstanding. Segment blocks are read through a block cache of bounded
 * size. Thread-safe.
 */
public final class DurableStorage implements Storage {
    private static final Logger LOG = LoggerFactory.getLogger(DurableStorage.class);

    /**
     * Tuning.
     *
     * @param memtableBytes  memtable budget: unflushed bytes that trigger a flush (default 32 MB; it also bounds the
     *                       log replayed at a restart after a crash)
     * @param blockCacheBytes bound of the decoded-block cache (default 64 MB)
     */
    public record Options(long memtableBytes, long blockCacheBytes) {
        public static Options defaults() {
            return new Options(32L << 20, 64L << 20);
        }
    }

    private final Path dir;
    private final Catalog catalog;
    private final Options options;
    private final BlockCache cache;
    private final Map<Integer, Vgroup> vgroups = new ConcurrentHashMap<>();
    private final AtomicLong dirty = new AtomicLong();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final Object flushed = new Object();
    private final ScheduledExecutorService background;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private CatalogStore journal;
    private volatile boolean closed;
    private volatile RuntimeException backgroundFailure;
    private long lastKeepCheck;

    private DurableStorage(Path dir, Catalog catalog, Options options, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.catalog = catalog;
        this.options = options;
        this.cache = new BlockCache(options.blockCacheBytes());
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taos4j-storage " + dir.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens (creating if needed) a data directory, recovers {@code catalog} (which must be fresh) and its rows, and
     * attaches itself to the catalog as its storage and journal.
     *
     * @throws StorageException when the directory is in use, unreadable or damaged
     */
    public static DurableStorage open(Path dir, Catalog catalog, Options options) {
        Path root = dir.toAbsolutePath().normalize();
        DiskFiles.createDirectories(root);
        FileChannel ch;
        FileLock lock;
        try {
            ch = FileChannel.open(root.resolve("LOCK"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = ch.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            throw new StorageException("data directory " + root + " is in use by another server", e);
        }
        if (lock == null) {
            throw new StorageException("data directory " + root + " is in use by another server process");
        }
        DurableStorage s = new DurableStorage(root, catalog, options, ch, lock);
        try {
            s.recover();
        } catch (RuntimeException e) {
            s.release();
            throw e;
        }
        return s;
    }

    private void recover() {
        long started = System.nanoTime();
        journal = new CatalogStore(dir.resolve("catalog"), catalog, this::committed);
        journal.recover();
        long catalogDone = System.nanoTime();
        Map<Long, DataTable> tables = CatalogReplay.dataTables(catalog);
        List<Integer> live = new ArrayList<>();
        List<java.util.concurrent.Callable<Vgroup>> opens = new ArrayList<>();
        for (Database db : catalog.databases()) {
            for (int id : db.vgroupIds()) {
                live.add(id);
                opens.add(() -> Vgroup.open(this, db, id, vnodeDir(id), tables));
            }
        }
        // vgroups hold disjoint tables: check their segments and replay their logs in parallel
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(opens.size(), Runtime.getRuntime().availableProcessors())));
        try {
            RuntimeException failure = null;
            for (Future<Vgroup> f : pool.invokeAll(opens)) {
                try {
                    Vgroup vg = f.get();
                    vgroups.put(vg.id(), vg);
                    dirty.addAndGet(vg.dirtyBytes());
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                            : new StorageException("cannot open a vgroup in " + dir, e.getCause());
                    if (failure == null) {
                        failure = cause;
                    }
                }
            }
            if (failure != null) {
                vgroups.values().forEach(Vgroup::close);
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while opening " + dir, e);
        } finally {
            pool.shutdown();
        }
        removeOrphanVgroups(live);
        catalog.setStorage(this);
        catalog.setJournal(journal);
        long rows = tables.values().stream().mapToLong(t -> t.data().rowCount()).sum();
        LOG.info("opened data directory {}: {} databases, {} tables, {} rows in {} ms (catalog {} ms)", dir,
                catalog.databases().size(), tables.size(), rows, (System.nanoTime() - started) / 1_000_000,
                (catalogDone - started) / 1_000_000);
        enforceKeep(System.currentTimeMillis());
        background.scheduleWithFixedDelay(this::tick, 50, 50, TimeUnit.MILLISECONDS);
        if (dirty.get() > options.memtableBytes()) {
            requestFlush();
        }
    }

    private Path vnodeDir(int id) {
        return dir.resolve("vnode").resolve(Integer.toString(id));
    }

    /** Deletes vgroup directories whose database was dropped (a crash between the drop and the deletion). */
    private void removeOrphanVgroups(List<Integer> live) {
        Path vnodes = dir.resolve("vnode");
        if (!java.nio.file.Files.isDirectory(vnodes)) {
            return;
        }
        try (var s = java.nio.file.Files.list(vnodes)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("\\d+") && !live.contains(Integer.parseInt(n))) {
                    DiskFiles.deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot list " + vnodes + ": " + e.getMessage(), e);
        }
    }

    /** After a catalog commit (under the DDL lock): vgroups come and go with databases; DDL goes to the logs. */
    private void committed(List<CatalogChange> changes, List<CatalogRecord> records) {
        for (int i = 0; i < changes.size(); i++) {
            CatalogChange c = changes.get(i);
            CatalogRecord r = records.get(i);
            if (c instanceof CatalogChange.DatabaseSaved d) {
                for (int id : d.database().vgroupIds()) {
                    vgroups.computeIfAbsent(id, k -> Vgroup.open(this, d.database(), k, vnodeDir(k), Map.of()));
                }
            } else if (c instanceof CatalogChange.DatabaseDropped d) {
                for (int id : d.database().vgroupIds()) {
                    Vgroup vg = vgroups.remove(id);
                    if (vg != null) {
                        dirty.addAndGet(-vg.dirtyBytes());
                        vg.destroy();
                    }
                }
            } else if (c instanceof CatalogChange.TableSaved t) {
                meta(t.table(), r, t.autoCreated());
            } else if (c instanceof CatalogChange.TableDropped t) {
                meta(t.table(), r, false);
            }
        }
    }

    private void meta(TableEntry t, CatalogRecord r, boolean autoCreated) {
        if (t instanceof SuperTable) {
            for (int id : t.database().vgroupIds()) {
                Vgroup vg = vgroups.get(id);
                if (vg != null) {
                    vg.meta(r, autoCreated);
                }
            }
        } else {
            Vgroup vg = vgroups.get(t.vgroupId());
            if (vg != null) {
                vg.meta(r, autoCreated);
            }
        }
    }

    BlockCache cache() {
        return cache;
    }

    long memtableBudget() {
        return options.memtableBytes();
    }

    /** An open vgroup, or null (for tests). */
    Vgroup vgroupById(int id) {
        return vgroups.get(id);
    }

    void addDirty(long bytes) {
        if (dirty.addAndGet(bytes) > options.memtableBytes()) {
            requestFlush();
        }
    }

    private Vgroup vgroup(DataTable table) {
        Vgroup vg = vgroups.get(table.vgroupId());
        if (vg == null) {
            throw new StorageException("vgroup " + table.vgroupId() + " of table " + table.name()
                    + " is not open (its database was dropped)");
        }
        return vg;
    }

    @Override
    public long write(List<TableWrite> writes) {
        checkHealthy();
        Map<Vgroup, List<TableWrite>> byVgroup = new LinkedHashMap<>();
        for (TableWrite w : writes) {
            byVgroup.computeIfAbsent(vgroup(w.table()), k -> new ArrayList<>()).add(w);
        }
        long affected = 0;
        long[] versions = new long[byVgroup.size()];
        int i = 0;
        for (Map.Entry<Vgroup, List<TableWrite>> e : byVgroup.entrySet()) {
            long[] r = e.getKey().write(e.getValue());
            versions[i++] = r[0];
            affected += r[1];
        }
        i = 0;
        for (Vgroup vg : byVgroup.keySet()) {
            vg.awaitDurable(versions[i++]);
        }
        throttle();
        return affected;
    }

    @Override
    public long delete(DataTable table, long from, long to) {
        checkHealthy();
        Vgroup vg = vgroup(table);
        long[] r = vg.delete(table, from, to);
        vg.awaitDurable(r[0]);
        return r[1];
    }

    /** The data directory. */
    public Path dir() {
        return dir;
    }

    @Override
    public boolean durable() {
        return true;
    }

    private void checkHealthy() {
        if (closed) {
            throw new StorageException("storage of " + dir + " is closed");
        }
        RuntimeException f = backgroundFailure;
        if (f != null) {
            throw new StorageException("storage of " + dir + " failed in the background: " + f.getMessage(), f);
        }
    }

    /** Backpressure: a writer waits while more than twice the memtable budget is unflushed. */
    private void throttle() {
        if (dirty.get() <= 2 * options.memtableBytes()) {
            return;
        }
        requestFlush();
        synchronized (flushed) {
            while (dirty.get() > 2 * options.memtableBytes() && !closed && backgroundFailure == null) {
                try {
                    flushed.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void requestFlush() {
        if (!closed && flushQueued.compareAndSet(false, true)) {
            background.execute(() -> {
                flushQueued.set(false);
                flushAll();
            });
        }
    }

    /** Flushes every vgroup's memtables to segments ({@code FLUSH DATABASE}). */
    @Override
    public void flush() {
        flushAll();
    }

    private void flushAll() {
        try {
            for (Vgroup vg : vgroups.values()) {
                vg.flush();
            }
        } catch (RuntimeException e) {
            LOG.error("flush failed in {}: {}", dir, e.toString(), e);
            backgroundFailure = e;
        } finally {
            synchronized (flushed) {
                flushed.notifyAll();
            }
        }
    }

    private void tick() {
        try {
            for (Vgroup vg : vgroups.values()) {
                vg.tick();
            }
            long now = System.currentTimeMillis();
            if (now - lastKeepCheck > 60_000) {
                enforceKeep(now);
            }
        } catch (RuntimeException e) {
            LOG.error("background work failed in {}: {}", dir, e.toString(), e);
        }
    }

    /**
     * KEEP: deletes (through the log, so durably) the rows older than {@code now - KEEP} of every table.
     *
     * @return rows deleted
     */
    public long enforceKeep(long nowMillis) {
        lastKeepCheck = nowMillis;
        long deleted = 0;
        for (Database db : catalog.databases()) {
            long cutoff = db.precision().convert(nowMillis, io.taos4j.protocol.Precision.MILLISECONDS)
                    - db.precision().convert(db.options().keepMinutes() * 60_000L,
                    io.taos4j.protocol.Precision.MILLISECONDS);
            for (TableEntry t : db.tables()) {
                if (t instanceof DataTable d) {
                    var chunks = d.data().snapshot();
                    if (chunks.length > 0 && chunks[0].minTs() < cutoff) {
                        deleted += delete(d, Long.MIN_VALUE, cutoff - 1);
                    }
                }
            }
        }
        return deleted;
    }

    /** The write-ahead log of a vgroup, for TMQ; null when no such vgroup is open. */
    public VgroupLog log(int vgroupId) {
        Vgroup vg = vgroups.get(vgroupId);
        return vg == null ? null : new VgroupLog(vg);
    }

    /** Disk use and state, for benchmarks and diagnostics. */
    public record Stats(int vgroups, int segments, long segmentBytes, long walBytes, long unflushedBytes,
                        long cacheBytes) {
    }

    public Stats stats() {
        int segments = 0;
        long segBytes = 0;
        for (Vgroup vg : vgroups.values()) {
            segments += vg.segmentCount();
            segBytes += vg.segmentBytes();
        }
        long walBytes;
        try (var s = java.nio.file.Files.walk(dir.resolve("vnode"))) {
            walBytes = s.filter(p -> p.toString().endsWith(".wal")).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            walBytes = -1;
        }
        return new Stats(vgroups.size(), segments, segBytes, walBytes, dirty.get(), cache.usedBytes());
    }

    /** Flushes, writes a catalog snapshot and closes every file; the directory can then be opened again. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        background.shutdown();
        try {
            background.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        try {
            if (backgroundFailure == null) {
                for (Vgroup vg : vgroups.values()) {
                    vg.flush();
                }
                catalog.ddl(() -> {
                    journal.checkpoint();
                    return null;
                });
            }
        } finally {
            catalog.setJournal(null);
            for (Vgroup vg : vgroups.values()) {
                vg.close();
            }
            journal.close();
            release();
            synchronized (flushed) {
                flushed.notifyAll();
            }
        }
    }

    private void release() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("releasing the lock of {}: {}", dir, e.toString());
        }
    }

    /**
     * Stops without flushing or checkpointing, as a crash would (files are closed, the lock released): what is not
     * in the logs is lost. For recovery tests in one JVM; the crash tests kill a real process.
     */
    void abandon() {
        closed = true;
        background.shutdownNow();
        catalog.setJournal(null);
        for (Vgroup vg : vgroups.values()) {
            vg.close();
        }
        journal.close();
        release();
    }
}
