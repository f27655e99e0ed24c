package io.taos4j.server.catalog;

import java.util.concurrent.atomic.LongAdder;

/**
 * How often queries read one table, kept so pruning can be checked by counts rather than by timing: a scan that
 * skips a table by its tags never opens it; a scan that skips chunks by their time range counts them as skipped.
 * Thread-safe; counters only grow.
 */
public final class ScanCounters {
    private final LongAdder opened = new LongAdder();
    private final LongAdder chunksRead = new LongAdder();
    private final LongAdder chunksSkipped = new LongAdder();
    private final LongAdder rowsRead = new LongAdder();

    /** A scan started reading this table. */
    public void opened() {
        opened.increment();
    }

    /** A chunk overlapping the scanned time range was read, {@code rows} of its rows being in the range. */
    public void read(int rows) {
        chunksRead.increment();
        rowsRead.add(rows);
    }

    /** A chunk outside the scanned time range was passed over without reading it. */
    public void skipped() {
        chunksSkipped.increment();
    }

    public long opens() {
        return opened.sum();
    }

    public long chunksRead() {
        return chunksRead.sum();
    }

    public long chunksSkipped() {
        return chunksSkipped.sum();
    }

    public long rowsRead() {
        return rowsRead.sum();
    }
}
