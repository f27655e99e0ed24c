package io.taos4j.server.query;

import io.taos4j.protocol.column.ColumnVector;

/**
 * A set of rows in columnar form, the unit operators pass to each other. Every column holds {@link #rows()}
 * values. Batches are not modified after an operator returns them.
 *
 * <p>{@link #group()} identifies the partition the rows belong to (e.g. the child table for a super-table scan,
 * or the PARTITION BY key); {@code null} when the query has no partitions.
 */
public final class Batch {
    private final ColumnVector[] columns;
    private final int rows;
    private final Object group;

    public Batch(ColumnVector[] columns, int rows) {
        this(columns, rows, null);
    }

    public Batch(ColumnVector[] columns, int rows, Object group) {
        this.columns = columns;
        this.rows = rows;
        this.group = group;
    }

    public int rows() {
        return rows;
    }

    public int columnCount() {
        return columns.length;
    }

    public ColumnVector column(int i) {
        return columns[i];
    }

    public ColumnVector[] columns() {
        return columns;
    }

    public Object group() {
        return group;
    }

    /** The rows at {@code indices[0..count)}, in that order. */
    public Batch select(int[] indices, int count) {
        ColumnVector[] out = new ColumnVector[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = columns[i].gather(indices, count);
        }
        return new Batch(out, count, group);
    }

    /** Rows {@code [from, to)}. */
    public Batch slice(int from, int to) {
        if (from == 0 && to == rows) {
            return this;
        }
        ColumnVector[] out = new ColumnVector[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = columns[i].slice(from, to);
        }
        return new Batch(out, to - from, group);
    }
}
