package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * A field object of the {@code stmt2_prepare} reply (ws-sql.md §9.3), in placeholder order.
 *
 * @param name column or tag name ({@code tbname} for the table-name slot), non-null
 * @param fieldType TDengine type code (JSON {@code field_type}, i8)
 * @param precision timestamp precision 0 ms, 1 µs, 2 ns (the real server sets it on TIMESTAMP fields only)
 * @param scale DECIMAL scale (observed 0)
 * @param bytes storage width: the block-schema width, e.g. 271 for the {@code tbname} slot
 * @param bindType 1 column, 2 tag, 3 query parameter, 4 table name (JSON {@code bind_type})
 */
public record Stmt2Field(String name, int fieldType, int precision, int scale, int bytes, int bindType) {
    /** {@code bind_type} of an ordinary column. */
    public static final int BIND_COLUMN = 1;
    /** {@code bind_type} of a tag. */
    public static final int BIND_TAG = 2;
    /** {@code bind_type} of a query parameter. */
    public static final int BIND_QUERY = 3;
    /** {@code bind_type} of the table-name slot. */
    public static final int BIND_TABLE_NAME = 4;

    public Stmt2Field {
        Objects.requireNonNull(name, "name");
    }
}
