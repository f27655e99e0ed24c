package io.taos4j.server.query.plan;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.exec.BatchSource;
import io.taos4j.server.query.exec.TableScan;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.Kernels;
import io.taos4j.server.query.expr.Logical;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A bound FROM source: the columns it offers and how to read the ones a query uses.
 *
 * <p>{@link #open} returns batches whose columns are exactly the {@code used} columns, in that order.
 */
abstract class Relation {

    /**
     * What a scan may skip: timestamps outside {@code [from, to]}, tables failing {@code tagFilter}, every row of a
     * table after its first {@code rowsPerTable} in scan order (0: none skipped), and, with {@code countOnly}, the
     * timestamp values of blocks wholly inside the range (the query only counts rows, so a block's size is enough).
     * Hints are optional for a relation: one that ignores them still returns the right rows.
     */
    record ScanHints(long from, long to, boolean descending, Expression tagFilter, int rowsPerTable,
                     boolean countOnly) {
        static final ScanHints ALL = new ScanHints(Long.MIN_VALUE, Long.MAX_VALUE, false, null);

        ScanHints(long from, long to, boolean descending, Expression tagFilter) {
            this(from, to, descending, tagFilter, 0, false);
        }
    }

    /** Every column expressions may reference. */
    abstract List<ColumnInfo> columns();

    /** What {@code *} expands to. */
    abstract List<ColumnInfo> starColumns();

    /** The primary timestamp column, or null when the source has none. */
    ColumnInfo timestamp() {
        for (ColumnInfo c : columns()) {
            if (c.type().type() == io.taos4j.protocol.TaosType.TIMESTAMP
                    && (c.kind() == ColumnInfo.Kind.DATA || c.kind() == ColumnInfo.Kind.BATCH)) {
                return c;
            }
        }
        return null;
    }

    /** Timestamp precision of the source. */
    abstract Precision precision();

    /** True for a stored table (child, normal or super): scans can prune by time and by tags. */
    boolean isTable() {
        return false;
    }

    /** True when the source holds several tables (a super table). */
    boolean isMultiTable() {
        return false;
    }

    abstract Operator open(List<ColumnInfo> used, ScanHints hints, EvalContext ctx);

    /** A child, normal or super table. */
    static final class TableRelation extends Relation {
        private final TableEntry table;
        private final String qualifier;
        private final List<ColumnInfo> columns = new ArrayList<>();
        private final List<ColumnInfo> star = new ArrayList<>();

        TableRelation(TableEntry table, String alias) {
            this.table = table;
            this.qualifier = alias != null ? alias : table.name();
            TableSchema schema = table.schema();
            schema.columns().forEach(c -> {
                ColumnInfo info = new ColumnInfo(c.name(), qualifier, c.type(), ColumnInfo.Kind.DATA, c.id());
                columns.add(info);
                star.add(info);
            });
            for (int i = 0; i < schema.tags().size(); i++) {
                var t = schema.tags().get(i);
                ColumnInfo info = new ColumnInfo(t.name(), qualifier, t.type(), ColumnInfo.Kind.TAG, i);
                columns.add(info);
                if (table instanceof SuperTable) {
                    star.add(info);
                }
            }
            columns.add(new ColumnInfo("tbname", qualifier, DataType.varchar(270), ColumnInfo.Kind.TBNAME, -1));
        }

        private List<DataTable> override;

        TableEntry table() {
            return table;
        }

        /** Reads {@code tables} instead of the table's own (see {@link Planner#scanning}). */
        void scanOnly(List<DataTable> tables) {
            this.override = tables;
        }

        @Override
        List<ColumnInfo> columns() {
            return columns;
        }

        @Override
        List<ColumnInfo> starColumns() {
            return star;
        }

        @Override
        Precision precision() {
            return table.database().precision();
        }

        @Override
        boolean isTable() {
            return true;
        }

        @Override
        boolean isMultiTable() {
            return table instanceof SuperTable;
        }

        /** The tables to read, in scan order. */
        List<DataTable> tables() {
            if (override != null) {
                return new ArrayList<>(override);
            }
            if (table instanceof SuperTable s) {
                return new ArrayList<>(s.children());
            }
            return List.of((DataTable) table);
        }

        @Override
        Operator open(List<ColumnInfo> used, ScanHints hints, EvalContext ctx) {
            List<TableScan.ScanColumn> layout = new ArrayList<>(used.size());
            for (ColumnInfo c : used) {
                layout.add(switch (c.kind()) {
                    case DATA -> new TableScan.DataColumn(c.id(), c.type());
                    case TAG -> new TableScan.TagColumn(c.id(), c.type());
                    case TBNAME -> new TableScan.TableName(c.type());
                    case BATCH -> throw new IllegalStateException("no batch columns in a table");
                });
            }
            List<DataTable> tables = tables();
            if (hints.tagFilter() != null && !tables.isEmpty()) {
                tables = prune(tables, used, hints.tagFilter(), ctx);
            }
            return new TableScan(tables, layout, hints.from(), hints.to(), hints.descending(), hints.rowsPerTable(),
                    hints.countOnly());
        }

        /** The tables whose tags satisfy {@code filter}. */
        List<DataTable> matching(List<ColumnInfo> used, Expression filter, EvalContext ctx) {
            List<DataTable> tables = tables();
            return tables.isEmpty() ? tables : prune(tables, used, filter, ctx);
        }

        /** Keeps the tables whose tags satisfy {@code filter} (evaluated once per table, data slots NULL). */
        private static List<DataTable> prune(List<DataTable> tables, List<ColumnInfo> used, Expression filter,
                                             EvalContext ctx) {
            int n = tables.size();
            ColumnVector[] cols = new ColumnVector[used.size()];
            for (int i = 0; i < cols.length; i++) {
                ColumnInfo c = used.get(i);
                ColumnVector v = Values.allocate(c.type(), n);
                for (DataTable t : tables) {
                    Object value = switch (c.kind()) {
                        case TAG -> t instanceof ChildTable child ? child.tag(c.id()) : null;
                        case TBNAME -> t.name();
                        default -> null;
                    };
                    Values.append(v, value, c.type());
                }
                cols[i] = v;
            }
            ColumnVector keep = Logical.truthOf(filter, new Batch(cols, n), ctx);
            List<DataTable> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (Kernels.isTrue(keep, i)) {
                    out.add(tables.get(i));
                }
            }
            return out;
        }
    }

    /** Rows computed in memory: system tables and subqueries. */
    static final class BatchRelation extends Relation {
        private final List<ColumnInfo> columns = new ArrayList<>();
        private final Precision precision;
        private final Supplier<Operator> rows;

        BatchRelation(List<Field> fields, String qualifier, Precision precision, Supplier<Operator> rows) {
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                columns.add(new ColumnInfo(f.name(), qualifier, f.type(), ColumnInfo.Kind.BATCH, i));
            }
            this.precision = precision;
            this.rows = rows;
        }

        @Override
        List<ColumnInfo> columns() {
            return columns;
        }

        @Override
        List<ColumnInfo> starColumns() {
            return columns;
        }

        @Override
        Precision precision() {
            return precision;
        }

        @Override
        Operator open(List<ColumnInfo> used, ScanHints hints, EvalContext ctx) {
            Operator input = rows.get();
            return new Operator() {
                @Override
                public Batch next() {
                    Batch b = input.next();
                    if (b == null) {
                        return null;
                    }
                    ColumnVector[] out = new ColumnVector[used.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = b.column(used.get(i).id());
                    }
                    return new Batch(out, b.rows(), b.group());
                }

                @Override
                public void close() {
                    input.close();
                }
            };
        }
    }

    /** No FROM: one row without columns. */
    static final class Dual extends Relation {
        @Override
        List<ColumnInfo> columns() {
            return List.of();
        }

        @Override
        List<ColumnInfo> starColumns() {
            return List.of();
        }

        @Override
        Precision precision() {
            return Precision.MILLISECONDS;
        }

        @Override
        Operator open(List<ColumnInfo> used, ScanHints hints, EvalContext ctx) {
            return BatchSource.of(new Batch(new ColumnVector[0], 1));
        }
    }
}
