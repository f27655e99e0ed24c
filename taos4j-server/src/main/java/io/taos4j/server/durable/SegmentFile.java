package io.taos4j.server.durable;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.storage.Chunk;
import io.taos4j.server.storage.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * An immutable columnar segment file: blocks of rows (one table each, sorted by timestamp), each column of a block
 * LZ4-compressed and CRC-protected on its own (a scan reads only the columns it needs), followed by an index.
 *
 * <pre>
 * file    = header column* index trailer
 * header  = magic:i64 format:i32 vgroup:i32 segment:i64 crc:i32                        (28 bytes)
 * column  = LZ4(VectorCodec encoding)                    (timestamps as deltas)
 * index   = count:i32 entry*
 * entry   = uid:i64 minTs:i64 maxTs:i64 rows:i32 ncols:i32 (id:i32 type:u8 offset:i64 stored:i32 raw:i32 crc:i32)*
 * trailer = indexOffset:i64 indexLength:i32 indexCrc:i32 magic:i64                      (24 bytes)
 * </pre>
 *
 * Column CRCs (CRC-32C of the stored bytes) are checked when the file is opened and on every read: a mismatch is a
 * {@link StorageException} naming the file, never silently wrong rows. Thread-safe (positional reads).
 */
final class SegmentFile implements AutoCloseable {
    static final long MAGIC = 0x4745533A4A345454L; // "TT4J:SEG"
    static final int FORMAT = 1;
    static final int HEADER = 28;
    static final int TRAILER = 24;
    static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();

    /** One block of one segment: the {@link Chunk.BlockSource} of on-disk chunks. */
    record BlockRef(SegmentFile segment, int index) implements Chunk.BlockSource {
        @Override
        public Chunk load() {
            Block b = segment.blocks[index];
            ColumnVector[] cols = new ColumnVector[b.ids().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = column(c);
            }
            return Chunk.resident(b.ids(), cols, b.rows());
        }

        @Override
        public ColumnVector column(int column) {
            return segment.cache.get(this, column);
        }
    }

    /** Index entry of a block: per column its id, type and where its compressed bytes are. */
    record Block(long uid, long minTs, long maxTs, int rows, int[] ids, TaosType[] types, long[] offsets,
                 int[] stored, int[] raw, int[] crcs) {
    }

    private final Path path;
    private final long id;
    private final FileChannel channel;
    private final Block[] blocks;
    private final BlockCache cache;
    private final long size;

    private SegmentFile(Path path, long id, FileChannel channel, Block[] blocks, BlockCache cache, long size) {
        this.path = path;
        this.id = id;
        this.channel = channel;
        this.blocks = blocks;
        this.cache = cache;
        this.size = size;
    }

