package io.taos4j.server.query.aggregate;

import java.util.Arrays;

/** A growable list of primitive doubles (optionally paired with timestamps) for accumulators that keep values. */
final class DoubleList {
    double[] values = new double[16];
    long[] times;
    int size;

    DoubleList(boolean withTimes) {
        times = withTimes ? new long[16] : null;
    }

    void add(double v) {
        if (size == values.length) {
            grow();
        }
        values[size++] = v;
    }

    void add(long t, double v) {
        if (size == values.length) {
            grow();
        }
        times[size] = t;
        values[size++] = v;
    }

    private void grow() {
        values = Arrays.copyOf(values, size * 2);
        if (times != null) {
            times = Arrays.copyOf(times, size * 2);
        }
    }

    /** The values sorted ascending (a copy). */
    double[] sorted() {
        double[] out = Arrays.copyOf(values, size);
        Arrays.sort(out);
        return out;
    }

    /** Sorts the (time, value) pairs by time, stable; no-op when already ordered. */
    void sortByTime() {
        boolean ordered = true;
        for (int i = 1; i < size && ordered; i++) {
            ordered = times[i - 1] <= times[i];
        }
        if (ordered) {
            return;
        }
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Long.compare(times[a], times[b]));
        long[] t = new long[size];
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            t[i] = times[idx[i]];
            v[i] = values[idx[i]];
        }
        times = t;
        values = v;
    }
}
