package io.taos4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent by the threads of this JVM between {@link #start()} and {@link #stop()}, split into the embedded
 * server's request threads ({@code taos4j-request-*}), its network threads ({@code taos4j-io-*}) and everything
 * else (the client under test, the benchmark loop, the JIT and GC are not threads of either). On a shared machine
 * wall-clock rates depend on the neighbours; CPU seconds per row do much less.
 */
final class CpuMeter {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startCpu = new HashMap<>();
    private long startProcess;
    double serverRequestSeconds;
    double serverIoSeconds;
    double otherSeconds;
    double processSeconds;

    CpuMeter() {
        threads.setThreadCpuTimeEnabled(true);
    }

    void start() {
        startCpu.clear();
        for (long id : threads.getAllThreadIds()) {
            startCpu.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        startProcess = processCpu();
    }

    void stop() {
        serverRequestSeconds = 0;
        serverIoSeconds = 0;
        otherSeconds = 0;
        for (long id : threads.getAllThreadIds()) {
            long now = threads.getThreadCpuTime(id);
            ThreadInfo info = threads.getThreadInfo(id);
            if (now < 0 || info == null) {
                continue;
            }
            double seconds = (now - startCpu.getOrDefault(id, 0L)) / 1e9;
            String name = info.getThreadName();
            if (name.startsWith("taos4j-request")) {
                serverRequestSeconds += seconds;
            } else if (name.startsWith("taos4j-io")) {
                serverIoSeconds += seconds;
            } else {
                otherSeconds += seconds;
            }
        }
        processSeconds = (processCpu() - startProcess) / 1e9;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    String describe(long rows) {
        return String.format(java.util.Locale.ROOT, "CPU s: server requests %.2f, server I/O %.2f, other threads %.2f,"
                + " whole process %.2f; server ingest %,.0f rows per server-CPU-second",
                serverRequestSeconds, serverIoSeconds, otherSeconds, processSeconds,
                rows / Math.max(1e-9, serverRequestSeconds + serverIoSeconds));
    }
}
