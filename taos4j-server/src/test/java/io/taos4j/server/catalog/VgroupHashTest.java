package io.taos4j.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VgroupHashTest {

    @Test
    void murmur3MatchesTheReferenceVectors() {
        // MurmurHash3_x86_32 reference values (SMHasher)
        assertThat(VgroupHash.murmur3("", 0)).isEqualTo(0);
        assertThat(VgroupHash.murmur3("", 1)).isEqualTo(0x514E28B7);
        assertThat(VgroupHash.murmur3("The quick brown fox jumps over the lazy dog", 0)).isEqualTo(0x2e4ff723);
        assertThat(VgroupHash.murmur3("a", 0)).isEqualTo(0x3c2569b2);
    }

    @Test
    void indexIsStableAndCoversEveryVgroup() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int v = VgroupHash.index("power", "d" + i, 4);
            assertThat(v).isBetween(0, 3).isEqualTo(VgroupHash.index("power", "d" + i, 4));
            seen.add(v);
        }
        assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(VgroupHash.index("power", "d1", 1)).isZero();
    }

    @Test
    void passwordsAreStoredAsSaltedHashes() {
        Password a = Password.of("taosdata");
        Password b = Password.of("taosdata");
        assertThat(a.matches("taosdata")).isTrue();
        assertThat(a.matches("taosdatA")).isFalse();
        assertThat(a.matches(null)).isFalse();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.toString()).doesNotContain("taosdata");
    }
}
