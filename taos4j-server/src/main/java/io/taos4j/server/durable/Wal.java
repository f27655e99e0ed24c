package io.taos4j.server.durable;

import io.taos4j.server.storage.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-ahead log of one vgroup: files {@code wal/<firstVersion>.wal} in {@link LogFormat}, one record per
 * entry, versions increasing by one. Appends are serialized by the caller (the vgroup's write lock); {@link #sync}
 * may be called from any thread and fsyncs once for every writer waiting (group commit).
 */
final class Wal implements AutoCloseable {
    static final long MAGIC = 0x4C41573A4A345454L; // "TT4J:WAL"
    static final int WRITE = 1;
    static final int DELETE = 2;
    static final int META = 3;
    /** As {@link #META}, for a child table a write request auto-created (files before it simply never hold it). */
    static final int META_AUTO_CREATE = 4;
    private static final long ROLL_BYTES = 64L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(Wal.class);

    private final Path dir;
    private final int vgroupId;
    /** First version of each file; guarded by {@code this}. */
    private final TreeMap<Long, Path> files = new TreeMap<>();
    private final Object syncLock = new Object();
    private final ByteSink sink = new ByteSink(1 << 16);
    private FileChannel active;
    private long activeBytes;
    private volatile long lastVersion;
    private volatile long syncedVersion;
    private volatile long firstUnsyncedNanos;
    /** Set when a failed append could not be undone: later appends would follow a damaged record. */
    private volatile StorageException failed;

    private Wal(Path dir, int vgroupId) {
        this.dir = dir;
        this.vgroupId = vgroupId;
    }

    /** Receives replayed entries. */
    interface Replay {
        void entry(long version, int type, ByteSource payload);
    }

    /**
     * Opens the log: replays the entries after {@code flushedVersion} in order, drops a torn tail of the newest file
     * (with a warning), and starts a new file for appends.
     *
     * @throws StorageException when a file other than the newest is damaged
     */
    static Wal open(Path dir, int vgroupId, long flushedVersion, Replay replay) {
        DiskFiles.createDirectories(dir);
        Wal wal = new Wal(dir, vgroupId);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".wal")) {
                    wal.files.put(Long.parseLong(n.substring(0, n.length() - 4)), p);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new StorageException("cannot list write-ahead log " + dir + ": " + e.getMessage(), e);
        }
        long last = flushedVersion;
        List<Map.Entry<Long, Path>> entries = new ArrayList<>(wal.files.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            Path file = entries.get(i).getValue();
            boolean newest = i == entries.size() - 1;
            byte[] b = DiskFiles.readAll(file);
            if (newest && (b.length < LogFormat.HEADER || !validHeader(b, vgroupId))) {
                LOG.warn("dropping write-ahead log file {}: its header is incomplete (torn write at a crash)", file);
                DiskFiles.delete(file);
                wal.files.remove(entries.get(i).getKey());
                continue;
            }
            long first = LogFormat.checkHeader(b, MAGIC, vgroupId, file);
            long[] expect = {first};
            long floor = last;
            int end = LogFormat.scan(b, (version, type, payload) -> {
                if (version != expect[0]) {
                    throw new StorageException("write-ahead log " + file + " holds version " + version
                            + " where " + expect[0] + " was expected");
                }
                expect[0]++;
                if (version > floor) {
                    replay.entry(version, type, payload);
                }
            });
            last = Math.max(last, expect[0] - 1);
            if (end < b.length) {
                if (!newest) {
                    throw new StorageException("write-ahead log " + file + " is damaged at offset " + end
                            + " (CRC mismatch or truncated record) and is not the newest log file");
                }
                LOG.warn("dropping the torn tail of write-ahead log {}: {} bytes from offset {} (a write cut short "
                        + "by a crash; it was never acknowledged)", file, b.length - end, end);
                truncate(file, end);
            }
        }
        wal.lastVersion = last;
        wal.syncedVersion = last;
        wal.startFile(last + 1);
        return wal;
    }

    private static boolean validHeader(byte[] b, int vgroupId) {
        try {
            LogFormat.checkHeader(b, MAGIC, vgroupId, Path.of("."));
            return true;
        } catch (StorageException e) {
            return false;
        }
    }

    private static void truncate(Path file, long size) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
            ch.force(true);
        } catch (IOException e) {
            throw new StorageException("cannot truncate " + file + ": " + e.getMessage(), e);
        }
    }

    private void startFile(long firstVersion) {
        Path file = dir.resolve(String.format("%020d.wal", firstVersion));
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            ByteSink h = new ByteSink(LogFormat.HEADER);
            LogFormat.header(h, MAGIC, vgroupId, firstVersion);
            DiskFiles.writeFully(ch, ByteBuffer.wrap(h.array(), 0, h.position()));
            ch.force(true);
            DiskFiles.syncDirectory(dir);
            synchronized (this) {
                files.put(firstVersion, file);
            }
            active = ch;
            activeBytes = LogFormat.HEADER;
        } catch (IOException e) {
            throw new StorageException("cannot create write-ahead log file " + file + ": " + e.getMessage(), e);
        }
    }

    long lastVersion() {
        return lastVersion;
    }

    /** The newest version known to be on disk (fsynced). */
    long syncedVersion() {
        return syncedVersion;
    }

    /** The oldest version still on disk (lastVersion + 1 when none is). */
    synchronized long firstVersion() {
        return files.isEmpty() ? lastVersion + 1 : files.firstKey();
    }

    /** The encoder for the next entry's payload; caller holds the vgroup write lock. */
    ByteSink begin(int type) {
        sink.reset();
        LogFormat.beginRecord(sink, lastVersion + 1, type);
        return sink;
    }

    /** Writes the entry begun with {@link #begin}; returns its version. Caller holds the vgroup write lock. */
    long commit() {
        if (failed != null) {
            throw failed;
        }
        LogFormat.endRecord(sink, 0);
        long version = lastVersion + 1;
        try {
            DiskFiles.writeFully(active, ByteBuffer.wrap(sink.array(), 0, sink.position()), activeBytes);
        } catch (IOException e) {
            StorageException error = new StorageException("cannot append to the write-ahead log of vgroup "
                    + vgroupId + " in " + dir + ": " + e.getMessage(), e);
            try {
                active.truncate(activeBytes); // undo a partial record so later entries stay readable
            } catch (IOException again) {
                failed = error;
            }
            throw error;
        }
        activeBytes += sink.position();
        if (syncedVersion == lastVersion) {
            firstUnsyncedNanos = System.nanoTime();
        }
        lastVersion = version;
        if (activeBytes > ROLL_BYTES) {
            roll();
        }
        return version;
    }

    /** Bytes of the last committed entry (for memory accounting). */
    int lastEntryBytes() {
        return sink.position();
    }

    /** Ends the current file and starts the next; caller holds the vgroup write lock. */
    void roll() {
        synchronized (syncLock) {
            forceActive();
            try {
                active.close();
            } catch (IOException e) {
                throw new StorageException("cannot close write-ahead log of vgroup " + vgroupId, e);
            }
            startFile(lastVersion + 1);
        }
    }

    /** Makes every entry up to {@code version} durable, sharing one fsync among concurrent callers. */
    void sync(long version) {
        if (syncedVersion >= version) {
            return;
        }
        synchronized (syncLock) {
            if (syncedVersion >= version) {
                return;
            }
            forceActive();
        }
    }

    /** Fsyncs when entries have waited at least {@code periodMillis} (WAL_FSYNC_PERIOD). */
    void syncIfOlderThan(long periodMillis) {
        if (syncedVersion < lastVersion && System.nanoTime() - firstUnsyncedNanos >= periodMillis * 1_000_000L) {
            sync(lastVersion);
        }
    }

    private void forceActive() {
        long target = lastVersion;
        try {
            active.force(false);
        } catch (IOException e) {
            throw new StorageException("cannot fsync the write-ahead log of vgroup " + vgroupId + " in " + dir
                    + ": " + e.getMessage(), e);
        }
        syncedVersion = Math.max(syncedVersion, target);
    }

    /**
     * Deletes files holding only versions up to {@code flushedVersion} that retention no longer asks for: kept while
     * younger than {@code retentionSeconds} or within the newest {@code retentionKb} KB; -1 in either keeps all.
     */
    void truncate(long flushedVersion, long retentionSeconds, long retentionKb) {
        if (retentionSeconds < 0 || retentionKb < 0) {
            return;
        }
        List<Path> victims = new ArrayList<>();
        synchronized (this) {
            List<Map.Entry<Long, Path>> list = new ArrayList<>(files.entrySet());
            long keptBytes = 0;
            long now = System.currentTimeMillis();
            for (int i = list.size() - 2; i >= 0; i--) { // never the active (newest) file
                long lastInFile = list.get(i + 1).getKey() - 1;
                if (lastInFile > flushedVersion) {
                    continue;
                }
                Path p = list.get(i).getValue();
                long size;
                long age;
                try {
                    size = Files.size(p);
                    age = now - Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    continue;
                }
                keptBytes += size;
                boolean keep = age < retentionSeconds * 1000 || keptBytes <= retentionKb * 1024;
                if (!keep) {
                    victims.add(p);
                    files.remove(list.get(i).getKey());
                }
            }
        }
        for (Path p : victims) {
            DiskFiles.delete(p);
        }
        if (!victims.isEmpty()) {
            DiskFiles.syncDirectory(dir);
        }
    }

    /** The files that may hold versions {@code >= fromVersion}, oldest first. */
    synchronized List<Path> filesFrom(long fromVersion) {
        Long floor = files.floorKey(fromVersion);
        return new ArrayList<>((floor == null ? files : files.tailMap(floor, true)).values());
    }

    /** Reads a file for the log reader; a file deleted meanwhile reads as empty. */
    static byte[] readForReader(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (syncLock) {
            try {
                if (active.isOpen()) {
                    active.force(false);
                    active.close();
                }
            } catch (IOException e) {
                throw new StorageException("cannot close write-ahead log of vgroup " + vgroupId, e);
            }
        }
    }
}
