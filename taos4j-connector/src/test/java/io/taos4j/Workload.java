package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bookkeeping of a fault test's writers and readers: which inserts reported success, which failed with an unknown
 * outcome, and which errors were seen. Only the errors the connector documents for a lost connection are allowed:
 * {@code 0x0213} for a write whose reply was lost and for a result set cut mid-fetch.
 */
final class Workload {
    final Set<Integer> succeeded = ConcurrentHashMap.newKeySet();
    final Set<Integer> unknown = ConcurrentHashMap.newKeySet();
    final List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Map<String, AtomicLong> documented = new ConcurrentHashMap<>();
    final AtomicLong reads = new AtomicLong();

    /** Runs {@code insert} for id; records the outcome. */
    void write(int id, Runnable insert) {
        try {
            insert.run();
            succeeded.add(id);
        } catch (TaosException e) {
            if (e.code() == 0x0213 && e.getMessage().contains("may or may not have run")) {
                unknown.add(id);
                documented.computeIfAbsent("write outcome unknown", k -> new AtomicLong()).incrementAndGet();
            } else {
                unexpected.add(e);
            }
        } catch (RuntimeException e) {
            unexpected.add(e);
        }
    }

    /** Runs a read; records whether it failed, and how. */
    void read(Runnable query) {
        try {
            query.run();
            reads.incrementAndGet();
        } catch (TaosException e) {
            if (e.code() == 0x0213 && e.getMessage().contains("results do not survive a reconnection")) {
                documented.computeIfAbsent("result cut", k -> new AtomicLong()).incrementAndGet();
            } else {
                unexpected.add(e);
            }
        } catch (RuntimeException e) {
            unexpected.add(e);
        }
    }

    /** Every insert that reported success is there exactly once; nothing else is there but unknown outcomes. */
    void check(List<Integer> stored) {
        assertThat(unexpected).as("errors beyond the documented ones").isEmpty();
        Set<Integer> distinct = new HashSet<>(stored);
        assertThat(stored).as("no insert was applied twice").hasSize(distinct.size());
        assertThat(distinct).as("every insert that reported success is stored").containsAll(succeeded);
        List<Integer> extra = new ArrayList<>(distinct);
        extra.removeAll(succeeded);
        assertThat(unknown).as("rows beyond the successful inserts come only from unknown outcomes")
                .containsAll(extra);
    }

    /** Virtual threads where the JDK has them (21+, found by reflection: the code is Java 17), else platform threads. */
    static ExecutorService threads(int n) {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            return Executors.newFixedThreadPool(n);
        }
    }
}
