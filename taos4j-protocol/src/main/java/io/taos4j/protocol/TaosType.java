package io.taos4j.protocol;

/**
 * TDengine data type codes as they travel on the wire (raw blocks, {@code fields_types}, stmt2 binds).
 *
 * <p>Source of the codes and sizes: raw-block.md §1 (taosAdapter {@code driver/common/datatype.go},
 * JDBC {@code TSDBConstants}). Every constant is immutable and thread-safe.
 */
public enum TaosType {
    NULL(0, "NULL", 1),
    BOOL(1, "BOOL", 1),
    TINYINT(2, "TINYINT", 1),
    SMALLINT(3, "SMALLINT", 2),
    INT(4, "INT", 4),
    BIGINT(5, "BIGINT", 8),
    FLOAT(6, "FLOAT", 4),
    DOUBLE(7, "DOUBLE", 8),
    VARCHAR(8, "VARCHAR", -1),
    TIMESTAMP(9, "TIMESTAMP", 8),
    NCHAR(10, "NCHAR", -1),
    UTINYINT(11, "TINYINT UNSIGNED", 1),
    USMALLINT(12, "SMALLINT UNSIGNED", 2),
    UINT(13, "INT UNSIGNED", 4),
    UBIGINT(14, "BIGINT UNSIGNED", 8),
    JSON(15, "JSON", -1),
    VARBINARY(16, "VARBINARY", -1),
    DECIMAL(17, "DECIMAL", 16),
    BLOB(18, "BLOB", -1),
    MEDIUMBLOB(19, "MEDIUMBLOB", -1),
    GEOMETRY(20, "GEOMETRY", -1),
    DECIMAL64(21, "DECIMAL", 8);

    private static final TaosType[] BY_CODE = new TaosType[22];

    static {
        for (TaosType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    private final String sqlName;
    private final int fixedSize;

    TaosType(int code, String sqlName, int fixedSize) {
        this.code = code;
        this.sqlName = sqlName;
        this.fixedSize = fixedSize;
    }

    /** The wire code (0..21). */
    public int code() {
        return code;
    }

    /** The type name TDengine prints (DESCRIBE, REST {@code column_meta}); unsigned types read "INT UNSIGNED". */
    public String sqlName() {
        return sqlName;
    }

    /** Bytes per value in a raw block for fixed-width types; -1 for variable-length types. */
    public int fixedSize() {
        return fixedSize;
    }

    /** True for VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY, BLOB and MEDIUMBLOB: offsets plus length-prefixed entries. */
    public boolean isVarLength() {
        return fixedSize < 0;
    }

    /** Size of the length prefix of a variable-length entry: 4 for BLOB, 2 for the others, 0 for fixed types. */
    public int lengthPrefixSize() {
        if (!isVarLength()) {
            return 0;
        }
        return this == BLOB || this == MEDIUMBLOB ? 4 : 2;
    }

    public boolean isUnsigned() {
        return this == UTINYINT || this == USMALLINT || this == UINT || this == UBIGINT;
    }

    /** TINYINT..BIGINT and their unsigned forms. */
    public boolean isInteger() {
        return switch (this) {
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT -> true;
            default -> false;
        };
    }

    public boolean isFloating() {
        return this == FLOAT || this == DOUBLE;
    }

    public boolean isDecimal() {
        return this == DECIMAL || this == DECIMAL64;
    }

    /** Integer, floating or decimal. BOOL and TIMESTAMP are not numeric here. */
    public boolean isNumeric() {
        return isInteger() || isFloating() || isDecimal();
    }

    /** VARCHAR, NCHAR, JSON: values that read as text. */
    public boolean isText() {
        return this == VARCHAR || this == NCHAR || this == JSON;
    }

    /**
     * Looks up a wire code.
     *
     * @throws ProtocolException if the code is not a TDengine type
     */
    public static TaosType ofCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new ProtocolException("unknown TDengine type code " + code);
        }
        return BY_CODE[code];
    }
}
