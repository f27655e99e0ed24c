package io.taos4j;

import io.taos4j.protocol.TaosType;
import java.util.Objects;

/**
 * One placeholder of a prepared statement, as the server describes it: the table-name slot, a tag or a column of
 * an INSERT.
 *
 * @param name      the column or tag name; {@code tbname} for the table-name slot
 * @param type      the TDengine type values are converted to when bound
 * @param bytes     the storage width the server reports (e.g. VARCHAR(8) → 10, NCHAR(4) → 18)
 * @param precision the timestamp precision code (0 ms, 1 µs, 2 ns) for TIMESTAMP placeholders, else 0
 * @param scale     the DECIMAL scale when the server reports it, else 0
 * @param kind      what the placeholder binds
 */
public record StmtField(String name, TaosType type, int bytes, int precision, int scale, Kind kind) {

    /** What a placeholder binds. */
    public enum Kind {
        /** The name of the table rows go to ({@code INSERT INTO ?}, or the {@code tbname} column). */
        TABLE_NAME,
        /** A tag of a child table that the insert may create. */
        TAG,
        /** A column value. */
        COLUMN,
        /** A parameter of a query. */
        QUERY
    }

    public StmtField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }
}
