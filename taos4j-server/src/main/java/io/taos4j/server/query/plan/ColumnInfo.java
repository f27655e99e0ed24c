package io.taos4j.server.query.plan;

import io.taos4j.server.type.DataType;

/**
 * A column a FROM clause makes available to expressions.
 *
 * @param name      the column name (as stored; labels of a bare reference)
 * @param qualifier the table name or alias that may qualify it ({@code t.col}), or null
 * @param type      its type
 * @param kind      what it is
 * @param id        data column id, tag index, or position in the source's batches, depending on {@code kind}
 */
public record ColumnInfo(String name, String qualifier, DataType type, Kind kind, int id) {

    /** Where a column's values come from. */
    public enum Kind {
        /** A stored data column ({@code id} = column id); the first one is the primary timestamp. */
        DATA,
        /** A tag of a child table ({@code id} = tag index). */
        TAG,
        /** The {@code tbname} pseudo-column. */
        TBNAME,
        /** A column of in-memory batches (system tables, subqueries; {@code id} = position). */
        BATCH
    }

    public boolean isPerTableConstant() {
        return kind == Kind.TAG || kind == Kind.TBNAME;
    }
}
