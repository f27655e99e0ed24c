package io.taos4j.protocol.stmt;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A validated, zero-copy view of a stmt2 bind payload (ws-sql.md §9.4): the part of a binary {@code stmt2_bind}
 * frame after its 30-byte header.
 *
 * <pre>
 * u32 total_length, u32 count (tables), u32 tag_count, u32 col_count,
 * u32 table_names_offset, u32 tags_offset, u32 cols_offset            (offsets from the payload start, 0 = absent)
 * table names: count × u16 length (with the NUL), then the names, each NUL-terminated
 * tags:        count × u32 byte length per table, then per table tag_count column-bind records
 * columns:     count × u32 byte length per table, then per table col_count column-bind records
 * </pre>
 *
 * <p>{@link #decode} checks everything taosAdapter and TDengine check, with their texts (e.g.
 * {@code total length not match, expect 127, but get 126}, {@code bind data length error, tableIndex: 0,
 * fieldIndex: 1}), and also what they leave unchecked (records running past the payload, buffers too short for
 * {@code num} values), so truncated or hostile input only ever gives a {@link ProtocolException}. The view reads the
 * caller's bytes in place; they must not change while it is used. Immutable and thread-safe.
 */
public final class Stmt2BindPayload {
    /** Bytes of the fixed payload header. */
    public static final int HEADER_LENGTH = 28;

    private final int tableCount;
    private final int tagCount;
    private final int columnCount;
    private final String[] names;
    /** [table][field] records; null when the section is absent. */
    private final BindRecord[][] tags;
    private final BindRecord[][] columns;

    private Stmt2BindPayload(int tableCount, int tagCount, int columnCount, String[] names, BindRecord[][] tags,
            BindRecord[][] columns) {
        this.tableCount = tableCount;
        this.tagCount = tagCount;
        this.columnCount = columnCount;
        this.names = names;
        this.tags = tags;
        this.columns = columns;
    }

    /**
     * Reads the payload in {@code payload}'s remaining bytes; position, limit and byte order are left unchanged.
     *
     * @throws ProtocolException with taosAdapter's text when the bytes are not a well-formed payload
     */
    public static Stmt2BindPayload decode(ByteBuffer payload) {
        ByteBuffer b = payload.slice().order(ByteOrder.LITTLE_ENDIAN);
        int n = b.remaining();
        if (n < HEADER_LENGTH) {
            throw new ProtocolException("data length is less than " + HEADER_LENGTH);
        }
        long total = u32(b, 0);
        if (total != n) {
            throw new ProtocolException("total length not match, expect " + n + ", but get " + total);
        }
        long count = u32(b, 4);
        long tagCount = u32(b, 8);
        long colCount = u32(b, 12);
        long namesAt = u32(b, 16);
        long tagsAt = u32(b, 20);
        long colsAt = u32(b, 24);
        if (count > n || tagCount > n || colCount > n) {
            throw new ProtocolException("bind counts out of range, total length: " + n + ", count: " + count
                    + ", tag count: " + tagCount + ", col count: " + colCount);
        }
        int tables = (int) count;
        String[] names = namesAt > 0 ? names(b, n, namesAt, tables) : null;
        BindRecord[][] tags = null;
        if (tagsAt > 0) {
            if (tagCount == 0) {
                throw new ProtocolException("tag count is 0, but tags offset is not 0");
            }
            tags = section(b, n, tagsAt, tables, (int) tagCount, "tag", "tagEnd", "tagsTotalLength");
        }
        BindRecord[][] columns = null;
        if (colsAt > 0) {
            if (colCount == 0) {
                throw new ProtocolException("col count is 0, but cols offset is not 0");
            }
            columns = section(b, n, colsAt, tables, (int) colCount, "col", "colEnd", "colsTotalLength");
        }
        return new Stmt2BindPayload(tables, tags == null ? 0 : (int) tagCount,
                columns == null ? 0 : (int) colCount, names, tags, columns);
    }

