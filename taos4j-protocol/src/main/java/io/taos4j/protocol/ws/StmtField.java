package io.taos4j.protocol.ws;

import java.util.Objects;

/**
 * A field object of the classic {@code get_tag_fields}/{@code get_col_fields} replies (ws-sql.md §8).
 *
 * @param name column or tag name, non-null
 * @param fieldType TDengine type code (JSON {@code field_type}, i8)
 * @param precision timestamp precision for TIMESTAMP (u8)
 * @param scale DECIMAL scale (u8)
 * @param bytes storage width (i32)
 */
public record StmtField(String name, int fieldType, int precision, int scale, int bytes) {
    public StmtField {
        Objects.requireNonNull(name, "name");
    }
}
