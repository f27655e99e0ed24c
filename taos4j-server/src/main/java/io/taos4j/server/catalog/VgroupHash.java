package io.taos4j.server.catalog;

import java.nio.charset.StandardCharsets;

/**
 * Which vgroup of a database holds a table, computed the way TDengine does it so that {@code ins_tables.vgroup_id}
 * is meaningful: MurmurHash3 (32-bit, seed {@code 0x12345678}) of the table's full name {@code "1.<db>.<table>"}
 * (account id 1), and the 2^32 hash space cut into {@code VGROUPS} equal ranges, the last one taking the remainder.
 * Vgroup {@code i} of a database is its {@code i}-th vgroup id. Sources: TDengine {@code util/src/thash.c}
 * ({@code MurmurHash3_32}), {@code mnode/impl/src/mndVgroup.c} (hash ranges), and taosBenchmark's
 * {@code calcGroupIndex}, which performs the same computation on the client.
 */
public final class VgroupHash {
    private static final int SEED = 0x12345678;
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private VgroupHash() {
    }

    /** The 0-based index, in {@code [0, vgroups)}, of the vgroup holding {@code table} of {@code db}. */
    public static int index(String db, String table, int vgroups) {
        long hash = Integer.toUnsignedLong(murmur3("1." + db + "." + table));
        long step = 0xFFFF_FFFFL / vgroups;
        return (int) Math.min(hash / step, vgroups - 1);
    }

    /** MurmurHash3 x86 32-bit of the UTF-8 bytes of {@code key} with TDengine's seed. */
    static int murmur3(String key) {
        return murmur3(key, SEED);
    }

    static int murmur3(String key, int seed) {
        byte[] data = key.getBytes(StandardCharsets.UTF_8);
        int len = data.length;
        int h1 = seed;
        int blocks = len >>> 2;
        for (int i = 0; i < blocks; i++) {
            int p = i << 2;
            int k1 = data[p] & 0xff | (data[p + 1] & 0xff) << 8 | (data[p + 2] & 0xff) << 16 | data[p + 3] << 24;
            k1 *= C1;
            k1 = Integer.rotateLeft(k1, 15);
            k1 *= C2;
            h1 ^= k1;
            h1 = Integer.rotateLeft(h1, 13);
            h1 = h1 * 5 + 0xe6546b64;
        }
        int tail = blocks << 2;
        int k1 = 0;
        switch (len & 3) {
            case 3:
                k1 ^= (data[tail + 2] & 0xff) << 16;
                // fall through
            case 2:
                k1 ^= (data[tail + 1] & 0xff) << 8;
                // fall through
            case 1:
                k1 ^= data[tail] & 0xff;
                k1 *= C1;
                k1 = Integer.rotateLeft(k1, 15);
                k1 *= C2;
                h1 ^= k1;
                break;
            default:
                break;
        }
        h1 ^= len;
        h1 ^= h1 >>> 16;
        h1 *= 0x85ebca6b;
        h1 ^= h1 >>> 13;
        h1 *= 0xc2b2ae35;
        h1 ^= h1 >>> 16;
        return h1;
    }
}
