package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 64 threads (virtual threads on JDK 21+) share a pool of 8 connections for 10 seconds of mixed queries and
 * inserts, while the network drops every connection twice: no error beyond the documented ones, nothing lost or
 * doubled, every connection back in the pool, and no buffer leak (Netty's paranoid leak detector is on in tests).
 */
class PoolSoakTest {
    private static final int THREADS = 64;

    @Test
    void sixtyFourThreadsShareAPoolThroughDrops() throws Exception {
        try (TaosServer server = TaosServer.builder().port(0).start(); TcpProxy proxy = new TcpProxy(server.port())) {
            try (Taos admin = TaosBuilder.fromDsn(server.dsn()).build()) {
                admin.execMany("create database soak precision 'ns'", "create table soak.t (ts timestamp, id int)");
            }
            Workload load = new Workload();
            AtomicInteger ids = new AtomicInteger();
            ExecutorService threads = Workload.threads(THREADS);
            try (Pool pool = TaosBuilder.fromDsn(proxy.dsn() + "/soak?reconnect_backoff=20ms").poolBuilder()
                    .maxSize(8).minIdle(2).build()) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                List<Future<?>> tasks = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    tasks.add(threads.submit(() -> {
                        while (System.nanoTime() < end) {
                            try (Taos taos = pool.get()) {
                                if (ThreadLocalRandom.current().nextInt(10) < 3) {
                                    int id = ids.incrementAndGet();
                                    load.write(id, () -> taos.exec("insert into t values (now, " + id + ")"));
                                } else {
                                    load.read(() -> taos.query("select * from t limit 100", Object[].class));
                                }
                            }
                        }
                    }));
                }
                Thread.sleep(3000);
                proxy.cutAll();
                Thread.sleep(3000);
                proxy.cutAll();
                for (Future<?> f : tasks) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertThat(pool.active()).isZero();
                assertThat(load.reads).hasValueGreaterThan(THREADS);
                List<Integer> stored = new ArrayList<>();
                try (Taos taos = pool.get()) {
                    for (Object[] row : taos.query("select id from t", Object[].class)) {
                        stored.add((Integer) row[0]);
                    }
                }
                load.check(stored);
            } finally {
                threads.shutdownNow();
            }
        }
        // a leak is reported when a leaked buffer is collected and a later allocation samples it
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            try (Taos taos = TaosBuilder.fromDsn("taos+mem://soak-leaks").build()) {
                taos.query("select server_version()", Object[].class);
            }
        }
        ByteBuffer.allocate(1);
        assertThat(LogCapture.errors()).as("Netty leak reports").noneMatch(line -> line.contains("LEAK"));
    }
}
