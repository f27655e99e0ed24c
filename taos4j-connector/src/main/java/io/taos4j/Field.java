package io.taos4j;

import io.taos4j.protocol.TaosType;
import java.util.Objects;

/**
 * One column of a result set: its label, TDengine type and user-visible length.
 *
 * @param name      the column label as TDengine reports it ({@code count(*)}, {@code ts}, an alias)
 * @param type      the TDengine type
 * @param length    the length TDengine reports ({@code fields_lengths}): declared length for VARCHAR(n), NCHAR(n)
 *                  (characters), VARBINARY(n), GEOMETRY(n); byte size for fixed types; 16/8 for decimals
 * @param precision decimal precision, 0 for other types
 * @param scale     decimal scale, 0 for other types
 */
public record Field(String name, TaosType type, int length, int precision, int scale) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The type as TDengine writes it: {@code INT}, {@code VARCHAR(24)}, {@code DECIMAL(10,2)}. */
    public String typeName() {
        return switch (type) {
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> type.sqlName() + "(" + length + ")";
            case DECIMAL, DECIMAL64 -> "DECIMAL(" + precision + "," + scale + ")";
            default -> type.sqlName();
        };
    }

    @Override
    public String toString() {
        return name + " " + typeName();
    }
}
