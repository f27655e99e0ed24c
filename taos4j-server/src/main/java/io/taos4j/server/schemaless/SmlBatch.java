package io.taos4j.server.schemaless;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.sql.SqlError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A parsed payload, before it meets the catalog: the super tables and child tables it names, and its rows in a
 * columnar layout (per row its child and timestamp; per field its column and value bits). Variable-length values
 * live in one byte store. Parsers fill it; the writer maps it onto table schemas and vectors. Not thread-safe.
 *
 * <p>Problems TDengine finds only after parsing every line (a key given twice, a type that changes between lines)
 * are kept in {@link #deferred} so that a parse error in a later line still wins, as in TDengine.
 */
final class SmlBatch {
    final byte[] data;
    final Precision precision;
    final String tableNameKey;
    private final LongSupplier nowNanos;

    final Map<String, SmlStable> stables = new LinkedHashMap<>();
    final List<SmlChild> children = new ArrayList<>();
    private final Map<String, SmlChild> childByName = new HashMap<>();
    /** Interned keys and other names, straight from payload bytes. */
    final ByteSliceMap<String> names = new ByteSliceMap<>();

    int rows;
    SmlChild[] rowChild = new SmlChild[64];
    long[] rowTs = new long[64];
    int[] rowStart = new int[64];

    int fields;
    int[] fieldCol = new int[256];
    /** Numbers as their bits (double/float raw bits, integers as longs); strings as {@code offset << 32 | length}. */
    long[] fieldBits = new long[256];

    byte[] store = new byte[1024];
    int storeLength;

    /** The first error found after parsing (duplicate key, type conflict); null when none. */
    SqlError deferred;

    SmlBatch(byte[] data, Precision precision, String tableNameKey, LongSupplier nowNanos) {
        this.data = data;
        this.precision = precision;
        this.tableNameKey = tableNameKey;
        this.nowNanos = nowNanos;
    }

    /** The current time in the database's precision (an empty or {@code 0} timestamp). */
    long now() {
        return nowNanos.getAsLong() / precision.nanosPerTick();
    }

    /** The interned string of a byte slice. */
    String name(byte[] b, int off, int len) {
        String s = names.get(b, off, len);
        if (s == null) {
            s = new String(b, off, len, StandardCharsets.UTF_8);
            names.put(b, off, len, s);
        }
        return s;
    }

    SmlStable stable(String name) {
        return stables.computeIfAbsent(name, SmlStable::new);
    }

    void defer(SqlError e) {
        if (deferred == null) {
            deferred = e;
        }
    }

    /**
     * Registers a child table seen for the first time: takes out the table-name tag, names the table, records its
     * tags in the super table. Returns the canonical child (an earlier one when the name repeats).
     *
     * @param hashName the super table name as the payload spells it, dots replaced (input of the MD5 name)
     */
    SmlChild child(SmlStable stable, byte[] hashName, TagList tags) {
        String name = null;
        if (tableNameKey != null) {
            for (int i = 0; i < tags.count; i++) {
                TaosType t = tags.types[i];
                if (tags.keys[i].equals(tableNameKey) && (t == TaosType.NCHAR || t == TaosType.VARCHAR)) {
                    name = ChildTableNames.fromTag(tags.hashValues[i]);
                    tags.remove(i);
                    break;
                }
            }
        }
        int count = tags.count;
        if (name == null || name.isEmpty()) {
            name = ChildTableNames.generated(hashName, tags.keyBytes, tags.hashValues, count);
        }
        int[] index = new int[count];
        for (int i = 0; i < count; i++) {
            index[i] = tag(stable, tags.keys[i], tags.types[i], tags.lengths[i], tags.positions[i]);
            for (int j = 0; j < i; j++) {
                if (index[j] == index[i]) {
                    defer(SqlError.of(TaosError.PAR_DUPLICATED_COLUMN));
                }
            }
        }
        SmlChild c = new SmlChild(stable, name, Arrays.copyOf(tags.keys, count), Arrays.copyOf(tags.types, count),
                Arrays.copyOf(tags.values, count), index);
        SmlChild first = childByName.get(name);
        if (first != null && first.stable == stable) {
            c.canonical = first;
            return first;
        }
        childByName.putIfAbsent(name, c);
        children.add(c);
        return c;
    }

    /** Index of tag {@code key} in the super table, adding it or widening it as needed. */
    private int tag(SmlStable st, String key, TaosType type, int length, int position) {
        int t = st.tagIndex(key);
        if (t < 0) {
            if (st.columnIndex(key) >= 0) {
                defer(SqlError.of(TaosError.PAR_DUPLICATED_COLUMN));
            }
            return st.addTag(key, type, length, position);
        }
        if (st.tagTypes[t] != type) {
            defer(SqlError.of(TaosError.SML_INVALID_DATA));
        }
        if (length > st.tagLens[t]) {
            st.tagLens[t] = length;
        }
        return t;
    }

    /**
     * The column of the {@code n}-th field of the current line, adding it or widening it as needed; a changed type
     * or a repeated key is deferred.
     *
     * @param keyPos position of the key in the payload for the message, or -1 to name {@code key} instead
     */
    int column(SmlStable st, int n, String key, TaosType type, int length, int keyPos) {
        int c;
        if (n < st.seqKeys.length && st.seqKeys[n] == key) {
            c = st.seqCols[n];
        } else {
            c = st.columnIndex(key);
            if (c < 0) {
                if (st.tagIndex(key) >= 0) {
                    defer(SqlError.of(TaosError.PAR_DUPLICATED_COLUMN));
                }
                c = st.addColumn(key, type, length, keyPos);
            }
            st.remember(n, key, c);
        }
        if (st.colTypes[c] != type) {
            String what = "the type is not the same like before";
            defer(keyPos >= 0 ? SmlErrors.at(TaosError.SML_NOT_SAME_TYPE, what, data, keyPos)
                    : SmlErrors.of(TaosError.SML_NOT_SAME_TYPE, what + ":" + key));
        } else if (length > st.colLens[c]) {
            st.colLens[c] = length;
        }
        if (st.colLine[c] == rows) {
            defer(SqlError.of(TaosError.PAR_DUPLICATED_COLUMN));
        }
        st.colLine[c] = rows;
        return c;
    }

    /** Starts a row; the fields added next belong to it. */
    void beginRow(SmlChild child, long ts) {
        if (rows == rowChild.length) {
            int n = rows * 2;
            rowChild = Arrays.copyOf(rowChild, n);
            rowTs = Arrays.copyOf(rowTs, n);
            rowStart = Arrays.copyOf(rowStart, n);
        }
        rowChild[rows] = child.canonical;
        rowTs[rows] = ts;
        rowStart[rows] = fields;
        rows++;
    }

    void field(int column, long bits) {
        if (fields == fieldCol.length) {
            fieldCol = Arrays.copyOf(fieldCol, fields * 2);
            fieldBits = Arrays.copyOf(fieldBits, fields * 2);
        }
        fieldCol[fields] = column;
        fieldBits[fields] = bits;
        fields++;
    }

    /** Fields of row {@code r} end here (exclusive). */
    int rowEnd(int r) {
        return r + 1 < rows ? rowStart[r + 1] : fields;
    }

    /** Reserves {@code len} bytes of the store; returns their offset. */
    int reserve(int len) {
        if (storeLength + len > store.length) {
            store = Arrays.copyOf(store, Math.max(store.length * 2, storeLength + len));
        }
        int off = storeLength;
        storeLength += len;
        return off;
    }

    /** Copies bytes into the store; returns the {@code offset << 32 | length} bits of a string field. */
    long storeBytes(byte[] b, int off, int len) {
        int at = reserve(len);
        System.arraycopy(b, off, store, at, len);
        return (long) at << 32 | len;
    }
}
