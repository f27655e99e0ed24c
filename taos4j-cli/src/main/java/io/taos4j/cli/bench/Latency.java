package io.taos4j.cli.bench;

import org.HdrHistogram.Histogram;

/**
 * Request latencies of one thread (or, after {@link #add}, of several), in an HdrHistogram: microsecond resolution,
 * three significant digits, up to an hour; constant memory however many requests are recorded. Not thread-safe:
 * each thread records into its own, merged when the threads are done.
 */
final class Latency {
    private static final long MAX_MICROS = 3_600_000_000L;

    private final Histogram histogram = new Histogram(MAX_MICROS, 3);

    void record(long nanos) {
        histogram.recordValue(Math.max(0, Math.min(MAX_MICROS, nanos / 1_000)));
    }

    void add(Latency other) {
        histogram.add(other.histogram);
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** Milliseconds: min, mean, percentiles, max (all 0 when nothing was recorded). */
    Summary summary() {
        if (histogram.getTotalCount() == 0) {
            return new Summary(0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new Summary(histogram.getTotalCount(), ms(histogram.getMinValue()), histogram.getMean() / 1_000.0,
                ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(90)),
                ms(histogram.getValueAtPercentile(95)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1_000.0;
    }

    /** A latency distribution in milliseconds. */
    record Summary(long count, double min, double avg, double p50, double p90, double p95, double p99, double max) {
        /** {@code min: 0.120ms, avg: ..., p50: ..., p90: ..., p95: ..., p99: ..., max: ...}. */
        String text() {
            return String.format(java.util.Locale.ROOT,
                    "min: %.3fms, avg: %.3fms, p50: %.3fms, p90: %.3fms, p95: %.3fms, p99: %.3fms, max: %.3fms",
                    min, avg, p50, p90, p95, p99, max);
        }
    }
}
