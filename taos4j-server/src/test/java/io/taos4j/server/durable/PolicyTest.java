package io.taos4j.server.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.DataTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAL_LEVEL / WAL_FSYNC_PERIOD, KEEP, the memtable budget and the block cache bound. */
class PolicyTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;

    private static Wal wal(Node n, String db) {
        return n.storage.vgroupById(n.catalog.database(db).vgroupIds()[0]).wal();
    }

    @Test
    void walLevelTwoWithPeriodZeroFsyncsBeforeAcknowledging() {
        try (Node n = new Node(dir)) {
            n.exec("create database sdb vgroups 1 wal_level 2 wal_fsync_period 0");
            n.exec("create database lazy vgroups 1 wal_level 1");
            n.exec("create table sdb.t (ts timestamp, v int)");
            n.exec("create table lazy.t (ts timestamp, v int)");
            for (int i = 0; i < 3; i++) {
                n.exec("insert into sdb.t values (" + (T0 + i) + ", 1)");
                n.exec("insert into lazy.t values (" + (T0 + i) + ", 1)");
                assertThat(wal(n, "sdb").syncedVersion()).isEqualTo(wal(n, "sdb").lastVersion());
            }
            assertThat(wal(n, "lazy").syncedVersion()).as("WAL_LEVEL 1 writes without fsync")
                    .isLessThan(wal(n, "lazy").lastVersion());
        }
    }

    @Test
    void fsyncPeriodSyncsInTheBackground() throws InterruptedException {
        try (Node n = new Node(dir)) {
            n.exec("create database g vgroups 1 wal_level 2 wal_fsync_period 50");
            n.exec("create table g.t (ts timestamp, v int)");
            n.exec("insert into g.t values (" + T0 + ", 1)");
            Wal wal = wal(n, "g");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (wal.syncedVersion() < wal.lastVersion() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(wal.syncedVersion()).isEqualTo(wal.lastVersion());
        }
    }

    @Test
    void keepDeletesExpiredRowsDurably() {
        long now = System.currentTimeMillis();
        try (Node n = new Node(dir)) {
            n.exec("create database k vgroups 1 duration 60m keep 1d");
            n.exec("create table k.t (ts timestamp, v int)");
            n.exec("insert into k.t values (" + (now - 7_200_000) + ", 1) (" + now + ", 2)");
            assertThat(n.storage.enforceKeep(now + 23 * 3_600_000L)).isEqualTo(1);
            n.crash();
        }
        try (Node n = new Node(dir)) {
            assertThat(n.rows("select v from k.t")).containsExactly("2");
        }
    }

    @Test
    void memoryStaysWithinTheBudgetAndQueriesReadSegments() {
        long budget = 256 << 10;
        DurableStorage.Options small = new DurableStorage.Options(budget, 128 << 10);
        try (Node n = new Node(dir, small)) {
            n.exec("create database m vgroups 2");
            n.exec("create stable m.st (ts timestamp, v bigint, s varchar(16)) tags (t int)");
            long maxUnflushed = 0;
            for (int batch = 0; batch < 60; batch++) {
                StringBuilder sb = new StringBuilder("insert into");
                for (int t = 0; t < 4; t++) {
                    sb.append(" m.c").append(t).append(" using m.st tags (").append(t).append(") values");
                    for (int i = 0; i < 500; i++) {
                        long ts = T0 + batch * 500L + i;
                        sb.append(" (").append(ts).append(", ").append(ts - T0).append(", 'row").append(i).append("')");
                    }
                }
                n.exec(sb.toString());
                maxUnflushed = Math.max(maxUnflushed, n.storage.stats().unflushedBytes());
            }
            DurableStorage.Stats stats = n.storage.stats();
            assertThat(stats.segments()).as("flushed on the budget").isGreaterThan(0);
            assertThat(maxUnflushed).as("writers wait beyond twice the budget").isLessThan(2 * budget + (1 << 20));
            long expectedSum = 4 * (30_000L * 29_999 / 2);
            assertThat(n.one("select count(*), sum(v) from m.st")).isEqualTo("120000|" + expectedSum);
            assertThat(n.storage.cache().usedBytes()).as("block cache bounded").isLessThanOrEqualTo(128 << 10 + 400_000);
            long resident = 0;
            for (var t : n.catalog.database("m").tables()) {
                if (t instanceof DataTable d) {
                    for (var c : d.data().snapshot()) {
                        resident += c.residentBytes();
                    }
                }
            }
            assertThat(resident).as("memtables hold only unflushed rows").isLessThan(4L * budget);
        }
    }

    @Test
    void manySmallFlushesLeaveFewSegments() {
        try (Node n = new Node(dir)) {
            n.exec("create database f vgroups 1");
            n.exec("create stable f.st (ts timestamp, v int) tags (t int)");
            long expected = 0;
            for (int round = 0; round < 40; round++) {
                StringBuilder sb = new StringBuilder("insert into");
                for (int t = 0; t < 3; t++) {
                    sb.append(" f.c").append(t).append(" using f.st tags (").append(t).append(") values");
                    for (int i = 0; i < 600; i++) { // blocks too big to be merged as small chunks
                        sb.append(" (").append(T0 + round * 600L + i).append(", ").append(i).append(')');
                        expected += i;
                    }
                }
                n.exec(sb.toString());
                n.storage.flush();
            }
            Vgroup vg = n.storage.vgroupById(n.catalog.database("f").vgroupIds()[0]);
            assertThat(vg.segmentCount()).isLessThanOrEqualTo(Vgroup.MAX_SEGMENTS + 1);
            assertThat(n.one("select count(*), sum(v) from f.st")).isEqualTo("72000|" + expected);
            n.crash();
        }
        try (Node n = new Node(dir)) {
            assertThat(n.one("select count(*) from f.st")).isEqualTo("72000");
        }
    }

    @Test
    void compactionRewritesSparseSegmentsAndSmallBlocks() {
        try (Node n = new Node(dir)) {
            n.exec("create database c vgroups 1");
            n.exec("create table c.t (ts timestamp, v int)");
            for (int round = 0; round < 12; round++) {
                n.exec("insert into c.t values (" + (T0 + round) + ", " + round + ")");
                n.storage.flush(); // one tiny block per flush
            }
            Vgroup vg = n.storage.vgroupById(n.catalog.database("c").vgroupIds()[0]);
            DataTable t = (DataTable) n.catalog.database("c").table("t");
            assertThat(t.data().snapshot().length).as("small blocks merged").isLessThan(3);
            assertThat(vg.segmentCount()).as("segments without live blocks deleted").isLessThan(4);
            assertThat(n.one("select count(*), sum(v) from c.t")).isEqualTo("12|66");
        }
    }
}
