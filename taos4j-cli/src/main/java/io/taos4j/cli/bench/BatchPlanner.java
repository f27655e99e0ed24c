package io.taos4j.cli.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The requests one writer thread sends, planned lazily over its range of child tables:
 * <ul>
 *   <li>interlace 0 (taosBenchmark's default): table after table, each request up to {@code rowsPerRequest} rows,
 *       taking the next table's first rows when one table has fewer left;</li>
 *   <li>interlace {@code k}: rounds of {@code k} rows for every table in turn; a request holds up to
 *       {@code rowsPerRequest} rows of one round and ends where the round ends (the writer may then pause).</li>
 * </ul>
 * Not thread-safe: one per writer thread.
 */
public final class BatchPlanner implements Iterator<BatchPlanner.Batch> {

    /** Rows {@code [firstRow, firstRow + rows)} of child table {@code table}. */
    public record Slice(int table, long firstRow, int rows) {
    }

    /** One request: slices of one or more tables; {@code endsRound} when an interlace round is complete. */
    public record Batch(List<Slice> slices, boolean endsRound) {
        public long rows() {
            long n = 0;
            for (Slice s : slices) {
                n += s.rows();
            }
            return n;
        }
    }

    private final int fromTable;
    private final int toTable;
    private final long rowsPerTable;
    private final int rowsPerRequest;
    private final int interlace;
    private int table;
    private long row;
    private long roundStart;

    /** Plans the rows of tables {@code [fromTable, toTable)}. */
    public BatchPlanner(int fromTable, int toTable, long rowsPerTable, int rowsPerRequest, int interlaceRows) {
        this.fromTable = fromTable;
        this.toTable = toTable;
        this.rowsPerTable = rowsPerTable;
        this.rowsPerRequest = rowsPerRequest;
        this.interlace = interlaceRows;
        this.table = fromTable;
        this.row = 0;
    }

    @Override
    public boolean hasNext() {
        return rowsPerTable > 0 && table < toTable && row < rowsPerTable;
    }

    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return interlace > 0 ? nextInterlaced() : nextSequential();
    }

    private Batch nextSequential() {
        List<Slice> slices = new ArrayList<>();
        long room = rowsPerRequest;
        while (room > 0 && table < toTable) {
            int n = (int) Math.min(room, rowsPerTable - row);
            slices.add(new Slice(table, row, n));
            room -= n;
            row += n;
            if (row == rowsPerTable) {
                table++;
                row = 0;
            }
        }
        return new Batch(slices, false);
    }

    private Batch nextInterlaced() {
        List<Slice> slices = new ArrayList<>();
        long room = rowsPerRequest;
        long roundEnd = Math.min(rowsPerTable, roundStart + interlace);
        while (room > 0) {
            long first = Math.max(row, roundStart);
            int n = (int) Math.min(room, roundEnd - first);
            slices.add(new Slice(table, first, n));
            room -= n;
            row = first + n;
            if (row < roundEnd) {
                continue; // the request is full within this table's share
            }
            table++;
            row = roundStart;
            if (table == toTable) { // round complete
                roundStart = roundEnd;
                table = fromTable;
                row = roundStart;
                return new Batch(slices, true);
            }
        }
        return new Batch(slices, false);
    }
}
