package io.taos4j.server.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log reader TMQ builds on: versioned writes, deletes and DDL meta events per vgroup, and retention. */
class VgroupLogTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;

    private static List<LogEntry> all(VgroupLog log, long from) {
        List<LogEntry> out = new ArrayList<>();
        for (Iterator<LogEntry> it = log.read(from); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void entriesComeBackInVersionOrderAcrossRestarts() {
        int vg;
        try (Node n = new Node(dir)) {
            n.exec("create database db vgroups 1 wal_retention_period -1");
            Database db = n.catalog.database("db");
            vg = db.vgroupIds()[0];
            n.exec("create stable db.st (ts timestamp, v int) tags (t int)");
            n.exec("insert into db.c1 using db.st tags (1) values (" + T0 + ", 1) (" + (T0 + 1) + ", 2)");
            n.exec("insert into db.c1 (ts, v) values (" + (T0 + 2) + ", 3)");
            n.exec("delete from db.c1 where ts = " + T0);
            n.exec("drop table db.c1");
            VgroupLog log = n.storage.log(vg);
            List<LogEntry> entries = all(log, 0);
            assertThat(entries).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Meta", "Meta", "Write", "Write", "Delete", "Meta");
            for (int i = 0; i < entries.size(); i++) {
                assertThat(entries.get(i).version()).isEqualTo(i + 1L);
            }
            assertThat(((LogEntry.Meta) entries.get(0)).record()).isInstanceOf(CatalogRecord.SuperTableDef.class);
            assertThat(((LogEntry.Meta) entries.get(1)).record())
                    .isInstanceOfSatisfying(CatalogRecord.ChildTableDef.class, c -> assertThat(c.name()).isEqualTo("c1"));
            LogEntry.Write w = (LogEntry.Write) entries.get(2);
            assertThat(w.tables()).singleElement().satisfies(t -> {
                assertThat(t.table()).isEqualTo("c1");
                assertThat(t.batch().rows()).isEqualTo(2);
                assertThat(t.batch().timestamps().get(1)).isEqualTo(T0 + 1);
            });
            assertThat(((LogEntry.Delete) entries.get(4)).from()).isEqualTo(T0);
            assertThat(((LogEntry.Meta) entries.get(5)).record()).isInstanceOf(CatalogRecord.TableDrop.class);
            assertThat(all(log, 4)).extracting(LogEntry::version).containsExactly(4L, 5L, 6L);
            assertThat(log.firstVersion()).isEqualTo(1);
            assertThat(log.lastVersion()).isEqualTo(6);
            n.storage.flush(); // retention -1 keeps the flushed log
        }
        try (Node n = new Node(dir)) {
            VgroupLog log = n.storage.log(vg);
            assertThat(all(log, 0)).extracting(LogEntry::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            n.exec("insert into db.c2 using db.st tags (2) values (" + T0 + ", 1)");
            assertThat(log.lastVersion()).as("versions continue after a restart").isEqualTo(8);
        }
    }

    @Test
    void retentionZeroDropsFlushedLogFiles() {
        try (Node n = new Node(dir)) {
            n.exec("create database db vgroups 1 wal_retention_period 0 wal_retention_size 0");
            int vg = n.catalog.database("db").vgroupIds()[0];
            n.exec("create table db.t (ts timestamp, v int)");
            n.exec("insert into db.t values (" + T0 + ", 1)");
            VgroupLog log = n.storage.log(vg);
            long last = log.lastVersion();
            n.storage.flush();
            n.exec("insert into db.t values (" + (T0 + 1) + ", 2)");
            n.storage.flush();
            assertThat(log.firstVersion()).as("flushed entries are gone").isGreaterThan(last);
            assertThat(n.rows("select v from db.t")).containsExactly("1", "2");
        }
    }
}
