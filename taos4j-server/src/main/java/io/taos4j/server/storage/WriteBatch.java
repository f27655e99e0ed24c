package io.taos4j.server.storage;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import java.util.Arrays;

/**
 * Rows to write into one table: timestamps sorted ascending and unique, and one vector per data column.
 *
 * <p>Update semantics follow TDengine (tdengine-sql.md §5.4): a row whose timestamp already exists updates it per
 * column; a column the statement did not mention keeps its old value, an explicit NULL becomes NULL. So each
 * column is either absent from the whole batch ({@code values[c] == null}), present in every row
 * ({@code absent[c] == null}), or present in some rows (bit set in {@code absent[c]} = not given for that row).
 *
 * <p>Index 0 of {@code values} is the timestamp column and is always {@link #timestamps()}. Immutable once built;
 * build with {@link Builder}.
 */
public final class WriteBatch {
    private final LongVector timestamps;
    private final ColumnVector[] values;
    private final long[][] absent;

    WriteBatch(LongVector timestamps, ColumnVector[] values, long[][] absent) {
        this.timestamps = timestamps;
        this.values = values;
        this.absent = absent;
    }

    /**
     * A batch over decoded vectors (the write-ahead log's decoder): {@code values[0]} is the timestamp vector,
     * {@code values[c] == null} = column absent, {@code absent[c]} = bitmap of rows not given (null = all given).
     * Timestamps must be sorted and unique.
     */
    public static WriteBatch of(ColumnVector[] values, long[][] absent) {
        if (values.length != absent.length || !(values[0] instanceof LongVector ts)) {
            throw new IllegalArgumentException("values[0] must be the timestamp vector");
        }
        return new WriteBatch(ts, values, absent);
    }

    /** The bitmap of rows that do not give column {@code c} (bit set = absent), or null when all rows give it. */
    public long[] absentBits(int c) {
        return absent[c];
    }

    public int rows() {
        return timestamps.size();
    }

    public LongVector timestamps() {
        return timestamps;
    }

    public long minTs() {
        return timestamps.get(0);
    }

    public long maxTs() {
        return timestamps.get(timestamps.size() - 1);
    }

    /** Number of columns including the timestamp. */
    public int columnCount() {
        return values.length;
    }

    /** The vector of column {@code c}, or null when the batch does not touch that column. */
    public ColumnVector column(int c) {
        return values[c];
    }

    /** True when row {@code r} gives a value (possibly NULL) for column {@code c}. */
    public boolean isPresent(int c, int r) {
        if (values[c] == null) {
            return false;
        }
        long[] bits = absent[c];
        return bits == null || (bits[r >>> 6] & (1L << r)) == 0;
    }

