package io.taos4j.server.query.exec;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.expr.Kernels;
import io.taos4j.server.storage.TableData;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts all input rows by key columns, then returns them in batches. Keys are input column positions. NULLs sort
 * first in ascending order and last in descending order unless the key says otherwise (tdengine-sql.md §6.1).
 * Materializes its input; keeps only the first {@code limit} rows when a limit is given.
 */
public final class Sort implements Operator {

    /** One sort key. */
    public record Key(int column, DataType type, boolean ascending, boolean nullsFirst) {
        public static Key of(int column, DataType type, boolean ascending) {
            return new Key(column, type, ascending, ascending);
        }
    }

    private final Operator input;
    private final List<Key> keys;
    private final long limit;
    private List<Batch> batches;
    private int[] order;
    private int[] batchOf;
    private int[] rowOf;
    private int emitted;

    /** @param limit keep at most this many rows (negative: all) */
    public Sort(Operator input, List<Key> keys, long limit) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.limit = limit;
    }

    @Override
    public Batch next() {
        if (order == null) {
            materialize();
        }
        int total = limit < 0 ? order.length : (int) Math.min(order.length, limit);
        if (emitted >= total) {
            return null;
        }
        int n = Math.min(TableData.CHUNK_ROWS, total - emitted);
        Batch first = batches.get(0);
        ColumnVector[] out = new ColumnVector[first.columnCount()];
        for (int c = 0; c < out.length; c++) {
            out[c] = first.column(c).newEmpty(n);
        }
        for (int k = 0; k < n; k++) {
            int g = order[emitted + k];
            Batch b = batches.get(batchOf[g]);
            int r = rowOf[g];
            for (int c = 0; c < out.length; c++) {
                out[c].appendFrom(b.column(c), r);
            }
        }
        emitted += n;
        return new Batch(out, n, null);
    }

    private void materialize() {
        batches = new ArrayList<>();
        int total = 0;
        Batch b;
        while ((b = input.next()) != null) {
            batches.add(b);
            total += b.rows();
        }
        batchOf = new int[total];
        rowOf = new int[total];
        order = new int[total];
        int g = 0;
        for (int i = 0; i < batches.size(); i++) {
            for (int r = 0; r < batches.get(i).rows(); r++) {
                batchOf[g] = i;
                rowOf[g] = r;
                order[g] = g;
                g++;
            }
        }
        if (total == 0) {
            return;
        }
        KeyColumn[] cols = new KeyColumn[keys.size()];
        for (int k = 0; k < cols.length; k++) {
            cols[k] = new KeyColumn(keys.get(k), batches, total);
        }
        IntSorter.sort(order, total, (x, y) -> {
            for (KeyColumn kc : cols) {
                int c = kc.compare(x, y);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
    }

    @Override
    public void close() {
        input.close();
    }

    /** A key's values over all rows, in a primitive form when the type allows. */
    private static final class KeyColumn {
        private final Key key;
        private final boolean[] nulls;
        private long[] longs;
        private double[] doubles;
        private Object[] objects;
        private final boolean unsigned;

        KeyColumn(Key key, List<Batch> batches, int total) {
            this.key = key;
            this.nulls = new boolean[total];
            DataType t = key.type();
            TaosType tt = t.type();
            this.unsigned = tt == TaosType.UBIGINT;
            boolean integral = tt.isInteger() || tt == TaosType.TIMESTAMP || tt == TaosType.BOOL;
            boolean floating = tt.isFloating();
            if (integral) {
                longs = new long[total];
            } else if (floating) {
                doubles = new double[total];
            } else {
                objects = new Object[total];
            }
            int g = 0;
            for (Batch b : batches) {
                ColumnVector v = b.column(key.column());
                int n = b.rows();
                if (integral) {
                    System.arraycopy(Kernels.longs(v, t, n), 0, longs, g, n);
                } else if (floating) {
                    System.arraycopy(Kernels.doubles(v, t, n), 0, doubles, g, n);
                } else {
                    for (int r = 0; r < n; r++) {
                        objects[g + r] = Values.get(v, r, t);
                    }
                }
                for (int r = 0; r < n; r++) {
                    nulls[g + r] = v.isNull(r);
                }
                g += n;
            }
        }

        int compare(int x, int y) {
            boolean nx = nulls[x];
            boolean ny = nulls[y];
            if (nx || ny) {
                if (nx && ny) {
                    return 0;
                }
                return nx == key.nullsFirst() ? -1 : 1;
            }
            int c;
            if (longs != null) {
                c = unsigned ? Long.compareUnsigned(longs[x], longs[y]) : Long.compare(longs[x], longs[y]);
            } else if (doubles != null) {
                c = Double.compare(doubles[x], doubles[y]);
            } else {
                c = Values.compare(objects[x], objects[y], key.type());
            }
            return key.ascending() ? c : -c;
        }
    }
}
