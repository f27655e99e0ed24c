package io.taos4j.server.query.plan;

import io.taos4j.server.sql.ast.TypeSpec;
import io.taos4j.server.type.DataType;

/** SQL type syntax to {@link DataType}. */
final class Types {
    private Types() {
    }

    static DataType of(TypeSpec spec) {
        return switch (spec.type()) {
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> new DataType(spec.type(), spec.length(), 0, 0);
            case DECIMAL, DECIMAL64 -> DataType.decimal(spec.precision(), spec.scale());
            case JSON -> DataType.JSON;
            case BLOB, MEDIUMBLOB -> DataType.BLOB;
            default -> DataType.fixed(spec.type());
        };
    }
}