    /** True when every row gives a value for every column (the common case; enables bulk appends). */
    public boolean isComplete() {
        for (int c = 0; c < values.length; c++) {
            if (values[c] == null || absent[c] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Collects rows in any order, then sorts them by timestamp and collapses rows that share a timestamp (the last
     * one given for each column wins; a column not given keeps the earlier row's value).
     *
     * <p>Usage: {@link #beginRow(long)}, then {@code set...}/{@link #setNull(int)} for the columns the row gives,
     * then the next {@code beginRow}; finally {@link #build()}. Columns never set in any row are absent.
     */
    public static final class Builder {
        private final TaosType[] types;
        private final LongVector ts;
        private final ColumnVector[] cols;
        private final long[][] given;
        private int rows;
        private boolean sorted = true;
        private boolean unique = true;

        /** @param types the table's column types; index 0 must be TIMESTAMP */
        public Builder(TaosType[] types, int expectedRows) {
            if (types.length == 0 || types[0] != TaosType.TIMESTAMP) {
                throw new IllegalArgumentException("first column must be TIMESTAMP");
            }
            this.types = types;
            this.ts = new LongVector(TaosType.TIMESTAMP, expectedRows);
            this.cols = new ColumnVector[types.length];
            this.given = new long[types.length][];
        }

        public int rows() {
            return rows;
        }

        /** Starts a new row with this timestamp. */
        public void beginRow(long timestamp) {
            if (rows > 0) {
                long last = ts.get(rows - 1);
                if (timestamp < last) {
                    sorted = false;
                } else if (timestamp == last) {
                    unique = false;
                }
            }
            ts.append(timestamp);
            rows++;
        }

        /**
         * The vector of column {@code c} (1-based data column) positioned for the current row: callers append
         * exactly one value (or null) to it after {@link #mark(int)}.
         */
        public ColumnVector column(int c) {
            ColumnVector v = cols[c];
            if (v == null) {
                v = ColumnVector.allocate(types[c], Math.max(16, ts.capacity()));
                cols[c] = v;
            }
            return v;
        }

        /** Pads column {@code c} with absent rows up to the current row and marks the current row as given. */
        public ColumnVector mark(int c) {
            ColumnVector v = column(c);
            int row = rows - 1;
            while (v.size() < row) {
                v.appendNull();
            }
            long[] bits = given[c];
            if (bits == null || (row >>> 6) >= bits.length) {
                bits = bits == null ? new long[Math.max(1, (ts.capacity() + 63) >>> 6)]
                        : Arrays.copyOf(bits, Math.max((row >>> 6) + 1, bits.length * 2));
                given[c] = bits;
            }
            bits[row >>> 6] |= 1L << row;
            return v;
        }

        /** Gives NULL for column {@code c} in the current row. */
        public void setNull(int c) {
            mark(c).appendNull();
        }

        /**
         * Appends {@code timestamps.size()} rows column-wise (stmt binds): {@code columns[c]} gives data column
         * {@code c} for every one of these rows (index 0 is ignored: the timestamps are the key), null leaves the
         * column absent in them. The first vector given for a column that has no value yet is <em>taken over</em>,
         * not copied: the caller must not use it afterwards. Vectors must be of the column's class.
         */
        public void appendColumns(LongVector timestamps, ColumnVector[] columns) {
            int n = timestamps.size();
            if (n == 0) {
                return;
            }
            long[] t = timestamps.values();
            long previous = rows > 0 ? ts.get(rows - 1) : t[0];
            for (int r = 0; r < n && (sorted || unique); r++) {
                if (t[r] < previous) {
                    sorted = false;
                } else if (t[r] == previous && (r > 0 || rows > 0)) {
                    unique = false;
                }
                previous = t[r];
            }
            int start = rows;
            ts.appendRange(timestamps, 0, n);
            rows += n;
            for (int c = 1; c < types.length && c < columns.length; c++) {
                ColumnVector v = columns[c];
                if (v == null) {
                    continue;
                }
                if (cols[c] == null && start == 0) {
                    cols[c] = v;
                } else {
                    ColumnVector mine = column(c);
                    while (mine.size() < start) {
                        mine.appendNull();
                    }
                    mine.appendRange(v, 0, n);
                }
                long[] bits = given[c];
                int words = (rows + 63) >>> 6;
                if (bits == null || bits.length < words) {
                    bits = bits == null ? new long[words] : Arrays.copyOf(bits, Math.max(words, bits.length * 2));
                    given[c] = bits;
                }
                for (int r = start; r < rows; r++) {
                    bits[r >>> 6] |= 1L << r;
                }
            }
        }

        public WriteBatch build() {
            if (rows == 0) {
                throw new IllegalStateException("no rows");
            }
            int n = types.length;
            long[][] absent = new long[n][];
            ColumnVector[] values = new ColumnVector[n];
            values[0] = ts;
            for (int c = 1; c < n; c++) {
                ColumnVector v = cols[c];
                if (v == null) {
                    continue;
                }
                while (v.size() < rows) {
                    v.appendNull();
                }
                values[c] = v;
                long[] bits = given[c];
                boolean all = true;
                for (int r = 0; r < rows && all; r++) {
                    all = (bits[r >>> 6] & (1L << r)) != 0;
                }
                if (!all) {
                    long[] missing = new long[(rows + 63) >>> 6];
                    for (int r = 0; r < rows; r++) {
                        if ((bits[r >>> 6] & (1L << r)) == 0) {
                            missing[r >>> 6] |= 1L << r;
                        }
                    }
                    absent[c] = missing;
                }
            }
            WriteBatch raw = new WriteBatch(ts, values, absent);
            return sorted && unique ? raw : normalize(raw);
        }

        /** Stable-sorts by timestamp and collapses equal timestamps, last given value per column winning. */
        private static WriteBatch normalize(WriteBatch raw) {
            int rows = raw.rows();
            long[] tsv = raw.timestamps.values();
            Integer[] order = new Integer[rows];
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(tsv[a], tsv[b]));
            // group runs of equal timestamps; for each output row and column remember the source row that wins
            int n = raw.values.length;
            int[] groupStart = new int[rows + 1];
            int groups = 0;
            for (int i = 0; i < rows; i++) {
                if (i == 0 || tsv[order[i]] != tsv[order[i - 1]]) {
                    groupStart[groups++] = i;
                }
            }
            groupStart[groups] = rows;
            LongVector outTs = new LongVector(TaosType.TIMESTAMP, groups);
            ColumnVector[] outValues = new ColumnVector[n];
            long[][] outAbsent = new long[n][];
            outValues[0] = outTs;
            for (int g = 0; g < groups; g++) {
                outTs.append(tsv[order[groupStart[g]]]);
            }
            for (int c = 1; c < n; c++) {
                ColumnVector src = raw.values[c];
                if (src == null) {
                    continue;
                }
                ColumnVector dst = src.newEmpty(groups);
                long[] missing = null;
                for (int g = 0; g < groups; g++) {
                    int winner = -1;
                    for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                        if (raw.isPresent(c, order[i])) {
                            winner = order[i];
                        }
                    }
                    if (winner < 0) {
                        dst.appendNull();
                        if (missing == null) {
                            missing = new long[(groups + 63) >>> 6];
                        }
                        missing[g >>> 6] |= 1L << g;
                    } else {
                        dst.appendFrom(src, winner);
                    }
                }
                outValues[c] = dst;
                outAbsent[c] = missing;
            }
            return new WriteBatch(outTs, outValues, outAbsent);
        }
    }
}
