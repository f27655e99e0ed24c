package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosType;
import java.util.Arrays;

/** The tags of one child table being parsed, before it is registered with the batch. Reusable; not thread-safe. */
final class TagList {
    private String[] keys = new String[8];
    private TaosType[] types = new TaosType[8];
    private Object[] values = new Object[8];
    private int[] lengths = new int[8];
    private byte[][] keyBytes = new byte[8][];
    private byte[][] valueBytes = new byte[8][];
    private int count;

    void clear() {
        count = 0;
    }

    /**
     * Adds a tag.
     *
     * @param length    the length TDengine sizes the tag by (UTF-8 bytes for strings)
     * @param key       the key as UTF-8
     * @param hashValue the value as the MD5 child name hashes it
     */
    void add(String name, TaosType type, Object value, int length, byte[] key, byte[] hashValue) {
        if (count == keys.length) {
            int n = count * 2;
            keys = Arrays.copyOf(keys, n);
            types = Arrays.copyOf(types, n);
            values = Arrays.copyOf(values, n);
            lengths = Arrays.copyOf(lengths, n);
            keyBytes = Arrays.copyOf(keyBytes, n);
            valueBytes = Arrays.copyOf(valueBytes, n);
        }
        keys[count] = name;
        types[count] = type;
        values[count] = value;
        lengths[count] = length;
        keyBytes[count] = key;
        valueBytes[count] = hashValue;
        count++;
    }

    /** Registers the child these tags describe (see {@link SmlBatch#child}). */
    SmlChild register(SmlBatch batch, SmlStable stable, byte[] hashName) {
        return batch.child(stable, hashName, keys, types, values, lengths, keyBytes, valueBytes, count);
    }
}
