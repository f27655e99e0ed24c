package io.taos4j.server.durable;

import io.taos4j.server.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The commit point of a vgroup's flushes: which segments are live, which of their blocks hold each table's rows (in
 * timestamp order), and the log version those blocks contain everything up to. Replaced atomically (temporary file,
 * fsync, rename, directory fsync) after the segments it names are on disk.
 *
 * <pre>
 * MANIFEST = magic:i64 format:i32 vgroup:i32 flushedVersion:i64 nextSegment:i64
 *            segments:i32 (id:i64)* tables:i32 (uid:i64 blocks:i32 (segment:i32 block:i32)*)* crc:i32
 * </pre>
 *
 * @param flushedVersion every log entry up to this version is in the segments
 * @param nextSegment    the id the next segment gets
 * @param segments       live segment ids
 * @param tables         per table uid: its blocks as {@code (index into segments) << 32 | block index}
 */
record Manifest(long flushedVersion, long nextSegment, long[] segments, Map<Long, long[]> tables) {
    static final long MAGIC = 0x4E414D3A4A345454L; // "TT4J:MAN"
    static final String NAME = "MANIFEST";

    static Manifest empty() {
        return new Manifest(0, 1, new long[0], Map.of());
    }

    /** Reads a vgroup's manifest; an empty one when there is none yet. */
    static Manifest read(Path dir, int vgroupId) {
        Path file = dir.resolve(NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        byte[] b = DiskFiles.readAll(file);
        try {
            if (b.length < 4 || LogFormat.crc(b, 0, b.length - 4) != new ByteSource(b, b.length - 4, b.length).i32()) {
                throw new StorageException("corrupt manifest " + file + ": CRC mismatch; the server does not start on "
                        + "damaged data");
            }
            ByteSource in = new ByteSource(b, 0, b.length - 4);
            if (in.i64() != MAGIC || in.i32() != 1 || in.i32() != vgroupId) {
                throw new StorageException("corrupt manifest " + file + ": wrong magic number, format or vgroup");
            }
            long flushed = in.i64();
            long next = in.i64();
            long[] segments = new long[in.count(1 << 24)];
            for (int i = 0; i < segments.length; i++) {
                segments[i] = in.i64();
            }
            int n = in.count(1 << 28);
            Map<Long, long[]> tables = new LinkedHashMap<>();
            for (int t = 0; t < n; t++) {
                long uid = in.i64();
                long[] refs = new long[in.count(1 << 28)];
                for (int i = 0; i < refs.length; i++) {
                    int seg = in.i32();
                    int block = in.i32();
                    if (seg < 0 || seg >= segments.length || block < 0) {
                        throw new StorageException("corrupt manifest " + file + ": bad block reference");
                    }
                    refs[i] = ((long) seg << 32) | block;
                }
                tables.put(uid, refs);
            }
            return new Manifest(flushed, next, segments, tables);
        } catch (ByteSource.Corrupt e) {
            throw new StorageException("corrupt manifest " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Path dir, int vgroupId) {
        ByteSink out = new ByteSink(64 + segments.length * 8 + tables.size() * 24);
        out.i64(MAGIC).i32(1).i32(vgroupId).i64(flushedVersion).i64(nextSegment).i32(segments.length);
        for (long s : segments) {
            out.i64(s);
        }
        out.i32(tables.size());
        for (Map.Entry<Long, long[]> e : tables.entrySet()) {
            out.i64(e.getKey()).i32(e.getValue().length);
            for (long r : e.getValue()) {
                out.i32((int) (r >>> 32)).i32((int) r);
            }
        }
        out.i32(LogFormat.crc(out.array(), 0, out.position()));
        DiskFiles.replaceAtomically(dir.resolve(NAME), out.array(), out.position());
    }
}
