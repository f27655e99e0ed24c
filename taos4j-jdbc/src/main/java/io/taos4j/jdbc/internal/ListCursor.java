package io.taos4j.jdbc.internal;

import io.taos4j.Field;
import io.taos4j.protocol.Precision;
import java.util.List;

/** Rows held in memory, e.g. the answer of a {@link java.sql.DatabaseMetaData} call. */
final class ListCursor implements Cursor {
    private final List<Field> fields;
    private final List<Object[]> rows;
    private int row = -1;

    ListCursor(List<Field> fields, List<Object[]> rows) {
        this.fields = fields;
        this.rows = rows;
    }

    @Override
    public List<Field> fields() {
        return fields;
    }

    @Override
    public Precision precision() {
        return Precision.MILLISECONDS;
    }

    @Override
    public boolean next() {
        if (row < rows.size()) {
            row++;
        }
        return row < rows.size();
    }

    @Override
    public boolean hasNext() {
        return row + 1 < rows.size();
    }

    @Override
    public Object get(int column) {
        return rows.get(row)[column];
    }

    @Override
    public void close() {
        row = rows.size();
    }
}
