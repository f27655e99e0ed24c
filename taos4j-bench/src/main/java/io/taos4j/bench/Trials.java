package io.taos4j.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Alternating runs of several clients doing the same work: warm-up rounds first, then measured rounds; in every
 * round each client runs once, starting with a different client each round, so that load from other processes,
 * JIT and GC phases fall on all of them alike. Before each run the heap is collected (untimed), so that one
 * client's garbage is not collected on another's time. A run that throws is reported and repeated, up to
 * {@link #MAX_FAILURES} times per client. For each run it records the wall time, this process's CPU
 * time (all threads: the client's own, its I/O threads, GC and JIT) and, when given, a server process's CPU time.
 */
final class Trials {
    /**
     * Failed runs a client may have before the comparison fails. A failed run is printed, not counted, and run
     * again: taos-jdbcdriver 3.7.9 sometimes waits forever for a block it never asked for (its FetchBlockData can
     * mark a fetch in flight when none is), then fails after its 60 s message timeout.
     */
    static final int MAX_FAILURES = 2;

    private Trials() {
    }

    /** One run of a client: does the work and returns the rows it handled (checked stable across runs). */
    @FunctionalInterface
    interface Run {
        long rows() throws Exception;
    }

    record Client(String name, Run run) {
    }

    /** The measured runs of one client. */
    record Outcome(String client, long rows, long[] nanos, long[] cpuNanos, long[] serverCpuNanos) {
        double medianNanos() {
            return median(nanos);
        }

        /** Rows per second at the median wall time. */
        double rowsPerSecond() {
            return rows / (medianNanos() / 1e9);
        }

        /** Median of the runs' client CPU time per row, in nanoseconds (NaN when not measured). */
        double cpuNanosPerRow() {
            return cpuNanos[0] < 0 ? Double.NaN : median(cpuNanos) / rows;
        }

        /** Median of the runs' server CPU time per row, in nanoseconds (NaN when not measured). */
        double serverCpuNanosPerRow() {
            return serverCpuNanos[0] < 0 ? Double.NaN : median(serverCpuNanos) / rows;
        }

        double bestNanos() {
            return Arrays.stream(nanos).min().orElse(0);
        }
    }

    /**
     * Runs every client {@code warmup + runs} times, alternating.
     *
     * @param serverCpu the server's CPU time in nanoseconds so far, or null when the server is in this process
     */
    static List<Outcome> alternate(List<Client> clients, int warmup, int runs, LongSupplier serverCpu,
            PrintStream out) throws Exception {
        int n = clients.size();
        long[] rows = new long[n];
        Arrays.fill(rows, -1);
        long[][] nanos = new long[n][runs];
        long[][] cpu = new long[n][runs];
        long[][] server = new long[n][runs];
        int[] failures = new int[n];
        for (int round = 0; round < warmup + runs; round++) {
            for (int k = 0; k < n; k++) {
                int c = (round + k) % n;
                System.gc();
                long s0 = serverCpu == null ? -1 : serverCpu.getAsLong();
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                long r;
                try {
                    r = clients.get(c).run().rows();
                } catch (Exception e) {
                    if (++failures[c] > MAX_FAILURES) {
                        throw e;
                    }
                    out.printf(Locale.ROOT, "  FAILED %s: %s; this run is not counted, running it again%n",
                            clients.get(c).name(), e);
                    k--;
                    continue;
                }
                long t = System.nanoTime() - t0;
                long dc = c0 < 0 ? -1 : processCpuNanos() - c0;
                long ds = s0 < 0 ? -1 : serverCpu.getAsLong() - s0;
                if (rows[c] >= 0 && r != rows[c]) {
                    throw new IllegalStateException(clients.get(c).name() + ": rows changed between runs: "
                            + rows[c] + " then " + r);
                }
                rows[c] = r;
                boolean measured = round >= warmup;
                if (measured) {
                    nanos[c][round - warmup] = t;
                    cpu[c][round - warmup] = dc;
                    server[c][round - warmup] = ds;
                }
                out.printf(Locale.ROOT, "  %s %-34s %9.1f ms  %,13.0f rows/s  cpu %6.1f ns/row%n",
                        measured ? "run   " : "warmup", clients.get(c).name(), t / 1e6, r / (t / 1e9),
                        dc < 0 ? Double.NaN : (double) dc / r);
            }
        }
        List<Outcome> result = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            result.add(new Outcome(clients.get(c).name(), rows[c], nanos[c], cpu[c], server[c]));
        }
        return result;
    }

    /** This JVM's CPU time (all threads) in nanoseconds, or -1 when the platform does not report it. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
    }

    /** One line describing the machine and its load right now. */
    static String machineLine() {
        return String.format(Locale.ROOT, "machine: %d cores, load average %.2f, max heap %d MB, %s %s",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }
}
