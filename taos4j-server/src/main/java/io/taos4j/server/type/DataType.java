package io.taos4j.server.type;

import io.taos4j.protocol.TaosType;
import java.util.Locale;

/**
 * A SQL type as the server sees it: the wire type plus its declared length (VARCHAR(n), NCHAR(n) in characters,
 * VARBINARY(n), GEOMETRY(n)) or decimal precision and scale.
 *
 * @param type      the wire type
 * @param length    declared length for variable-length types, the fixed size otherwise
 * @param precision decimal precision (0 for other types)
 * @param scale     decimal scale (0 for other types)
 */
public record DataType(TaosType type, int length, int precision, int scale) {

    public static final DataType BOOL = fixed(TaosType.BOOL);
    public static final DataType TINYINT = fixed(TaosType.TINYINT);
    public static final DataType SMALLINT = fixed(TaosType.SMALLINT);
    public static final DataType INT = fixed(TaosType.INT);
    public static final DataType BIGINT = fixed(TaosType.BIGINT);
    public static final DataType UTINYINT = fixed(TaosType.UTINYINT);
    public static final DataType USMALLINT = fixed(TaosType.USMALLINT);
    public static final DataType UINT = fixed(TaosType.UINT);
    public static final DataType UBIGINT = fixed(TaosType.UBIGINT);
    public static final DataType FLOAT = fixed(TaosType.FLOAT);
    public static final DataType DOUBLE = fixed(TaosType.DOUBLE);
    public static final DataType TIMESTAMP = fixed(TaosType.TIMESTAMP);
    /** JSON tags: 4095 is the user-visible length TDengine reports. */
    public static final DataType JSON = new DataType(TaosType.JSON, 4095, 0, 0);
    /** BLOB: {@code describe} shows 5, results report 4194304 (raw-block.md §2). */
    public static final DataType BLOB = new DataType(TaosType.BLOB, 4194304, 0, 0);

    public static DataType fixed(TaosType type) {
        if (type.isVarLength() || type.isDecimal()) {
            throw new IllegalArgumentException(type + " needs a length or precision");
        }
        return new DataType(type, type.fixedSize(), 0, 0);
    }

    public static DataType varchar(int length) {
        return new DataType(TaosType.VARCHAR, length, 0, 0);
    }

    public static DataType nchar(int length) {
        return new DataType(TaosType.NCHAR, length, 0, 0);
    }

    public static DataType varbinary(int length) {
        return new DataType(TaosType.VARBINARY, length, 0, 0);
    }

    public static DataType geometry(int length) {
        return new DataType(TaosType.GEOMETRY, length, 0, 0);
    }

    /** DECIMAL64 for precision up to 18, DECIMAL (128-bit) above. */
    public static DataType decimal(int precision, int scale) {
        TaosType t = precision <= 18 ? TaosType.DECIMAL64 : TaosType.DECIMAL;
        return new DataType(t, precision <= 18 ? 8 : 16, precision, scale);
    }

    /** Builds the type for a wire type and a user-visible length (fields_lengths semantics). */
    public static DataType of(TaosType type, int length) {
        return switch (type) {
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> new DataType(type, length, 0, 0);
            case JSON -> JSON;
            case BLOB, MEDIUMBLOB -> BLOB;
            case DECIMAL, DECIMAL64 -> throw new IllegalArgumentException("decimal needs precision and scale");
            default -> fixed(type);
        };
    }

    public boolean isVarLength() {
        return type.isVarLength();
    }

    /** The number a client sees in {@code fields_lengths} and REST {@code column_meta}. */
    public int userLength() {
        return length;
    }

    /** Bytes per value in storage terms (the {@code bytes} of a raw block schema and {@code ins_columns.col_length}). */
    public int storageBytes() {
        return switch (type) {
            case VARCHAR, VARBINARY, GEOMETRY -> length + 2;
            case NCHAR -> length * 4 + 2;
            case JSON -> 16384;
            case BLOB, MEDIUMBLOB -> 5;
            default -> type.fixedSize();
        };
    }

    /** The length DESCRIBE shows: declared length for strings, 4095 for JSON, 5 for BLOB, byte size otherwise. */
    public int describeLength() {
        return switch (type) {
            case BLOB, MEDIUMBLOB -> 5;
            default -> length;
        };
    }

    /** The type name DESCRIBE shows: {@code VARCHAR}, {@code INT UNSIGNED}, {@code DECIMAL(10, 2)}. */
    public String describeName() {
        if (type.isDecimal()) {
            return "DECIMAL(" + precision + ", " + scale + ")";
        }
        return type.sqlName();
    }

    /** The type as written in DDL: {@code VARCHAR(24)}, {@code NCHAR(10)}, {@code DECIMAL(10,2)}, {@code INT}. */
    public String sqlName() {
        return switch (type) {
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> type.sqlName() + "(" + length + ")";
            case DECIMAL, DECIMAL64 -> "DECIMAL(" + precision + "," + scale + ")";
            default -> type.sqlName();
        };
    }

    public boolean isNumeric() {
        return type.isNumeric();
    }

    public boolean isInteger() {
        return type.isInteger();
    }

    public boolean isText() {
        return type == TaosType.VARCHAR || type == TaosType.NCHAR;
    }

    @Override
    public String toString() {
        return sqlName().toLowerCase(Locale.ROOT);
    }
}
