package io.taos4j.server.durable;

import io.taos4j.server.storage.StorageException;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The record framing shared by the vgroup write-ahead logs and the catalog journal.
 *
 * <pre>
 * file   = header record*
 * header = magic:i64 format:i32 id:i32 firstVersion:i64 crc:i32            (28 bytes, crc over the first 24)
 * record = length:i32 crc:i32 body                                         (crc = CRC-32C of body)
 * body   = version:i64 type:u8 payload                                     (length = 9 + payload bytes)
 * </pre>
 *
 * All integers little-endian. A record whose length runs past the end of the file or whose CRC does not match ends
 * the readable log: at the end of the newest file it is a torn write (dropped with a warning); elsewhere it is
 * corruption.
 */
final class LogFormat {
    static final int FORMAT = 1;
    static final int HEADER = 28;
    static final int FRAME = 8;
    static final int MAX_RECORD = 1 << 30;

    private LogFormat() {
    }

    static void header(ByteSink out, long magic, int id, long firstVersion) {
        int at = out.position();
        out.i64(magic).i32(FORMAT).i32(id).i64(firstVersion);
        out.i32(crc(out.array(), at, 24));
    }

    /** Checks a header; returns its first version. */
    static long checkHeader(byte[] b, long magic, int id, Path file) {
        if (b.length < HEADER) {
            throw new StorageException("log file " + file + " is shorter than its header (" + b.length + " bytes)");
        }
        ByteSource in = new ByteSource(b, 0, HEADER);
        long m = in.i64();
        int format = in.i32();
        int fileId = in.i32();
        long first = in.i64();
        int crc = in.i32();
        if (m != magic || crc != crc(b, 0, 24)) {
            throw new StorageException("log file " + file + " has a bad header (wrong magic number or CRC mismatch)");
        }
        if (format != FORMAT) {
            throw new StorageException("log file " + file + " has format version " + format + "; this server reads "
                    + FORMAT);
        }
        if (fileId != id) {
            throw new StorageException("log file " + file + " belongs to " + fileId + ", not " + id);
        }
        return first;
    }

    /** Starts a record; returns the position to pass to {@link #endRecord}. */
    static int beginRecord(ByteSink out, long version, int type) {
        int at = out.skip(FRAME);
        out.i64(version).u8(type);
        return at;
    }

    static void endRecord(ByteSink out, int at) {
        int length = out.position() - at - FRAME;
        out.i32At(at, length);
        out.i32At(at + 4, crc(out.array(), at + FRAME, length));
    }

    static int crc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    /** Receives the records of a file in order. */
    interface RecordHandler {
        void record(long version, int type, ByteSource payload);
    }

    /**
     * Reads the records of a file's bytes from the header on.
     *
     * @return the offset just past the last whole, valid record ({@code b.length} when the file is clean)
     */
    static int scan(byte[] b, RecordHandler handler) {
        int pos = HEADER;
        while (pos < b.length) {
            if (b.length - pos < FRAME) {
                return pos;
            }
            ByteSource frame = new ByteSource(b, pos, pos + FRAME);
            int length = frame.i32();
            int crc = frame.i32();
            if (length < 9 || length > MAX_RECORD || length > b.length - pos - FRAME
                    || crc != crc(b, pos + FRAME, length)) {
                return pos;
            }
            ByteSource body = new ByteSource(b, pos + FRAME, pos + FRAME + length);
            long version = body.i64();
            int type = body.u8();
            if (handler != null) {
                handler.record(version, type, body);
            }
            pos += FRAME + length;
        }
        return pos;
    }
}
