package io.taos4j.server.query.aggregate;

import io.taos4j.protocol.column.ColumnVector;

/**
 * The running state of one aggregate over one group. Rows arrive in any order unless the function says otherwise;
 * {@code ts} holds the primary timestamps of the rows (null when the function does not need them).
 */
public interface Accumulator {

    /** Adds rows {@code [from, to)} of the argument vectors. */
    void add(ColumnVector[] args, long[] ts, int from, int to);

    /**
     * Adds one row. Selector accumulators return true when this row became the selected one (so the caller can
     * capture the companion columns of that row); others return false.
     */
    boolean addRow(ColumnVector[] args, long[] ts, int row);

    /** Appends the aggregate's value to {@code out} (a vector of the bound result type). */
    void result(ColumnVector out);
}
