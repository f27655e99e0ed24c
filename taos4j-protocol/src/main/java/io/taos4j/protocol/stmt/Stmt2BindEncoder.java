package io.taos4j.protocol.stmt;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import io.taos4j.protocol.ws.Stmt2BindRequest;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes stmt2 bind payloads and whole {@code stmt2_bind} frames (ws-sql.md §9.4) byte for byte as JDBC 3.7.9
 * does: table names (with their NUL) when the tables are named, a tag section when tags are bound, a column
 * section when columns are bound, each record's NULL slots zeroed, NULL rows of variable-length records contributing
 * no bytes.
 *
 * <p>Sizing is separate from writing so that the caller can allocate exactly once: {@link #payloadLength} checks the
 * tables and returns the size, {@link #writePayload} writes into any buffer with that much room (a heap or direct
 * buffer, or a Netty buffer's NIO view) without intermediate copies. Stateless and thread-safe; the vectors must
 * not change during a call.
 */
public final class Stmt2BindEncoder {
    /** Bytes of a {@code stmt2_bind} frame before the payload: req_id, stmt_id, action, version, col_idx. */
    public static final int FRAME_HEADER_LENGTH = 30;
    /** The {@code col_idx} meaning "bind every column". */
    public static final int ALL_COLUMNS = -1;

    private Stmt2BindEncoder() {
    }

    /**
     * The exact payload size for these tables.
     *
     * @throws IllegalArgumentException if the list is empty, tables disagree on naming, tag or column counts, a
     *     table's columns differ in row count, a tag is not exactly one row, a name is empty or the payload would
     *     exceed 2 GiB
     */
    public static int payloadLength(List<Stmt2BindTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no tables to bind");
        }
        Stmt2BindTable first = tables.get(0);
        boolean named = first.name() != null;
        int tags = first.tags().size();
        int cols = first.columns().size();
        int count = tables.size();
        long total = Stmt2BindPayload.HEADER_LENGTH;
        if (named) {
            total += 2L * count;
        }
        if (tags > 0) {
            total += 4L * count;
        }
        if (cols > 0) {
            total += 4L * count;
        }
        for (Stmt2BindTable t : tables) {
            if ((t.name() != null) != named || t.tags().size() != tags || t.columns().size() != cols) {
                throw new IllegalArgumentException("every table of one bind needs the same shape: name "
                        + named + ", " + tags + " tags, " + cols + " columns; got " + describe(t));
            }
            if (named) {
                total += nameLength(t.name());
            }
            for (BindColumn tag : t.tags()) {
                if (tag.rows() != 1) {
                    throw new IllegalArgumentException("a tag is one value, not " + tag.rows());
                }
                total += recordLength(tag);
            }
            int rows = t.rows();
            for (BindColumn c : t.columns()) {
                if (c.rows() != rows) {
                    throw new IllegalArgumentException("columns of table " + t.name() + " differ in rows: "
                            + rows + " and " + c.rows());
                }
                total += recordLength(c);
            }
        }
        if (total > Integer.MAX_VALUE - FRAME_HEADER_LENGTH) {
            throw new IllegalArgumentException("bind payload of " + total + " bytes exceeds 2 GiB");
        }
        return (int) total;
    }

    /**
     * Writes a whole {@code stmt2_bind} frame (header and payload) at {@code out}'s position, advancing it. Writes
     * little-endian whatever {@code out}'s order, which it leaves unchanged.
     *
     * @param payloadLength the value {@link #payloadLength} returned for {@code tables}
     * @throws BufferOverflowException if fewer than {@code 30 + payloadLength} bytes remain
     */
    public static void writeFrame(ByteBuffer out, long reqId, long stmtId, int colIdx, List<Stmt2BindTable> tables,
            int payloadLength) {
        if (out.remaining() < FRAME_HEADER_LENGTH + payloadLength) {
            throw new BufferOverflowException();
        }
        ByteOrder order = out.order();
        out.order(ByteOrder.LITTLE_ENDIAN);
        try {
            out.putLong(reqId).putLong(stmtId).putLong(Stmt2BindRequest.ACTION_CODE).putShort((short) 1)
                    .putInt(colIdx);
        } finally {
            out.order(order);
        }
        writePayload(out, tables, payloadLength);
    }

    /** A new heap buffer holding the whole frame, positioned at 0. */
    public static ByteBuffer encodeFrame(long reqId, long stmtId, List<Stmt2BindTable> tables) {
        int length = payloadLength(tables);
        ByteBuffer out = ByteBuffer.allocate(FRAME_HEADER_LENGTH + length);
        writeFrame(out, reqId, stmtId, ALL_COLUMNS, tables, length);
        return out.flip();
    }

    /** A new heap buffer holding the payload alone, positioned at 0. */
    public static ByteBuffer encodePayload(List<Stmt2BindTable> tables) {
        int length = payloadLength(tables);
        ByteBuffer out = ByteBuffer.allocate(length);
        writePayload(out, tables, length);
        return out.flip();
    }

    /**
     * Writes the payload at {@code out}'s position, advancing it; little-endian whatever {@code out}'s order, which
     * it leaves unchanged.
     *
     * @param payloadLength the value {@link #payloadLength} returned for {@code tables}
     * @throws BufferOverflowException if fewer than {@code payloadLength} bytes remain
     */
    public static void writePayload(ByteBuffer out, List<Stmt2BindTable> tables, int payloadLength) {
        if (out.remaining() < payloadLength) {
            throw new BufferOverflowException();
        }
        ByteOrder order = out.order();
        out.order(ByteOrder.LITTLE_ENDIAN);
        try {
            write(out, tables, payloadLength);
        } finally {
            out.order(order);
        }
    }

    private static void write(ByteBuffer out, List<Stmt2BindTable> tables, int payloadLength) {
        Stmt2BindTable first = tables.get(0);
        int count = tables.size();
        boolean named = first.name() != null;
        int tags = first.tags().size();
        int cols = first.columns().size();
        int namesAt = named ? Stmt2BindPayload.HEADER_LENGTH : 0;
        int p = Stmt2BindPayload.HEADER_LENGTH;
        byte[][] names = null;
        if (named) {
            names = new byte[count][];
            p += 2 * count;
            for (int t = 0; t < count; t++) {
                names[t] = tables.get(t).name().getBytes(StandardCharsets.UTF_8);
                p += names[t].length + 1;
            }
        }
        int tagsAt = 0;
        if (tags > 0) {
            tagsAt = p;
            p += 4 * count;
            for (Stmt2BindTable t : tables) {
                p += sectionLength(t.tags());
            }
        }
        int colsAt = cols > 0 ? p : 0;
        out.putInt(payloadLength).putInt(count).putInt(tags).putInt(cols).putInt(namesAt).putInt(tagsAt)
                .putInt(colsAt);
        if (named) {
            for (byte[] name : names) {
                out.putShort((short) (name.length + 1));
            }
            for (byte[] name : names) {
                out.put(name).put((byte) 0);
            }
        }
        if (tags > 0) {
            for (Stmt2BindTable t : tables) {
                out.putInt(sectionLength(t.tags()));
            }
            for (Stmt2BindTable t : tables) {
                for (BindColumn c : t.tags()) {
                    writeRecord(out, c);
                }
            }
        }
        if (cols > 0) {
            for (Stmt2BindTable t : tables) {
                out.putInt(sectionLength(t.columns()));
            }
            for (Stmt2BindTable t : tables) {
                for (BindColumn c : t.columns()) {
                    writeRecord(out, c);
                }
            }
        }
    }

    private static int sectionLength(List<BindColumn> columns) {
        long sum = 0;
        for (BindColumn c : columns) {
            sum += recordLength(c);
        }
        return (int) sum;
    }

    private static long nameLength(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length >= 0xFFFF) {
            throw new IllegalArgumentException("table name of " + bytes.length + " bytes");
        }
        return bytes.length + 1L;
    }

    /** {@code 17 + n + n × size} for fixed types, {@code 17 + 5n + Σ lengths} for variable ones. */
    static long recordLength(BindColumn c) {
        int n = c.rows();
        if (BindColumn.hasLengths(c.type())) {
            return 17L + 5L * n + varBytes((BinaryVector) c.values());
        }
        return 17L + n + (long) n * c.type().fixedSize();
    }

    private static long varBytes(BinaryVector v) {
        if (!v.hasNulls()) {
            return v.dataLength();
        }
        long sum = 0;
        for (int i = 0, n = v.size(); i < n; i++) {
            if (!v.isNull(i)) {
                sum += v.length(i);
            }
        }
        return sum;
    }

    private static void writeRecord(ByteBuffer out, BindColumn c) {
        int n = c.rows();
        ColumnVector v = c.values();
        TaosType type = c.type();
        boolean var = BindColumn.hasLengths(type);
        out.putInt((int) recordLength(c)).putInt(type.code()).putInt(n);
        boolean nulls = v.hasNulls();
        for (int r = 0; r < n; r++) {
            out.put(nulls && v.isNull(r) ? (byte) 1 : (byte) 0);
        }
        if (var) {
            BinaryVector b = (BinaryVector) v;
            out.put((byte) 1);
            for (int r = 0; r < n; r++) {
                out.putInt(nulls && b.isNull(r) ? 0 : b.length(r));
            }
            int bytes = (int) varBytes(b);
            out.putInt(bytes);
            if (!nulls) {
                out.put(b.data(), 0, bytes);
            } else {
                for (int r = 0; r < n; r++) {
                    if (!b.isNull(r)) {
                        out.put(b.data(), b.start(r), b.length(r));
                    }
                }
            }
            return;
        }
        out.put((byte) 0);
        int size = type.fixedSize();
        out.putInt(n * size);
        int start = out.position();
        writeFixed(out.slice().order(ByteOrder.LITTLE_ENDIAN), type, v, n);
        if (nulls) {
            for (int r = 0; r < n; r++) {
                if (v.isNull(r)) {
                    for (int k = 0; k < size; k++) {
                        out.put(start + r * size + k, (byte) 0);
                    }
                }
            }
        }
        out.position(start + n * size);
    }

    /** Bulk-copies {@code n} values into {@code area}, which starts at the record's buffer. */
    private static void writeFixed(ByteBuffer area, TaosType type, ColumnVector v, int n) {
        switch (type) {
            case BOOL -> {
                byte[] values = ((BoolVector) v).values();
                for (int r = 0; r < n; r++) {
                    area.put(r, values[r] != 0 ? (byte) 1 : (byte) 0);
                }
            }
            case TINYINT, UTINYINT -> area.put(0, ((ByteVector) v).values(), 0, n);
            case SMALLINT, USMALLINT -> area.asShortBuffer().put(((ShortVector) v).values(), 0, n);
            case INT, UINT -> area.asIntBuffer().put(((IntVector) v).values(), 0, n);
            case BIGINT, UBIGINT, TIMESTAMP -> area.asLongBuffer().put(((LongVector) v).values(), 0, n);
            case FLOAT -> area.asFloatBuffer().put(((FloatVector) v).values(), 0, n);
            case DOUBLE -> area.asDoubleBuffer().put(((DoubleVector) v).values(), 0, n);
            default -> throw new AssertionError("not a fixed-width bind type: " + type);
        }
    }

    private static String describe(Stmt2BindTable t) {
        return "name " + (t.name() != null) + ", " + t.tags().size() + " tags, " + t.columns().size() + " columns";
    }
}
