package io.taos4j.protocol.tmq;

import io.taos4j.protocol.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes {@link TmqDataPayload} (tmq.md §5.3), with TDengine's variable-length integers: unsigned
 * LEB128 (u32v), zig-zag LEB128 (i32v, i16v), and NUL-terminated strings whose u32v length counts the NUL.
 * Stateless and thread-safe.
 */
public final class TmqPayloadCodec {
    /** Offset kind byte of a log (WAL) offset, format version 1. */
    private static final int LOG_OFFSET = 0x11;
    private static final int BLOCK_PREFIX = 18;

    private TmqPayloadCodec() {
    }

    /**
     * Encodes a payload; the result is {@code raw_len} bytes, little-endian, positioned at 0.
     *
     * @throws IllegalArgumentException if it has no blocks (JDBC and Rust would misread it) or a block lacks the
     *     schema or name its flags promise
     */
    public static ByteBuffer encode(TmqDataPayload p) {
        if (p.blocks().isEmpty()) {
            throw new IllegalArgumentException("a TMQ data payload needs at least one block");
        }
        Out o = new Out();
        o.i8(TmqDataPayload.MARKER);
        o.i32(18);
        o.i8(LOG_OFFSET).i64(p.reqOffset());
        o.i8(LOG_OFFSET).i64(p.rspOffset());
        o.i32(p.blocks().size());
        o.i8(p.withTbname() ? 1 : 0);
        o.i8(p.withSchema() ? 1 : 0);
        for (TmqDataPayload.Block b : p.blocks()) {
            ByteBuffer raw = b.rawBlock();
            o.u32v(BLOCK_PREFIX + raw.remaining());
            o.i64(1);
            o.i64BigEndian(b.rows());
            o.i8(0);
            o.i8(b.precision());
            o.bytes(raw);
            if (p.withSchema()) {
                if (b.schema() == null) {
                    throw new IllegalArgumentException("block without schema in a with_schema payload");
                }
                o.i32v(b.schema().size());
                o.i32v(b.schemaVersion());
                for (TmqDataPayload.SchemaColumn c : b.schema()) {
                    o.i8(c.type()).i8(c.flags()).i32v(c.bytes()).i16v(c.colId()).cstr(c.name());
                }
            }
            if (p.withTbname()) {
                if (b.tableName() == null) {
                    throw new IllegalArgumentException("block without table name in a with_tbname payload");
                }
                o.cstr(b.tableName());
            }
        }
        if (p.createTables() == null) {
            o.i64(p.sleepTime());
        } else {
            o.i32(p.createTables().size());
            for (ByteBuffer c : p.createTables()) {
                ByteBuffer v = c.duplicate();
                o.u32v(v.remaining());
                o.bytes(v);
            }
        }
        return ByteBuffer.wrap(o.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Decodes a payload of raw type 2 or 4.
     *
     * @throws ProtocolException on truncated or malformed input, an unknown marker, or another raw type
     */
    public static TmqDataPayload decode(int metaType, ByteBuffer raw) {
        if (metaType != TmqDataPayload.META_TYPE_DATA && metaType != TmqDataPayload.META_TYPE_META_DATA) {
            throw new ProtocolException("raw type " + metaType + " is not a TMQ data payload");
        }
        ByteBuffer in = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        try {
            int marker = in.get();
            if (marker < TmqDataPayload.MARKER) {
                throw new ProtocolException("TMQ data payload marker " + marker + " < 100 (pre-3.0.x layout)");
            }
            int offsetsLen = in.getInt();
            if (offsetsLen < 0 || offsetsLen > in.remaining()) {
                throw new ProtocolException("TMQ data payload: offsets length " + offsetsLen + " exceeds the payload");
            }
            ByteBuffer offsets = in.slice(in.position(), offsetsLen).order(ByteOrder.LITTLE_ENDIAN);
            in.position(in.position() + offsetsLen);
            long reqOffset = offset(offsets);
            long rspOffset = offset(offsets);
            int blockNum = in.getInt();
            if (blockNum < 0 || blockNum > in.remaining()) {
                throw new ProtocolException("TMQ data payload: block count " + blockNum + " is impossible");
            }
            boolean withTbname = false;
            boolean withSchema = false;
            if (blockNum > 0) {
                withTbname = in.get() != 0;
                withSchema = in.get() != 0;
            }
            List<TmqDataPayload.Block> blocks = new ArrayList<>(blockNum);
            for (int i = 0; i < blockNum; i++) {
                blocks.add(block(in, withSchema, withTbname));
            }
            if (metaType == TmqDataPayload.META_TYPE_DATA) {
                long sleep = in.remaining() >= 8 ? in.getLong() : 0;
                return new TmqDataPayload(reqOffset, rspOffset, withTbname, withSchema, blocks, sleep, null);
            }
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new ProtocolException("TMQ meta+data payload: create-table count " + n + " is impossible");
            }
            List<ByteBuffer> creates = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int len = u32v(in);
                creates.add(slice(in, len));
            }
            return new TmqDataPayload(reqOffset, rspOffset, withTbname, withSchema, blocks, 0, creates);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new ProtocolException("TMQ data payload truncated at byte " + in.position());
        }
    }

