package io.taos4j.cli.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows how far a phase has come while it runs: on a terminal a bar redrawn in place
 * ({@code [#######-----]  58%  580000/1000000 rows  412,000 rows/s  ETA 1.0s}), elsewhere one plain line per
 * interval. Reads the count from {@code done}; {@link #close()} prints the last state.
 */
final class Progress implements AutoCloseable {
    private static final int BAR = 30;
    /** ANSI: erase to the end of the line (what a longer earlier line left there). */
    private static final String ERASE_REST = "\u001B[K";

    private final PrintWriter out;
    private final boolean terminal;
    private final long total;
    private final String unit;
    private final LongSupplier done;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private long lastPrinted = -1;

    /**
     * @param intervalMillis time between updates when not on a terminal (a terminal is redrawn 5 times a second)
     */
    Progress(PrintWriter out, boolean terminal, long total, String unit, long intervalMillis, LongSupplier done) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.unit = unit;
        this.done = done;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taos4j-bench-progress");
            t.setDaemon(true);
            return t;
        });
        long every = terminal ? 200 : Math.max(1, intervalMillis);
        timer.scheduleAtFixedRate(this::show, every, every, TimeUnit.MILLISECONDS);
    }

    private synchronized void show() {
        long n = done.getAsLong();
        if (!terminal && n == lastPrinted) {
            return;
        }
        lastPrinted = n;
        String line = line(n);
        if (terminal) {
            out.print("\r" + line + ERASE_REST);
        } else {
            out.println("progress: " + line);
        }
        out.flush();
    }

    private String line(long n) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? n / seconds : 0;
        int percent = total > 0 ? (int) Math.min(100, n * 100 / total) : 100;
        StringBuilder sb = new StringBuilder();
        if (terminal) {
            int filled = total > 0 ? (int) Math.min(BAR, n * BAR / total) : BAR;
            sb.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
        }
        sb.append(String.format(Locale.ROOT, "%3d%%  %d/%d %s  %,.0f %s/s", percent, n, total, unit, rate, unit));
        if (rate > 0 && n < total) {
            sb.append(String.format(Locale.ROOT, "  ETA %.1fs", (total - n) / rate));
        }
        return sb.toString();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (terminal) {
                out.print("\r" + line(done.getAsLong()) + ERASE_REST);
                out.println();
            } else if (done.getAsLong() != lastPrinted) {
                out.println("progress: " + line(done.getAsLong()));
            }
            out.flush();
        }
    }
}
