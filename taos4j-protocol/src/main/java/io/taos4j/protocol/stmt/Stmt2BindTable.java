package io.taos4j.protocol.stmt;

import java.util.List;

/**
 * The values one stmt2 bind gives one table (ws-sql.md §9.4): its name (when the statement has a {@code tbname}
 * slot), one value per bound tag, and the bound columns, all of the same row count.
 *
 * @param name the table name, possibly {@code db.table}; null when the bind carries no table names
 * @param tags one single-row column per bound tag, in prepared-field order; empty when none
 * @param columns the bound columns in prepared-field order; empty when none
 */
public record Stmt2BindTable(String name, List<BindColumn> tags, List<BindColumn> columns) {

    public Stmt2BindTable {
        tags = List.copyOf(tags);
        columns = List.copyOf(columns);
    }

    /** Rows of this table: the size of its first column, 0 without columns. */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).rows();
    }
}