    private static TmqDataPayload.Block block(ByteBuffer in, boolean withSchema, boolean withTbname) {
        int blockLen = u32v(in);
        if (blockLen < BLOCK_PREFIX || blockLen > in.remaining()) {
            throw new ProtocolException("TMQ data payload: block length " + blockLen + " is impossible");
        }
        in.getLong(); // prefix version 1
        long rows = in.order(ByteOrder.BIG_ENDIAN).getLong();
        in.order(ByteOrder.LITTLE_ENDIAN);
        in.get(); // compressed
        int precision = in.get();
        ByteBuffer rawBlock = slice(in, blockLen - BLOCK_PREFIX);
        int schemaVersion = 0;
        List<TmqDataPayload.SchemaColumn> schema = null;
        if (withSchema) {
            int ncols = i32v(in);
            if (ncols < 0 || ncols > in.remaining()) {
                throw new ProtocolException("TMQ data payload: schema column count " + ncols + " is impossible");
            }
            schemaVersion = i32v(in);
            schema = new ArrayList<>(ncols);
            for (int c = 0; c < ncols; c++) {
                int type = Byte.toUnsignedInt(in.get());
                int flags = Byte.toUnsignedInt(in.get());
                int bytes = i32v(in);
                int colId = i32v(in);
                schema.add(new TmqDataPayload.SchemaColumn(type, flags, bytes, colId, cstr(in)));
            }
        }
        String table = withTbname ? cstr(in) : null;
        return new TmqDataPayload.Block(rows, precision, rawBlock, schemaVersion, schema, table);
    }

    private static long offset(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return TmqDataPayload.NOT_LOG;
        }
        int type = in.get();
        if (type <= 0) {
            return TmqDataPayload.NOT_LOG;
        }
        if ((type & 0x0F) == 1) {
            return in.getLong();
        }
        in.position(in.limit()); // snapshot offsets: not parsed
        return TmqDataPayload.NOT_LOG;
    }

    private static ByteBuffer slice(ByteBuffer in, int len) {
        if (len < 0 || len > in.remaining()) {
            throw new ProtocolException("TMQ data payload: length " + len + " exceeds the payload");
        }
        ByteBuffer s = in.slice(in.position(), len).order(ByteOrder.LITTLE_ENDIAN);
        in.position(in.position() + len);
        return s;
    }

    static int u32v(ByteBuffer in) {
        long v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = Byte.toUnsignedInt(in.get());
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (v > 0xFFFFFFFFL) {
                    break;
                }
                return (int) v;
            }
        }
        throw new ProtocolException("TMQ data payload: variable-length integer too long");
    }

    static int i32v(ByteBuffer in) {
        int z = u32v(in);
        return (z >>> 1) ^ -(z & 1);
    }

    private static String cstr(ByteBuffer in) {
        int len = u32v(in);
        if (len < 1 || len > in.remaining()) {
            throw new ProtocolException("TMQ data payload: string length " + len + " is impossible");
        }
        byte[] b = new byte[len - 1];
        in.get(b);
        in.get(); // NUL
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A growable little-endian writer. */
    private static final class Out extends ByteArrayOutputStream {
        Out() {
            super(256);
        }

        Out i8(int v) {
            write(v);
            return this;
        }

        Out i32(int v) {
            for (int i = 0; i < 4; i++) {
                write(v >>> (8 * i));
            }
            return this;
        }

        Out i64(long v) {
            for (int i = 0; i < 8; i++) {
                write((int) (v >>> (8 * i)));
            }
            return this;
        }

        Out i64BigEndian(long v) {
            for (int i = 7; i >= 0; i--) {
                write((int) (v >>> (8 * i)));
            }
            return this;
        }

        Out u32v(long v) {
            long u = v & 0xFFFFFFFFL;
            while (u >= 0x80) {
                write((int) (u & 0x7F) | 0x80);
                u >>>= 7;
            }
            write((int) u);
            return this;
        }

        Out i32v(int v) {
            return u32v((v << 1) ^ (v >> 31));
        }

        Out i16v(int v) {
            short s = (short) v;
            return u32v(((s << 1) ^ (s >> 15)) & 0xFFFF);
        }

        Out cstr(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u32v(b.length + 1);
            write(b, 0, b.length);
            write(0);
            return this;
        }

        Out bytes(ByteBuffer b) {
            if (b.hasArray()) {
                write(b.array(), b.arrayOffset() + b.position(), b.remaining());
            } else {
                byte[] copy = new byte[b.remaining()];
                b.duplicate().get(copy);
                write(copy, 0, copy.length);
            }
            return this;
        }
    }
}
