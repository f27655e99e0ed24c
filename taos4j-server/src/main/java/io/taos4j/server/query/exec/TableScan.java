package io.taos4j.server.query.exec;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.storage.Chunk;
import io.taos4j.server.type.DataType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the rows of one or more tables whose timestamps fall in {@code [from, to]}, one table after the other,
 * each in timestamp order (or reverse order). Chunks outside the range are skipped without being read; rows are
 * located inside a chunk by binary search. Whole chunks are passed on without copying.
 *
 * <p>Each output batch holds the columns listed in {@code layout} and carries its table as {@link Batch#group()}.
 */
public final class TableScan implements Operator {

    /** What one output column holds. */
    public sealed interface ScanColumn permits DataColumn, TagColumn, TableName {
        DataType type();
    }

    /** A data column, found in storage by its column id. */
    public record DataColumn(int columnId, DataType type) implements ScanColumn {
    }

    /** A tag of the child table, by position in its super table's tags. */
    public record TagColumn(int tagIndex, DataType type) implements ScanColumn {
    }

    /** The {@code tbname} pseudo-column. */
    public record TableName(DataType type) implements ScanColumn {
        public TableName() {
            this(DataType.varchar(270));
        }
    }

    private final Iterator<? extends DataTable> tables;
    private final List<ScanColumn> layout;
    private final long from;
    private final long to;
    private final boolean descending;
    private final int rowsPerTable;
    private final boolean countOnly;

    private DataTable table;
    private int tableRows;
    private Chunk[] chunks;
    private int chunkIndex;
    private int[] positions;
    private long[] countPlaceholder;

    /**
     * @param tables     tables to read, in output order
     * @param layout     output columns
     * @param from       smallest timestamp (inclusive)
     * @param to         largest timestamp (inclusive)
     * @param descending read each table from its newest row to its oldest
     */
    public TableScan(List<? extends DataTable> tables, List<ScanColumn> layout, long from, long to,
                     boolean descending) {
        this(tables, layout, from, to, descending, 0, false);
    }

    /**
     * @param rowsPerTable at most this many rows of each table, the first ones in scan order (0: all): with
     *                     {@code descending}, a table's newest rows, read without touching older blocks
     * @param countOnly    the consumer reads no timestamp values, only counts rows: a block wholly inside the range
     *                     gets a constant timestamp column instead of being read from disk
     */
    public TableScan(List<? extends DataTable> tables, List<ScanColumn> layout, long from, long to,
                     boolean descending, int rowsPerTable, boolean countOnly) {
        if (rowsPerTable < 0) {
            throw new IllegalArgumentException("rowsPerTable < 0: " + rowsPerTable);
        }
        this.tables = tables.iterator();
        this.layout = List.copyOf(layout);
        this.from = from;
        this.to = to;
        this.descending = descending;
        this.rowsPerTable = rowsPerTable;
        this.countOnly = countOnly;
    }

    @Override
    public Batch next() {
        while (true) {
            if (chunks == null) {
                if (!tables.hasNext()) {
                    return null;
                }
                table = tables.next();
                table.scans().opened();
                chunks = table.data().snapshot();
                chunkIndex = descending ? chunks.length - 1 : 0;
                positions = null;
                tableRows = 0;
            }
            if (chunkIndex < 0 || chunkIndex >= chunks.length || rowsPerTable > 0 && tableRows >= rowsPerTable) {
                chunks = null;
                continue;
            }
            Chunk c = chunks[chunkIndex];
            chunkIndex += descending ? -1 : 1;
            if (c.maxTs() < from || c.minTs() > to) {
                table.scans().skipped();
                continue;
            }
            int lo = c.minTs() >= from ? 0 : c.lowerBound(from);
            int hi = c.maxTs() <= to ? c.size() : c.upperBound(to);
            if (lo >= hi) {
                table.scans().skipped();
                continue;
            }
            if (rowsPerTable > 0 && hi - lo > rowsPerTable - tableRows) {
                int keep = rowsPerTable - tableRows;
                if (descending) {
                    lo = hi - keep;
                } else {
                    hi = lo + keep;
                }
            }
            tableRows += hi - lo;
            table.scans().read(hi - lo);
            return read(c, lo, hi);
        }
    }

    private Batch read(Chunk c, int lo, int hi) {
        int n = hi - lo;
        ColumnVector[] out = new ColumnVector[layout.size()];
        for (int i = 0; i < out.length; i++) {
            ScanColumn col = layout.get(i);
            if (col instanceof DataColumn d) {
                int idx = c.indexOf(d.columnId());
                if (idx == 0 && countOnly && !c.isResident() && n == c.size()) {
                    // only counted: the block's timestamps stay on disk; the placeholder's values are never read
                    // blocks differ in size: one array, grown as needed, backs a vector per block (no per-block
                    // allocation and filling of a fresh timestamp array)
                    if (countPlaceholder == null || countPlaceholder.length < n) {
                        int grown = countPlaceholder == null ? n : Math.max(n, 2 * countPlaceholder.length);
                        countPlaceholder = new long[grown];
                        Arrays.fill(countPlaceholder, c.minTs());
                    }
                    out[i] = LongVector.wrap(d.type().type(), countPlaceholder, n);
                } else if (idx < 0 || c.column(idx).type() != d.type().type()) {
                    out[i] = Values.constant(null, d.type(), n);
                } else {
                    ColumnVector v = c.column(idx);
                    out[i] = lo == 0 && hi == c.size() ? v : v.slice(lo, hi);
                }
            } else if (col instanceof TagColumn t) {
                Object value = table instanceof ChildTable child ? child.tag(t.tagIndex()) : null;
                out[i] = Values.constant(value, t.type(), n);
            } else {
                out[i] = Values.constant(table.name(), col.type(), n);
            }
            if (descending) {
                out[i] = reverse(out[i], n);
            }
        }
        return new Batch(out, n, table);
    }

    private ColumnVector reverse(ColumnVector v, int n) {
        if (positions == null || positions.length != n) {
            positions = new int[n];
            for (int i = 0; i < n; i++) {
                positions[i] = n - 1 - i;
            }
        }
        return v.gather(positions, n);
    }
}
