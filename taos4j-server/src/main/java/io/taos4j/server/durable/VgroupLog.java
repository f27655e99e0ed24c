package io.taos4j.server.durable;

import io.taos4j.server.storage.StorageException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Read access to one vgroup's write-ahead log, for TMQ: the versioned entries (writes, deletes, DDL meta events)
 * that the log still retains.
 *
 * <p>Offsets: a TMQ offset of a vgroup is a version. {@link #firstVersion()} is the oldest version retained (the
 * {@code begin} of an assignment), {@link #lastVersion()} the newest acknowledged one ({@code end} - 1: the next write
 * gets {@code lastVersion() + 1}). {@link #read(long)} yields every retained entry with version {@code >=} the given
 * one, in order, up to the last version at the moment of the call; entries that retention deleted in the meantime
 * are skipped (so the first entry returned may be later than asked for: compare {@link LogEntry#version()}).
 *
 * <p>Retention follows the database's {@code WAL_RETENTION_PERIOD} (seconds) and {@code WAL_RETENTION_SIZE} (KB):
 * flushed log files are kept while younger than the period or within the size; -1 keeps them forever, 0 and 0
 * deletes them at the first flush that covers them. Thread-safe; iterators are not.
 */
public final class VgroupLog {
    private final Vgroup vgroup;

    VgroupLog(Vgroup vgroup) {
        this.vgroup = vgroup;
    }

    public int vgroupId() {
        return vgroup.id();
    }

    /** The oldest version still retained ({@code lastVersion() + 1} when the log holds nothing). */
    public long firstVersion() {
        return vgroup.wal().firstVersion();
    }

    /** The newest version written (0 before the first write). */
    public long lastVersion() {
        return vgroup.wal().lastVersion();
    }

    /**
     * The retained entries with version {@code >= fromVersion}, oldest first, up to {@link #lastVersion()} as of
     * this call. Files are read one at a time (memory stays within one log file, at most 64 MB).
     *
     * @throws StorageException (from the iterator) when a log file cannot be read
     */
    public Iterator<LogEntry> read(long fromVersion) {
        long until = lastVersion();
        List<Path> files = vgroup.wal().filesFrom(fromVersion);
        return new Iterator<>() {
            private final ArrayDeque<LogEntry> buffered = new ArrayDeque<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (buffered.isEmpty() && next < files.size()) {
                    load(files.get(next++));
                }
                return !buffered.isEmpty();
            }

            @Override
            public LogEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.removeFirst();
            }

            private void load(Path file) {
                byte[] b = Wal.readForReader(file);
                if (b.length < LogFormat.HEADER) {
                    return;
                }
                LogFormat.checkHeader(b, Wal.MAGIC, vgroup.id(), file);
                LogFormat.scan(b, (version, type, payload) -> {
                    if (version >= fromVersion && version <= until) {
                        buffered.add(decode(version, type, payload, file));
                    }
                });
            }
        };
    }

    static LogEntry decode(long version, int type, ByteSource payload, Path file) {
        try {
            return switch (type) {
                case Wal.WRITE -> new LogEntry.Write(version, BatchCodec.decodeWrite(payload));
                case Wal.DELETE -> BatchCodec.decodeDelete(version, payload);
                case Wal.META -> new LogEntry.Meta(version, CatalogCodec.decode(payload));
                case Wal.META_AUTO_CREATE -> new LogEntry.Meta(version, CatalogCodec.decode(payload), true);
                default -> throw new ByteSource.Corrupt("unknown entry type " + type);
            };
        } catch (ByteSource.Corrupt e) {
            throw new StorageException("write-ahead log " + file + ": entry " + version + " does not decode: "
                    + e.getMessage(), e);
        }
    }
}