    private static String[] names(ByteBuffer b, int n, long at, int count) {
        long end = at + 2L * count;
        if (end > n) {
            throw new ProtocolException("table name lengths out of range, total length: " + n
                    + ", tableNamesLengthEnd: " + end);
        }
        int[] lengths = new int[count];
        for (int i = 0; i < count; i++) {
            lengths[i] = Short.toUnsignedInt(b.getShort((int) at + 2 * i));
            end += lengths[i];
        }
        if (end > n) {
            throw new ProtocolException("table names out of range, total length: " + n + ", tableNameTotalLength: "
                    + end);
        }
        String[] out = new String[count];
        int p = (int) at + 2 * count;
        for (int i = 0; i < count; i++) {
            int len = lengths[i];
            if (len == 0) {
                throw new ProtocolException("table name length is 0");
            }
            int chars = 0;
            while (chars < len && b.get(p + chars) != 0) {
                chars++; // TDengine reads a C string: the name ends at its NUL
            }
            if (chars == 0) {
                throw new ProtocolException("table name length is 0");
            }
            byte[] bytes = new byte[chars];
            b.get(p, bytes);
            out[i] = new String(bytes, StandardCharsets.UTF_8);
            p += len;
        }
        return out;
    }

    private static BindRecord[][] section(ByteBuffer b, int n, long at, int count, int fields, String what,
            String endName, String totalName) {
        long end = at + 4L * count;
        if (end > n) {
            throw new ProtocolException(what + "s out of range, total length: " + n + ", " + endName + ": " + end);
        }
        for (int i = 0; i < count; i++) {
            long len = u32(b, (int) at + 4 * i);
            if (len == 0) {
                throw new ProtocolException(what + " length is 0, tableIndex: " + i);
            }
            end += len;
        }
        if (end > n) {
            throw new ProtocolException(what + "s out of range, total length: " + n + ", " + totalName + ": " + end);
        }
        BindRecord[][] out = new BindRecord[count][fields];
        int p = (int) at + 4 * count;
        for (int t = 0; t < count; t++) {
            for (int f = 0; f < fields; f++) {
                int length = recordLength(b, n, p, t, f);
                out[t][f] = record(b, p, length, t, f);
                p += length;
            }
        }
        return out;
    }

    /** The record's {@code total_length}, checked to lie inside the payload. */
    private static int recordLength(ByteBuffer b, int n, int p, int table, int field) {
        if (p + 16 > n) {
            throw lengthError(table, field);
        }
        long length = u32(b, p);
        if (length < 17 || length > n - p) {
            throw lengthError(table, field);
        }
        return (int) length;
    }

    private static BindRecord record(ByteBuffer b, int p, int length, int table, int field) {
        int end = p + length;
        int typeCode = b.getInt(p + 4);
        int rows = b.getInt(p + 8);
        if (rows < 0 || rows > length) {
            throw lengthError(table, field);
        }
        TaosType type;
        try {
            type = TaosType.ofCode(typeCode);
        } catch (ProtocolException e) {
            throw new ProtocolException("unknown buffer_type " + typeCode + ", tableIndex: " + table
                    + ", fieldIndex: " + field);
        }
        int nullsAt = p + 12;
        int q = nullsAt + rows;
        if (q + 5 > end) {
            throw lengthError(table, field);
        }
        boolean haveLength = b.get(q) != 0;
        q++;
        int lengthsAt = -1;
        if (haveLength) {
            lengthsAt = q;
            q += 4 * rows;
            if (q + 4 > end || q < lengthsAt) {
                throw lengthError(table, field);
            }
        }
        int bufferLength = b.getInt(q);
        q += 4;
        if (bufferLength < 0 || (long) q + bufferLength != end) {
            throw lengthError(table, field);
        }
        checkValues(b, type, rows, nullsAt, lengthsAt, bufferLength, table, field);
        return new BindRecord(b, type, rows, nullsAt, BindColumn.hasLengths(type) ? lengthsAt : -1, q,
                bufferLength);
    }

