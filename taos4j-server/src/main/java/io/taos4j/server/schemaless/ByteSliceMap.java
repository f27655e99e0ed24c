package io.taos4j.server.schemaless;

import java.util.Arrays;

/**
 * An open-addressing hash map keyed by byte slices, looked up without allocating: the parser finds interned names
 * and known child tables straight from the payload bytes. Keys are copied on insert. Not thread-safe.
 *
 * @param <V> value type
 */
final class ByteSliceMap<V> {
    private byte[][] keys = new byte[16][];
    private int[] hashes = new int[16];
    private Object[] values = new Object[16];
    private int size;

    static int hash(byte[] b, int off, int len) {
        int h = 1;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    /** The value for the slice, or null. */
    @SuppressWarnings("unchecked")
    V get(byte[] b, int off, int len) {
        int h = hash(b, off, len);
        int mask = keys.length - 1;
        for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && Arrays.equals(keys[i], 0, keys[i].length, b, off, off + len)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Maps a copy of the slice to {@code value}, replacing any previous value. */
    void put(byte[] b, int off, int len, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int h = hash(b, off, len);
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) {
            if (hashes[i] == h && Arrays.equals(keys[i], 0, keys[i].length, b, off, off + len)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = Arrays.copyOfRange(b, off, off + len);
        hashes[i] = h;
        values[i] = value;
        size++;
    }

    int size() {
        return size;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }
}
