package io.taos4j.server.query.aggregate;

/**
 * The streaming histogram behind {@code apercentile(..., 'default')} (thistogram.c, after Ben-Haim and Tom-Tov): at
 * most 500 bins of (value, count) kept sorted; a new value either joins the bin holding exactly that value or opens
 * a bin, and when there are too many bins the two closest are merged into their weighted mean.
 */
final class ApproxHistogram {
    private static final int MAX_BINS = 500;

    private final double[] val = new double[MAX_BINS + 2];
    private final long[] num = new long[MAX_BINS + 2];
    private int entries;
    private long elements;
    private double min = Double.MAX_VALUE;
    private double max = -Double.MAX_VALUE;

    ApproxHistogram() {
        java.util.Arrays.fill(val, -Double.MAX_VALUE);
    }

    long elements() {
        return elements;
    }

    void add(double v) {
        int idx = search(v);
        if (val[idx] == v) {
            num[idx]++;
            if (entries == 0) {
                entries = 1;
            }
        } else {
            System.arraycopy(val, idx, val, idx + 1, entries - idx);
            System.arraycopy(num, idx, num, idx + 1, entries - idx);
            val[idx] = v;
            num[idx] = 1;
            entries++;
            if (entries == MAX_BINS + 1) {
                mergeClosest();
                val[MAX_BINS] = 0;
                num[MAX_BINS] = 0;
            }
        }
        max = Math.max(max, v);
        min = Math.min(min, v);
        elements++;
    }

    /** Binary search as TDengine does it: the matching bin, else the insertion point. */
    private int search(double v) {
        int start = 0;
        int end = entries - 1;
        while (start <= end) {
            int mid = (end - start) / 2 + start;
            if (val[mid] == v) {
                return mid;
            }
            if (val[mid] < v) {
                start = mid + 1;
            } else {
                end = mid - 1;
            }
        }
        return Math.max(0, Math.max(start, end));
    }

    private void mergeClosest() {
        double delta = Double.MAX_VALUE;
        int index = -1;
        for (int i = 1; i < entries; i++) {
            double d = val[i] - val[i - 1];
            if (d < delta) {
                delta = d;
                index = i - 1;
            }
        }
        val[index] = (val[index] * num[index] + val[index + 1] * num[index + 1]) / (num[index] + num[index + 1]);
        num[index] += num[index + 1];
        System.arraycopy(val, index + 2, val, index + 1, entries - index - 2);
        System.arraycopy(num, index + 2, num, index + 1, entries - index - 2);
        entries--;
    }

    /** The estimated value at percent {@code ratio} (0..100), as tHistogramUniform computes it. */
    double quantile(double ratio) {
        double target = ratio / 100 * elements;
        if (target == 0) {
            return min;
        } else if (target <= num[0]) {
            return val[0];
        } else if (target == elements) {
            return max;
        }
        int j = 0;
        long total = 0;
        while (j < entries) {
            total += num[j];
            if (total <= target && total + num[j + 1] > target) {
                break;
            }
            j++;
        }
        double delta = target - total;
        double start = num[j];
        double range = num[j + 1] - start;
        if (range == 0) {
            return (val[j + 1] - val[j]) * delta / start + val[j];
        }
        double factor = (-2 * start + Math.sqrt(4 * start * start - 4 * range * (-2 * delta))) / (2 * range);
        return val[j] + (val[j + 1] - val[j]) * factor;
    }
}
