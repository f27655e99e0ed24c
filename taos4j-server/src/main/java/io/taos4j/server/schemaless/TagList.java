package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/** The tags of one child table being parsed, before it is registered with the batch. Reusable; not thread-safe. */
final class TagList {
    String[] keys = new String[8];
    TaosType[] types = new TaosType[8];
    /** String for VARCHAR and NCHAR, Double, Float, Long, Boolean, byte[] for VARBINARY. */
    Object[] values = new Object[8];
    /** The length TDengine sizes the tag by (UTF-8 bytes for strings). */
    int[] lengths = new int[8];
    /** Where the key starts in the payload, or -1 (for messages). */
    int[] positions = new int[8];
    byte[][] keyBytes = new byte[8][];
    /** The value as the MD5 child name hashes it. */
    byte[][] hashValues = new byte[8][];
    int count;

    void clear() {
        count = 0;
    }

    void add(String name, TaosType type, Object value, int length, int position, byte[] key, byte[] hashValue) {
        if (count == keys.length) {
            int n = count * 2;
            keys = Arrays.copyOf(keys, n);
            types = Arrays.copyOf(types, n);
            values = Arrays.copyOf(values, n);
            lengths = Arrays.copyOf(lengths, n);
            positions = Arrays.copyOf(positions, n);
            keyBytes = Arrays.copyOf(keyBytes, n);
            hashValues = Arrays.copyOf(hashValues, n);
        }
        keys[count] = name;
        types[count] = type;
        values[count] = value;
        lengths[count] = length;
        positions[count] = position;
        keyBytes[count] = key;
        hashValues[count] = hashValue;
        count++;
    }

    /** Takes out tag {@code i} (the table-name tag). */
    void remove(int i) {
        int tail = count - i - 1;
        System.arraycopy(keys, i + 1, keys, i, tail);
        System.arraycopy(types, i + 1, types, i, tail);
        System.arraycopy(values, i + 1, values, i, tail);
        System.arraycopy(lengths, i + 1, lengths, i, tail);
        System.arraycopy(positions, i + 1, positions, i, tail);
        System.arraycopy(keyBytes, i + 1, keyBytes, i, tail);
        System.arraycopy(hashValues, i + 1, hashValues, i, tail);
        count--;
    }

    /** Registers the child these tags describe (see {@link SmlBatch#child}). */
    SmlChild register(SmlBatch batch, SmlStable stable, byte[] hashName) {
        return batch.child(stable, hashName, this);
    }
}