    /** Fixed types: buffer holds num values, or nothing when all rows are NULL; var types: lengths fit. */
    private static void checkValues(ByteBuffer b, TaosType type, int rows, int nullsAt, int lengthsAt,
            int bufferLength, int table, int field) {
        if (type == TaosType.NULL || type == TaosType.MEDIUMBLOB) {
            throw new ProtocolException("unsupported buffer_type " + type.code() + where(table, field));
        }
        if (BindColumn.hasLengths(type)) {
            if (lengthsAt < 0) {
                throw new ProtocolException(type + " record without lengths" + where(table, field));
            }
            long sum = 0;
            for (int r = 0; r < rows; r++) {
                if (b.get(nullsAt + r) == 0) {
                    int len = b.getInt(lengthsAt + 4 * r);
                    if (len < 0) {
                        throw new ProtocolException("negative length " + len + " in row " + r + where(table, field));
                    }
                    sum += len;
                }
            }
            if (sum > bufferLength) {
                throw new ProtocolException("lengths of " + sum + " bytes exceed the buffer of " + bufferLength
                        + " bytes" + where(table, field));
            }
            return;
        }
        long need = (long) rows * type.fixedSize();
        if (bufferLength == need) {
            return;
        }
        if (bufferLength == 0) {
            for (int r = 0; r < rows; r++) {
                if (b.get(nullsAt + r) == 0) {
                    throw new ProtocolException("empty buffer for a non-NULL " + type + " value in row " + r
                            + where(table, field));
                }
            }
            return;
        }
        throw new ProtocolException("buffer of " + bufferLength + " bytes for " + rows + " " + type + " values"
                + where(table, field));
    }

    private static String where(int table, int field) {
        return ", tableIndex: " + table + ", fieldIndex: " + field;
    }

    private static ProtocolException lengthError(int table, int field) {
        return new ProtocolException("bind data length error, tableIndex: " + table + ", fieldIndex: " + field);
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    /** Number of tables ({@code count}). */
    public int tableCount() {
        return tableCount;
    }

    /** Tags bound per table; 0 when the payload has no tag section. */
    public int tagCount() {
        return tagCount;
    }

    /** Columns bound per table; 0 when the payload has no column section. */
    public int columnCount() {
        return columnCount;
    }

    public boolean hasTableNames() {
        return names != null;
    }

    /** Table {@code table}'s name (without its NUL), or null when the payload has no names. */
    public String tableName(int table) {
        Objects.checkIndex(table, tableCount);
        return names == null ? null : names[table];
    }

    /** Tag {@code index} of table {@code table}. */
    public BindRecord tag(int table, int index) {
        Objects.checkIndex(table, tableCount);
        Objects.checkIndex(index, tagCount);
        return tags[table][index];
    }

    /** Column {@code index} of table {@code table}. */
    public BindRecord column(int table, int index) {
        Objects.checkIndex(table, tableCount);
        Objects.checkIndex(index, columnCount);
        return columns[table][index];
    }

    /** Copies every table into vectors ({@link BindRecord#toVector()}); decimal records keep their record type. */
    public List<Stmt2BindTable> toTables() {
        List<Stmt2BindTable> out = new ArrayList<>(tableCount);
        for (int t = 0; t < tableCount; t++) {
            List<BindColumn> tagColumns = new ArrayList<>(tagCount);
            for (int i = 0; i < tagCount; i++) {
                tagColumns.add(copy(tags[t][i]));
            }
            List<BindColumn> cols = new ArrayList<>(columnCount);
            for (int i = 0; i < columnCount; i++) {
                cols.add(copy(columns[t][i]));
            }
            out.add(new Stmt2BindTable(tableName(t), tagColumns, cols));
        }
        return out;
    }

    private static BindColumn copy(BindRecord r) {
        return new BindColumn(r.type(), r.toVector());
    }

    @Override
    public String toString() {
        return "Stmt2BindPayload[tables=" + tableCount + ", tags=" + tagCount + ", columns=" + columnCount
                + ", names=" + (names != null) + "]";
    }
}