    /**
     * Opens a segment and checks its header, index and (when {@code verify}) every block's CRC.
     *
     * @throws StorageException naming the file when anything does not match
     */
    static SegmentFile open(Path path, int vgroupId, long id, BlockCache cache, boolean verify) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
            long size = ch.size();
            if (size < HEADER + TRAILER + 4) {
                throw corrupt(path, "too short (" + size + " bytes)");
            }
            ByteBuffer head = ByteBuffer.allocate(HEADER);
            DiskFiles.readFully(ch, head, 0, path);
            ByteSource h = new ByteSource(head.array());
            if (h.i64() != MAGIC || h.i32() != FORMAT || h.i32() != vgroupId || h.i64() != id
                    || h.i32() != LogFormat.crc(head.array(), 0, 24)) {
                throw corrupt(path, "bad header (magic number, format, vgroup, segment id or CRC)");
            }
            ByteBuffer tail = ByteBuffer.allocate(TRAILER);
            DiskFiles.readFully(ch, tail, size - TRAILER, path);
            ByteSource t = new ByteSource(tail.array());
            long indexOffset = t.i64();
            int indexLength = t.i32();
            int indexCrc = t.i32();
            if (t.i64() != MAGIC || indexOffset < HEADER || indexLength < 4
                    || indexOffset + indexLength != size - TRAILER) {
                throw corrupt(path, "bad trailer (the file is incomplete or overwritten)");
            }
            ByteBuffer index = ByteBuffer.allocate(indexLength);
            DiskFiles.readFully(ch, index, indexOffset, path);
            if (LogFormat.crc(index.array(), 0, indexLength) != indexCrc) {
                throw corrupt(path, "CRC mismatch in the block index");
            }
            Block[] blocks = readIndex(new ByteSource(index.array()), indexOffset, path);
            SegmentFile seg = new SegmentFile(path, id, ch, blocks, cache, size);
            if (verify) {
                byte[] scratch = new byte[0];
                for (int i = 0; i < blocks.length; i++) {
                    for (int c = 0; c < blocks[i].ids().length; c++) {
                        scratch = seg.readStored(i, c, scratch);
                    }
                }
            }
            return seg;
        } catch (IOException | ByteSource.Corrupt e) {
            closeQuietly(ch);
            throw corrupt(path, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static Block[] readIndex(ByteSource in, long indexOffset, Path path) {
        Block[] blocks = new Block[in.count(1 << 26)];
        for (int i = 0; i < blocks.length; i++) {
            long uid = in.i64();
            long minTs = in.i64();
            long maxTs = in.i64();
            int rows = in.count(1 << 24);
            int n = in.count(1 << 16);
            int[] ids = new int[n];
            TaosType[] types = new TaosType[n];
            long[] offsets = new long[n];
            int[] stored = new int[n];
            int[] raw = new int[n];
            int[] crcs = new int[n];
            for (int c = 0; c < n; c++) {
                ids[c] = in.i32();
                types[c] = BatchCodec.type(in.u8());
                offsets[c] = in.i64();
                stored[c] = in.count(Integer.MAX_VALUE);
                raw[c] = in.count(Integer.MAX_VALUE);
                crcs[c] = in.i32();
                if (offsets[c] < HEADER || offsets[c] + stored[c] > indexOffset) {
                    throw corrupt(path, "bad index entry " + i);
                }
            }
            if (rows == 0 || n == 0 || minTs > maxTs) {
                throw corrupt(path, "bad index entry " + i);
            }
            blocks[i] = new Block(uid, minTs, maxTs, rows, ids, types, offsets, stored, raw, crcs);
        }
        return blocks;
    }

    static StorageException corrupt(Path path, String what) {
        return new StorageException("corrupt segment file " + path + ": " + what
                + "; the server does not start on damaged data (restore the file or remove the data directory)");
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    Path path() {
        return path;
    }

    long id() {
        return id;
    }

    long size() {
        return size;
    }

    int blockCount() {
        return blocks.length;
    }

    /** Bytes of the decoded (uncompressed) columns: about what pulling all blocks into memory costs. */
    long rawSize() {
        long n = 0;
        for (Block b : blocks) {
            for (int r : b.raw()) {
                n += r;
            }
        }
        return n;
    }

    Block block(int i) {
        return blocks[i];
    }

    /** The on-disk chunk for block {@code i}. */
    Chunk chunk(int i) {
        Block b = blocks[i];
        return Chunk.onDisk(b.ids(), b.rows(), b.minTs(), b.maxTs(), new BlockRef(this, i));
    }

    /** Per-thread buffers for the compressed and decompressed bytes of a column being read (copied out on decode). */
    private static final class Scratch {
        private static final int KEEP = 4 << 20;
        byte[] stored = new byte[0];
        byte[] raw = new byte[0];

        static byte[] grow(byte[] b, int n) {
            return b.length >= n ? b : new byte[Math.max(n, Math.min(KEEP, 2 * b.length))];
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Reads and checks the stored bytes of one column of block {@code i} into the start of {@code into} (grown when
     * too small); returns the array holding them.
     */
    private byte[] readStored(int i, int column, byte[] into) {
        Block b = blocks[i];
        int n = b.stored()[column];
        byte[] a = Scratch.grow(into, n);
        ByteBuffer buf = ByteBuffer.wrap(a, 0, n);
        try {
            DiskFiles.readFully(channel, buf, b.offsets()[column], path);
        } catch (IOException e) {
            throw new StorageException("cannot read segment file " + path + ": " + e.getMessage(), e);
        }
        if (LogFormat.crc(a, 0, n) != b.crcs()[column]) {
            throw corrupt(path, "CRC mismatch in block " + i + ", column " + column + " at offset "
                    + b.offsets()[column]);
        }
        return a;
    }

    /**
     * Reads, checks and decodes one column of block {@code i} (use {@link BlockRef#column(int)} to go through the
     * cache).
     */
    ColumnVector readColumn(int i, int column) {
        Block b = blocks[i];
        Scratch s = SCRATCH.get();
        byte[] stored = readStored(i, column, s.stored);
        int storedLength = b.stored()[column];
        int rawLength = b.raw()[column];
        byte[] raw = Scratch.grow(s.raw, rawLength);
        if (stored.length <= Scratch.KEEP) {
            s.stored = stored;
        }
        if (raw.length <= Scratch.KEEP) {
            s.raw = raw;
        }
        try {
            LZ4SafeDecompressor d = LZ4.safeDecompressor();
            if (d.decompress(stored, 0, storedLength, raw, 0, rawLength) != rawLength) {
                throw corrupt(path, "block " + i + ", column " + column + " decompresses to the wrong size");
            }
            ByteSource in = new ByteSource(raw, 0, rawLength);
            ColumnVector v = VectorCodec.decode(in, b.types()[column], b.rows(), column == 0);
            if (in.remaining() != 0) {
                throw corrupt(path, "block " + i + ", column " + column + " has trailing bytes");
            }
            return v;
        } catch (LZ4Exception | ByteSource.Corrupt e) {
            throw corrupt(path, "block " + i + ", column " + column + " does not decode: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        cache.evict(this);
        closeQuietly(channel);
    }
}
