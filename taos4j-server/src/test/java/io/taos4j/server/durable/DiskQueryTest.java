package io.taos4j.server.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries over flushed segments read only the blocks they need: count(*) counts blocks wholly inside the time range
 * from their metadata, last_row reads each table's newest block. Checked with the block cache's disk reads.
 */
class DiskQueryTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    private static void populate(Node n) {
        n.exec("create database db vgroups 1");
        n.exec("create stable db.m (ts timestamp, v int) tags (g int)");
        for (int t = 0; t < 3; t++) {
            StringBuilder sql = new StringBuilder("insert into db.d" + t + " using db.m tags (" + t + ") values");
            for (int r = 0; r < ROWS; r++) {
                sql.append(" (").append(T0 + r * 1000L).append(", ").append(r * 10 + t).append(')');
            }
            n.exec(sql.toString());
        }
        n.storage.flush();
    }

    @Test
    void countReadsNoBlockWhollyInsideTheRange() {
        try (Node n = new Node(dir)) {
            populate(n);
            long before = n.storage.cache().misses();
            assertThat(n.one("select count(*) from db.m")).isEqualTo(String.valueOf(3 * ROWS));
            assertThat(n.one("select count(*) from db.m partition by tbname order by 1 limit 1"))
                    .isEqualTo(String.valueOf(ROWS));
            assertThat(n.storage.cache().misses() - before).as("blocks read from disk").isZero();
            // a range cutting blocks reads only the timestamps of the blocks at its edges
            assertThat(n.one("select count(*) from db.d1 where ts >= " + (T0 + 1000) + " and ts < "
                    + (T0 + 11_000))).isEqualTo("10");
            // count(v) needs the values
            assertThat(n.one("select count(v) from db.d2")).isEqualTo(String.valueOf(ROWS));
            assertThat(n.storage.cache().misses() - before).isPositive();
        }
    }

    @Test
    void lastRowReadsOnlyTheNewestBlocks() {
        try (Node n = new Node(dir)) {
            populate(n);
            long before = n.storage.cache().misses();
            assertThat(n.rows("select tbname, last_row(v) from db.m partition by tbname order by tbname"))
                    .containsExactly("d0|" + ((ROWS - 1) * 10), "d1|" + ((ROWS - 1) * 10 + 1),
                            "d2|" + ((ROWS - 1) * 10 + 2));
            assertThat(n.one("select last_row(v) from db.m where ts < " + (T0 + 5000)))
                    .isIn("40", "41", "42");
            long misses = n.storage.cache().misses() - before;
            // newest block of each table (ts + v) and the oldest block of each for the range query, no more
            assertThat(misses).isLessThanOrEqualTo(3 * 2 * 2);
        }
    }

    @Test
    void repeatedScanLargerThanTheCacheKeepsHittingWhatStaysCached() {
        // the rows' columns (about 720 KB decoded) do not fit a 300 KB cache: plain LRU would evict every column just
        // before the next run asks for it again
        long capacity = 300_000;
        try (Node n = new Node(dir, new DurableStorage.Options(DurableStorage.Options.defaults().memtableBytes(),
                capacity))) {
            populate(n);
            String expected = null;
            long[] misses = new long[3];
            for (int run = 0; run < 3; run++) {
                long before = n.storage.cache().misses();
                String sum = n.one("select sum(v), count(ts) from db.m");
                misses[run] = n.storage.cache().misses() - before;
                if (expected == null) {
                    expected = sum;
                } else {
                    assertThat(sum).isEqualTo(expected);
                }
                assertThat(n.storage.cache().usedBytes()).isLessThanOrEqualTo(capacity);
            }
            long v = 0;
            for (int t = 0; t < 3; t++) {
                for (int r = 0; r < ROWS; r++) {
                    v += r * 10L + t;
                }
            }
            assertThat(expected).isEqualTo(v + "|" + 3 * ROWS);
            // the first run reads every column from disk; later runs find part of them cached
            assertThat(misses[0]).isPositive();
            assertThat(misses[2]).as("columns read from disk again by a repeated scan").isLessThan(misses[0]);
        }
    }

    @Test
    void flushedColumnsOfEveryFixedWidthTypeReadBackAsWritten() {
        try (Node n = new Node(dir)) {
            n.exec("create database db vgroups 1");
            n.exec("create table db.t (ts timestamp, a tinyint, b smallint, c int, d bigint, e float, f double,"
                    + " g bool, h varchar(8), u int unsigned)");
            StringBuilder sql = new StringBuilder("insert into db.t values");
            for (int r = 0; r < 500; r++) {
                String v = r % 7 == 3 ? "null, null, null, null, null, null, null, null, null"
                        : (r % 100 - 50) + ", " + (r * 37 - 9000) + ", " + (r * 100_003 - 7) + ", "
                                + (r * 1_000_000_007L - 3) + ", " + (r * 0.25f - 1) + ", " + (r * 1.0e-3 - 0.5)
                                + ", " + (r % 2 == 0) + ", 'v" + r + "', " + (r * 7_000_001L);
                sql.append(" (").append(T0 - 250_000 + r * 997L).append(", ").append(v).append(')');
            }
            n.exec(sql.toString());
            String query = "select * from db.t order by ts";
            var before = n.rows(query);
            n.storage.flush();
            long misses = n.storage.cache().misses();
            assertThat(n.rows(query)).hasSize(500).containsExactlyElementsOf(before);
            assertThat(n.storage.cache().misses() - misses).as("columns decoded from the segment").isPositive();
        }
    }
}
