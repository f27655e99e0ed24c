package io.taos4j.cli.bench;

import io.taos4j.ColumnView;
import io.taos4j.Stmt2;
import io.taos4j.TableBind;
import io.taos4j.Taos;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes rows with stmt2: one statement per thread, prepared once as
 * {@code INSERT INTO ? USING <stable> TAGS(?...) VALUES(?...)} (the child tables' tags as bench created them); each
 * request binds every table of the batch, its columns as primitive arrays, and executes.
 */
final class Stmt2InsertMode implements InsertMode {

    @Override
    public String mode() {
        return "stmt2";
    }

    @Override
    public Writer open(Taos taos, BenchConfig config, DataGenerator data) {
        taos.exec("USE " + Names.quote(config.database()));
        StringBuilder sql = new StringBuilder("INSERT INTO ? USING ").append(Names.quote(config.superTable()))
                .append(" TAGS(");
        for (int g = 0; g < data.tagCount(); g++) {
            sql.append(g == 0 ? "?" : ",?");
        }
        sql.append(") VALUES(?");
        for (int c = 0; c < data.columnCount(); c++) {
            sql.append(",?");
        }
        sql.append(')');
        Stmt2 stmt = taos.stmt2();
        try {
            stmt.prepare(sql.toString());
        } catch (RuntimeException e) {
            stmt.close();
            throw e;
        }
        List<ColumnSpec> columns = config.columns();
        return new Writer() {
            @Override
            public long write(BatchPlanner.Batch batch, LongConsumer latency) {
                List<TableBind> tables = new ArrayList<>(batch.slices().size());
                for (BatchPlanner.Slice s : batch.slices()) {
                    List<Object> tags = new ArrayList<>(data.tagCount());
                    for (int g = 0; g < data.tagCount(); g++) {
                        tags.add(data.tagValue(g, s.table()));
                    }
                    ColumnView[] views = new ColumnView[1 + columns.size()];
                    long[] ts = new long[s.rows()];
                    for (int i = 0; i < ts.length; i++) {
                        ts[i] = data.timestamp(s.firstRow() + i);
                    }
                    views[0] = ColumnView.ofTimestamps(ts);
                    for (int c = 0; c < columns.size(); c++) {
                        views[1 + c] = column(columns.get(c).type(), data, c, s);
                    }
                    tables.add(TableBind.of(config.childTable(s.table()), tags, views));
                }
                long start = System.nanoTime();
                stmt.bind(tables);
                long rows = stmt.execute();
                latency.accept(System.nanoTime() - start);
                return rows;
            }

            @Override
            public void close() {
                stmt.close();
            }
        };
    }

    /** The slice's values of data column {@code c} as a view of the matching primitive (or string) kind. */
    static ColumnView column(ColumnSpec.Type type, DataGenerator data, int c, BatchPlanner.Slice s) {
        int n = s.rows();
        int t = s.table();
        long r0 = s.firstRow();
        switch (type) {
            case BOOL: {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (Boolean) data.value(c, t, r0 + i);
                }
                return ColumnView.ofBooleans(v);
            }
            case FLOAT: {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = ((Number) data.value(c, t, r0 + i)).floatValue();
                }
                return ColumnView.ofFloats(v);
            }
            case DOUBLE: {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = ((Number) data.value(c, t, r0 + i)).doubleValue();
                }
                return ColumnView.ofDoubles(v);
            }
            case VARCHAR, NCHAR, VARBINARY: {
                List<String> v = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    v.add((String) data.value(c, t, r0 + i));
                }
                return ColumnView.ofStrings(v);
            }
            default: { // integers and TIMESTAMP: the bind converts to the column's type, checking the range
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = ((Number) data.value(c, t, r0 + i)).longValue();
                }
                return ColumnView.ofLongs(v);
            }
        }
    }
}
