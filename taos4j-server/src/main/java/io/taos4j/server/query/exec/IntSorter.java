package io.taos4j.server.query.exec;

/** A stable merge sort of {@code int} indices with a primitive comparator (no boxing). */
final class IntSorter {
    /** Compares two row indices. */
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSorter() {
    }

    static void sort(int[] a, int n, IntComparator c) {
        if (n < 2) {
            return;
        }
        int[] tmp = new int[n];
        mergeSort(a, tmp, 0, n, c);
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, IntComparator c) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && c.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || c.compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
