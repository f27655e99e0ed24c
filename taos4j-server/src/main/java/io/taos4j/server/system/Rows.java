package io.taos4j.server.system;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects rows of Java values (the representation of {@link Values}: Long for integers and timestamps, String for
 * text, byte[] for binary, Boolean, Float, Double, null) and turns them into a {@link Batch}. Not thread-safe.
 */
final class Rows {
    private final List<Field> fields;
    private final List<Object[]> rows = new ArrayList<>();

    Rows(List<Field> fields) {
        this.fields = fields;
    }

    /** Appends one row; {@code values} must hold one value per field. */
    Rows add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + fields.size()
                    + " columns");
        }
        rows.add(values);
        return this;
    }

    int size() {
        return rows.size();
    }

    Batch build() {
        ColumnVector[] columns = new ColumnVector[fields.size()];
        for (int c = 0; c < columns.length; c++) {
            Field f = fields.get(c);
            ColumnVector v = Values.allocate(f.type(), rows.size());
            for (Object[] row : rows) {
                Values.append(v, row[c], f.type());
            }
            columns[c] = v;
        }
        return new Batch(columns, rows.size());
    }

    ResultData result() {
        return new ResultData(fields, build());
    }
}
