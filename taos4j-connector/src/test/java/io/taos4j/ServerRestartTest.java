package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The server restarts (stopped, then a new one started on the same port and data) while inserts and queries run:
 * every connection recovers, no insert that reported success is lost or applied twice.
 */
class ServerRestartTest {
    private static final int WRITERS = 4;
    private static final int READERS = 2;

    @Test
    void clientsRecoverFromARestartWithoutLosingOrDuplicatingRows() throws Exception {
        TaosServer first = TaosServer.builder().port(0).start();
        int port = first.port();
        String dsn = "ws://127.0.0.1:" + port + "/rs?reconnect_retries=30&reconnect_backoff=20ms"
                + "&reconnect_backoff_max=200ms";
        try (Taos admin = TaosBuilder.fromDsn(first.dsn()).build()) {
            admin.exec("create database rs precision 'ns'");
            for (int w = 0; w < WRITERS; w++) {
                admin.exec("create table rs.w" + w + " (ts timestamp, id int)");
            }
        }
        Workload[] loads = new Workload[WRITERS];
        List<Taos> connections = new ArrayList<>();
        for (int i = 0; i < WRITERS + READERS; i++) {
            connections.add(TaosBuilder.fromDsn(dsn).build());
        }
        AtomicInteger phase = new AtomicInteger(); // 0 before, 1 restarting, 2 after the restart
        AtomicInteger writtenAfter = new AtomicInteger();
        ExecutorService pool = Workload.threads(WRITERS + READERS);
        TaosServer second = null;
        try {
            List<Future<?>> tasks = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            for (int w = 0; w < WRITERS; w++) {
                Workload load = loads[w] = new Workload();
                Taos taos = connections.get(w);
                String table = "w" + w;
                tasks.add(pool.submit(() -> {
                    for (int id = 0; System.nanoTime() < end; id++) {
                        int i = id;
                        load.write(i, () -> taos.exec("insert into " + table + " values (now, " + i + ")"));
                        if (phase.get() == 2 && load.succeeded.contains(i)) {
                            writtenAfter.incrementAndGet();
                        }
                    }
                }));
            }
            Workload reads = new Workload();
            for (int r = 0; r < READERS; r++) {
                Taos taos = connections.get(WRITERS + r);
                tasks.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        reads.read(() -> taos.query("select * from w0", Object[].class));
                    }
                }));
            }
            Thread.sleep(1000);
            phase.set(1);
            first.close();
            Thread.sleep(300);
            second = TaosServer.builder().port(port).dataOf(first).start();
            phase.set(2);
            for (Future<?> f : tasks) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(reads.unexpected).isEmpty();
            assertThat(reads.reads).hasValueGreaterThan(0);
            assertThat(writtenAfter).as("inserts succeed after the restart").hasValueGreaterThan(0);
            for (Taos taos : connections) {
                assertThat(taos.isClosed()).isFalse();
            }
            try (Taos check = TaosBuilder.fromDsn(second.dsn()).build()) {
                for (int w = 0; w < WRITERS; w++) {
                    List<Integer> ids = new ArrayList<>();
                    for (Object[] row : check.query("select id from rs.w" + w, Object[].class)) {
                        ids.add((Integer) row[0]);
                    }
                    loads[w].check(ids);
                }
            }
        } finally {
            pool.shutdownNow();
            connections.forEach(Taos::close);
            if (second != null) {
                second.close();
            }
            first.close();
        }
    }
}
