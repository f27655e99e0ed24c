package io.taos4j.server.query;

import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.server.type.DataType;

/**
 * One column of a result: its label and type. The label is what clients see ({@code fields_names}).
 */
public record Field(String name, DataType type) {

    /** The column's block schema ({@code bytes} as TDengine writes it in raw blocks). */
    public ColumnSchema blockSchema() {
        return switch (type.type()) {
            // wide system columns (SHOW CREATE's 3145726) exceed ColumnSchema.varchar's u16 limit
            case VARCHAR -> type.length() <= 65533 ? ColumnSchema.varchar(type.length())
                    : new ColumnSchema(io.taos4j.protocol.TaosType.VARCHAR, type.length() + 2);
            case NCHAR -> ColumnSchema.nchar(type.length());
            case VARBINARY -> ColumnSchema.varbinary(type.length());
            case GEOMETRY -> ColumnSchema.geometry(type.length());
            case JSON -> ColumnSchema.json();
            case BLOB, MEDIUMBLOB -> ColumnSchema.blob();
            case DECIMAL, DECIMAL64 -> ColumnSchema.decimal(type.precision(), type.scale());
            default -> ColumnSchema.of(type.type());
        };
    }

    public static Field of(String name, DataType type) {
        return new Field(name, type);
    }
}
