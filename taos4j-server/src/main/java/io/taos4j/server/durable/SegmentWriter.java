package io.taos4j.server.durable;

import io.taos4j.server.storage.Chunk;
import io.taos4j.server.storage.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import net.jpountz.lz4.LZ4Compressor;

/** Writes one {@link SegmentFile}: blocks appended one by one, then the index; fsynced before it is opened. */
final class SegmentWriter implements AutoCloseable {
    private final Path path;
    private final int vgroupId;
    private final long id;
    private final FileChannel channel;
    private final ByteSink raw = new ByteSink(1 << 16);
    private final ByteSink index = new ByteSink(1 << 12);
    private final LZ4Compressor compressor = SegmentFile.LZ4.fastCompressor();
    private byte[] compressed = new byte[1 << 16];
    private long offset;
    private int blocks;

    SegmentWriter(Path path, int vgroupId, long id) {
        this.path = path;
        this.vgroupId = vgroupId;
        this.id = id;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            ByteSink h = new ByteSink(SegmentFile.HEADER);
            h.i64(SegmentFile.MAGIC).i32(SegmentFile.FORMAT).i32(vgroupId).i64(id);
            h.i32(LogFormat.crc(h.array(), 0, 24));
            DiskFiles.writeFully(channel, ByteBuffer.wrap(h.array(), 0, h.position()));
            offset = SegmentFile.HEADER;
        } catch (IOException e) {
            throw new StorageException("cannot create segment file " + path + ": " + e.getMessage(), e);
        }
        index.i32(0);
    }

    /** Appends a block holding {@code chunk}'s rows of table {@code uid}; returns its index in the file. */
    int add(long uid, Chunk chunk) {
        Chunk c = chunk.load();
        int rows = c.size();
        int[] ids = c.columnIds();
        index.i64(uid).i64(c.minTs()).i64(c.maxTs()).i32(rows).i32(ids.length);
        for (int i = 0; i < ids.length; i++) {
            raw.reset();
            VectorCodec.encode(c.column(i), 0, rows, i == 0, raw);
            int max = compressor.maxCompressedLength(raw.position());
            if (compressed.length < max) {
                compressed = new byte[max];
            }
            int stored = compressor.compress(raw.array(), 0, raw.position(), compressed, 0, max);
            try {
                DiskFiles.writeFully(channel, ByteBuffer.wrap(compressed, 0, stored));
            } catch (IOException e) {
                throw new StorageException("cannot write segment file " + path + ": " + e.getMessage(), e);
            }
            index.i32(ids[i]).u8(c.column(i).type().code()).i64(offset).i32(stored).i32(raw.position())
                    .i32(LogFormat.crc(compressed, 0, stored));
            offset += stored;
        }
        return blocks++;
    }

    int blocks() {
        return blocks;
    }

    /** Writes the index, fsyncs the file and opens it for reading. */
    SegmentFile finish(BlockCache cache) {
        index.i32At(0, blocks);
        ByteSink trailer = new ByteSink(SegmentFile.TRAILER);
        trailer.i64(offset).i32(index.position()).i32(LogFormat.crc(index.array(), 0, index.position()))
                .i64(SegmentFile.MAGIC);
        try {
            DiskFiles.writeFully(channel, ByteBuffer.wrap(index.array(), 0, index.position()));
            DiskFiles.writeFully(channel, ByteBuffer.wrap(trailer.array(), 0, trailer.position()));
            channel.force(true);
            channel.close();
        } catch (IOException e) {
            throw new StorageException("cannot write segment file " + path + ": " + e.getMessage(), e);
        }
        return SegmentFile.open(path, vgroupId, id, cache, false);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // abandoned segment: deleted as garbage at the next start
        }
    }
}
