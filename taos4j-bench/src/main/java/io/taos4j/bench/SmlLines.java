package io.taos4j.bench;

/** The line-protocol rows the schemaless benchmarks write: smart meters, as in TDengine's examples. */
final class SmlLines {
    /** First timestamp (ms). */
    static final long START = 1_700_000_000_000L;

    private SmlLines() {
    }

    /**
     * Rows {@code [from, from + count)}: row {@code i} belongs to meter {@code i % tables} and is the
     * {@code i / tables}-th reading of that meter, one millisecond apart.
     */
    static String batch(long from, int count, int tables) {
        StringBuilder b = new StringBuilder(count * 110);
        append(b, from, count, tables);
        return b.toString();
    }

    static void append(StringBuilder b, long from, int count, int tables) {
        for (long i = from; i < from + count; i++) {
            long t = i % tables;
            b.append("meters,location=California.City").append(t % 10).append(",groupid=").append(t)
                    .append(" current=").append(10 + i % 7).append('.').append(i % 10)
                    .append(",voltage=").append(200 + i % 30).append("i32,phase=0.").append(i % 97)
                    .append(' ').append(START + i / tables).append('\n');
        }
    }
}
