package io.taos4j.server.durable;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.CatalogChange;
import io.taos4j.server.catalog.CatalogJournal;
import io.taos4j.server.storage.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable catalog ({@code catalog/}): a snapshot ({@code catalog.snap}, replaced atomically) plus a journal of
 * the changes since ({@code catalog.log}), both in {@link LogFormat} with {@link CatalogRecord} payloads. Every
 * record carries a sequence number; the snapshot's header names the last one it includes, so a journal left behind
 * by a crash between writing a snapshot and resetting the journal replays nothing twice. Every commit is fsynced
 * before the DDL statement returns, whatever the databases' WAL options (DDL is rare, and rows in a vgroup log must
 * never outlive the table they belong to).
 */
final class CatalogStore implements CatalogJournal, AutoCloseable {
    static final long LOG_MAGIC = 0x5441433A4A345454L;  // "TT4J:CAT"
    static final long SNAP_MAGIC = 0x504E533A4A345454L; // "TT4J:SNP"
    private static final int RECORD = 1;
    private static final int END = 2;
    private static final long CHECKPOINT_BYTES = 8L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(CatalogStore.class);

    private final Path dir;
    private final Catalog catalog;
    private final BiConsumer<List<CatalogChange>, List<CatalogRecord>> committed;
    private final ByteSink sink = new ByteSink(1 << 12);
    private FileChannel log;
    private long logBytes;
    private long seq;
    /** Set when a failed commit could not be undone; every later commit fails too. */
    private StorageException failed;

    CatalogStore(Path dir, Catalog catalog, BiConsumer<List<CatalogChange>, List<CatalogRecord>> committed) {
        this.dir = dir;
        this.catalog = catalog;
        this.committed = committed;
    }

    private Path snapFile() {
        return dir.resolve("catalog.snap");
    }

    private Path logFile() {
        return dir.resolve("catalog.log");
    }

    /** Rebuilds the catalog from the snapshot and the journal, then writes a fresh snapshot. */
    void recover() {
        DiskFiles.createDirectories(dir);
        long snapSeq = 0;
        if (Files.exists(snapFile())) {
            byte[] b = DiskFiles.readAll(snapFile());
            snapSeq = LogFormat.checkHeader(b, SNAP_MAGIC, 0, snapFile());
            long[] count = {0, -1};
            int end = LogFormat.scan(b, (version, type, payload) -> {
                if (type == END) {
                    count[1] = payload.i64();
                } else {
                    CatalogReplay.apply(catalog, decode(payload, snapFile()));
                    count[0]++;
                }
            });
            if (end != b.length || count[1] != count[0]) {
                throw new StorageException("corrupt catalog snapshot " + snapFile() + " (CRC mismatch or missing end "
                        + "record); the server does not start on damaged data");
            }
        }
        seq = snapSeq;
        if (Files.exists(logFile())) {
            byte[] b = DiskFiles.readAll(logFile());
            if (b.length >= LogFormat.HEADER) {
                LogFormat.checkHeader(b, LOG_MAGIC, 0, logFile());
                long floor = snapSeq;
                int end = LogFormat.scan(b, (version, type, payload) -> {
                    if (version > floor) {
                        CatalogReplay.apply(catalog, decode(payload, logFile()));
                        seq = version;
                    }
                });
                if (end < b.length) {
                    LOG.warn("dropping the torn tail of catalog journal {}: {} bytes from offset {} (a DDL write cut "
                            + "short by a crash; it was never acknowledged)", logFile(), b.length - end, end);
                }
            } else {
                LOG.warn("catalog journal {} has an incomplete header (torn write at a crash); ignoring it", logFile());
            }
        }
        checkpoint();
    }

    private static CatalogRecord decode(ByteSource payload, Path file) {
        try {
            return CatalogCodec.decode(payload);
        } catch (ByteSource.Corrupt e) {
            throw new StorageException("catalog file " + file + " holds a record that does not decode: "
                    + e.getMessage(), e);
        }
    }

    /** Writes the whole catalog as a new snapshot and starts an empty journal. Caller holds the DDL lock. */
    void checkpoint() {
        ByteSink out = new ByteSink(1 << 16);
        LogFormat.header(out, SNAP_MAGIC, 0, seq);
        List<CatalogRecord> records = CatalogReplay.snapshot(catalog);
        for (CatalogRecord r : records) {
            int at = LogFormat.beginRecord(out, seq, RECORD);
            CatalogCodec.encode(r, out);
            LogFormat.endRecord(out, at);
        }
        int at = LogFormat.beginRecord(out, seq, END);
        out.i64(records.size());
        LogFormat.endRecord(out, at);
        DiskFiles.replaceAtomically(snapFile(), out.array(), out.position());
        closeLog();
        try {
            log = FileChannel.open(logFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            ByteSink h = new ByteSink(LogFormat.HEADER);
            LogFormat.header(h, LOG_MAGIC, 0, seq + 1);
            DiskFiles.writeFully(log, ByteBuffer.wrap(h.array(), 0, h.position()));
            log.force(true);
            logBytes = h.position();
            DiskFiles.syncDirectory(dir);
        } catch (IOException e) {
            throw new StorageException("cannot create catalog journal " + logFile() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void commit(List<CatalogChange> changes) {
        if (failed != null) {
            throw failed;
        }
        List<CatalogRecord> records = new ArrayList<>(changes.size());
        sink.reset();
        for (CatalogChange c : changes) {
            CatalogRecord r = CatalogCodec.of(c);
            records.add(r);
            int at = LogFormat.beginRecord(sink, ++seq, RECORD);
            CatalogCodec.encode(r, sink);
            LogFormat.endRecord(sink, at);
        }
        try {
            DiskFiles.writeFully(log, ByteBuffer.wrap(sink.array(), 0, sink.position()), logBytes);
            log.force(false);
        } catch (IOException e) {
            failed = new StorageException("cannot write catalog journal " + logFile() + ": " + e.getMessage()
                    + "; catalog changes are no longer durable, restart the server", e);
            throw failed;
        }
        logBytes += sink.position();
        committed.accept(changes, records);
        if (logBytes > CHECKPOINT_BYTES) {
            checkpoint();
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                LOG.warn("closing catalog journal {}: {}", logFile(), e.toString());
            }
            log = null;
        }
    }

    @Override
    public void close() {
        closeLog();
    }
}
