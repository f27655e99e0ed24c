package io.taos4j.server.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.engine.Session;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers, background flushes (a tiny memtable budget) and readers at once: readers never fail and never see rows
 * go missing, out-of-order updates land, and everything is there after a crash.
 */
class ConcurrencyTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final int WRITERS = 3;
    private static final int REQUESTS = 120;
    private static final int ROWS = 40;

    @TempDir
    Path dir;

    @Test
    void writesFlushesAndQueriesInterleave() throws Exception {
        long expected = (long) WRITERS * REQUESTS * ROWS;
        try (Node n = new Node(dir, new DurableStorage.Options(96 << 10, 64 << 10))) {
            n.exec("create database cc vgroups 2");
            n.exec("create stable cc.st (ts timestamp, v bigint, s varchar(12)) tags (w int)");
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            AtomicBoolean done = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                threads.add(new Thread(() -> {
                    try {
                        Session s = new Session("root", "cc", ZoneOffset.UTC);
                        for (int r = 0; r < REQUESTS; r++) {
                            StringBuilder sb = new StringBuilder("insert into c" + writer + " using st tags ("
                                    + writer + ") values");
                            for (int i = 0; i < ROWS; i++) {
                                long ts = T0 + (long) r * ROWS + i;
                                sb.append(" (").append(ts).append(", 0, 'x')");
                            }
                            n.engine.execute(s, sb.toString());
                            if (r > 10 && r % 7 == 0) { // rewrite an older, probably flushed, row: v = its offset
                                long old = (long) (r - 10) * ROWS + 3;
                                n.engine.execute(s, "insert into c" + writer + " (ts, v) values (" + (T0 + old)
                                        + ", " + old + ")");
                            }
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }));
            }
            Thread reader = new Thread(() -> {
                long last = 0;
                try {
                    while (!done.get()) {
                        long count = Long.parseLong(new Node.Reader(n).one("select count(*) from cc.st"));
                        assertThat(count).isGreaterThanOrEqualTo(last);
                        last = count;
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.forEach(Thread::start);
            reader.start();
            for (Thread t : threads) {
                t.join();
            }
            done.set(true);
            reader.join();
            assertThat(errors).isEmpty();
            assertThat(n.one("select count(*) from cc.st")).isEqualTo(Long.toString(expected));
            assertThat(n.storage.stats().segments()).as("flushed while writing").isGreaterThan(0);
            n.crash();
        }
        try (Node n = new Node(dir)) {
            assertThat(n.one("select count(*) from cc.st")).isEqualTo(Long.toString(expected));
            long updated = 0;
            for (int r = 11; r < REQUESTS; r++) {
                if (r % 7 == 0) {
                    updated += (long) (r - 10) * ROWS + 3;
                }
            }
            assertThat(n.one("select sum(v) from cc.st")).isEqualTo(Long.toString(WRITERS * updated));
            assertThat(n.one("select count(*) from cc.st where s = 'x'")).isEqualTo(Long.toString(expected));
        }
    }
}
