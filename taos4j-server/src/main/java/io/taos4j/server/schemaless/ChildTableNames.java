package io.taos4j.server.schemaless;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Child table names as TDengine's schemaless writer makes them (tname.c {@code buildChildTableName}, clientSml.c
 * {@code smlParseTableName}): {@code t_} and the MD5 (hex) of {@code "<stable>,<k1>=<v1>,<k2>=<v2>..."} with the
 * tags sorted by key, case-insensitively; or the value of the table-name tag, with dots turned into underscores.
 */
final class ChildTableNames {
    /** Longest table name (TSDB_TABLE_NAME_LEN - 1). */
    static final int MAX_NAME = 192;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ChildTableNames() {
    }

    /**
     * The generated name.
     *
     * @param stable the super table name as the payload spells it, dots already replaced by underscores
     * @param keys   tag keys (unescaped UTF-8)
     * @param values tag values: UTF-8 for strings, the C value's bytes (little-endian) for numbers and BOOL
     * @param count  number of tags to use
     */
    static String generated(byte[] stable, byte[][] keys, byte[][] values, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compareKeys(keys[a], keys[b]));
        MessageDigest md5 = md5();
        md5.update(stable);
        for (int i : order) {
            md5.update((byte) ',');
            md5.update(keys[i]);
            md5.update((byte) '=');
            md5.update(values[i]);
        }
        byte[] digest = md5.digest();
        char[] out = new char[2 + 32];
        out[0] = 't';
        out[1] = '_';
        for (int i = 0; i < 16; i++) {
            out[2 + 2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[3 + 2 * i] = HEX[digest[i] & 0xF];
        }
        return new String(out);
    }

    /** {@code strncasecmp} over the shorter length, then the shorter key first. */
    static int compareKeys(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int x = lower(a[i]);
            int y = lower(b[i]);
            if (x != y) {
                return x - y;
            }
        }
        return a.length - b.length;
    }

    private static int lower(byte c) {
        int u = c & 0xFF;
        return u >= 'A' && u <= 'Z' ? u + 32 : u;
    }

    /** The name a table-name tag's value gives: at most 192 bytes, dots replaced by underscores. */
    static String fromTag(byte[] value) {
        int n = Math.min(value.length, MAX_NAME);
        byte[] b = Arrays.copyOf(value, n);
        for (int i = 0; i < n; i++) {
            if (b[i] == '.') {
                b[i] = '_';
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Dots to underscores ({@code smlDot2Underline}, on by default), in place. */
    static byte[] dotsToUnderscores(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '.') {
                b[i] = '_';
            }
        }
        return b;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
