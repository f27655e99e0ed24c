package io.taos4j.server.query.aggregate;

import java.util.Arrays;

/**
 * The merging t-digest behind {@code apercentile(..., 't-digest')} with TDengine's parameters (tdigest.c,
 * compression 300: 475 centroids, a buffer of 100 points). Kept faithful to TDengine's arithmetic, including its
 * buffering quirk: a value equal to the previously buffered one is not buffered again.
 */
final class TDigest {
    private static final int COMPRESSION = 300;
    private static final int SIZE = (int) Math.ceil(COMPRESSION * Math.PI / 2) + 1 + 2;
    private static final int THRESHOLD = (int) (7.5 + 0.37 * COMPRESSION - 2e-4 * COMPRESSION * COMPRESSION);
    private static final double DOUBLE_MAX = 1.79e308;

    private final double[] means = new double[SIZE];
    private final long[] weights = new long[SIZE];
    private int centroids;
    private final double[] bufValue = new double[THRESHOLD + 1];
    private final long[] bufWeight = new long[THRESHOLD + 1];
    private int buffered;
    private long totalWeight;
    private double min = DOUBLE_MAX;
    private double max = -DOUBLE_MAX;

    boolean isEmpty() {
        return centroids == 0 && buffered == 0;
    }

    void add(double x) {
        int i = buffered;
        if (i > 0 && bufValue[i - 1] == x) {
            bufWeight[i] = 1;
        } else {
            bufValue[i] = x;
            bufWeight[i] = 1;
            buffered++;
        }
        if (buffered >= THRESHOLD) {
            compress();
        }
    }

    private void compress() {
        if (buffered <= 0) {
            return;
        }
        int n = buffered;
        double[] um = new double[n];
        long[] uw = new long[n];
        long unmergedWeight = 0;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            unmergedWeight += bufWeight[i];
        }
        Arrays.sort(order, (a, b) -> Double.compare(bufValue[a], bufValue[b]));
        for (int i = 0; i < n; i++) {
            um[i] = bufValue[order[i]];
            uw[i] = bufWeight[order[i]];
        }
        buffered = 0;
        totalWeight += unmergedWeight;
        Merge m = new Merge();
        int i = 0;
        int j = 0;
        while (i < n && j < centroids) {
            if (um[i] <= means[j]) {
                m.add(um[i], uw[i]);
                i++;
            } else {
                m.add(means[j], weights[j]);
                j++;
            }
        }
        while (i < n) {
            m.add(um[i], uw[i]);
            i++;
        }
        while (j < centroids) {
            m.add(means[j], weights[j]);
            j++;
        }
        if (totalWeight > 0) {
            min = Math.min(min, m.min);
            if (m.w[m.idx] <= 0) {
                m.idx--;
            }
            centroids = m.idx + 1;
            max = Math.max(max, m.max);
        }
        System.arraycopy(m.mean, 0, means, 0, centroids);
        System.arraycopy(m.w, 0, weights, 0, centroids);
    }

    /** mergeCentroid's running state. */
    private final class Merge {
        final double[] mean = new double[SIZE];
        final long[] w = new long[SIZE];
        int idx;
        double weightSoFar;
        double k1;
        double min = DOUBLE_MAX;
        double max = -DOUBLE_MAX;

        void add(double cm, long cw) {
            weightSoFar += cw;
            double q = weightSoFar / totalWeight;
            double k2 = SIZE * (Math.asin(2 * q - 1) / Math.PI + 0.5);
            if (k2 - k1 > 1 && w[idx] > 0) {
                if (idx + 1 < SIZE && cm != mean[idx]) {
                    idx++;
                }
                k1 = k2;
            }
            if (mean[idx] == cm) {
                w[idx] += cw;
            } else {
                w[idx] += cw;
                mean[idx] += (cm - mean[idx]) * cw / w[idx];
                if (cw > 0) {
                    min = Math.min(cm, min);
                    max = Math.max(cm, max);
                }
            }
        }
    }

    /** The value at quantile {@code q} (0..1). */
    double quantile(double q) {
        compress();
        if (centroids == 0) {
            return Double.NaN;
        }
        if (centroids == 1) {
            return means[0];
        }
        if (Math.abs(q) <= 1.1920929e-07) {
            return min;
        }
        if (Math.abs(q - 1) <= 1.1920929e-07) {
            return max;
        }
        double idx = q * totalWeight;
        long weightSoFar = 0;
        double bMean = min;
        long bWeight = 0;
        double right = min;
        double aMean;
        long aWeight;
        double left;
        for (int i = 0; i < centroids; i++) {
            aMean = bMean;
            aWeight = bWeight;
            left = right;
            bMean = means[i];
            bWeight = weights[i];
            right = (bWeight * aMean + aWeight * bMean) / (aWeight + bWeight);
            if (idx < weightSoFar + aWeight) {
                double p = (idx - weightSoFar) / (aWeight == 0 ? 1 : aWeight);
                return left * (1 - p) + right * p;
            }
            weightSoFar += aWeight;
        }
        left = right;
        aWeight = bWeight;
        right = max;
        if (idx < weightSoFar + aWeight && aWeight != 0) {
            double p = (idx - weightSoFar) / aWeight;
            return left * (1 - p) + right * p;
        }
        return max;
    }
}
