package io.taos4j.bench;

/**
 * The ingestion workload of issue 7 that the stmt2 and SQL comparisons share: super table {@code meters} with a
 * timestamp, three columns and two tags; row {@code r} of child table {@code d<t>} is a pure function of
 * {@code (t, r)}, so every client writes exactly the same values.
 */
final class Meters {
    /** First timestamp (ms); rows of a table are one millisecond apart. */
    static final long T0 = 1_700_000_000_000L;
    static final String STABLE = "CREATE STABLE meters (ts TIMESTAMP, c1 INT, c2 FLOAT, c3 DOUBLE)"
            + " TAGS (t1 INT, t2 VARCHAR(16))";

    private Meters() {
    }

    static long ts(int r) {
        return T0 + r;
    }

    static int c1(int r) {
        return r;
    }

    static float c2(int r) {
        return r * 0.5f;
    }

    static double c3(int t, int r) {
        return t + r * 0.25;
    }

    static int t1(int t) {
        return t;
    }

    static String t2(int t) {
        return "group" + (t % 10);
    }

    /** Appends {@code (ts, c1, c2, c3)} of row {@code r} of table {@code t} as SQL values. */
    static void appendValues(StringBuilder sql, int t, int r) {
        sql.append(" (").append(ts(r)).append(',').append(c1(r)).append(',').append(c2(r)).append(',')
                .append(c3(t, r)).append(')');
    }
}
