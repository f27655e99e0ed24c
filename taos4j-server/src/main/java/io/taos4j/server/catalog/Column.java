package io.taos4j.server.catalog;

import io.taos4j.server.type.DataType;

/**
 * A data column or tag of a table.
 *
 * @param id           stable id, never reused within a table (storage finds columns by id across ALTER TABLE)
 * @param name         the name as stored (folded unless it was backquoted)
 * @param type         its type
 * @param compositeKey true for a second column declared PRIMARY KEY / COMPOSITE KEY
 * @param encode       DESCRIBE's encode column ({@code delta-i}, {@code simple8b}, ... ; {@code disabled} for tags)
 * @param compress     DESCRIBE's compress column
 * @param level        DESCRIBE's level column
 */
public record Column(int id, String name, DataType type, boolean compositeKey, String encode, String compress,
                     String level) {

    /** A data column with TDengine's default compression settings for its type (tdengine-sql.md §2.2). */
    public static Column data(int id, String name, DataType type) {
        String[] d = defaultCompression(type);
        return new Column(id, name, type, false, d[0], d[1], "medium");
    }

    /** A tag: DESCRIBE shows {@code disabled} for its compression columns. */
    public static Column tag(int id, String name, DataType type) {
        return new Column(id, name, type, false, "disabled", "disabled", "disabled");
    }

    public Column withType(DataType newType) {
        return new Column(id, name, newType, compositeKey, encode, compress, level);
    }

    public Column withName(String newName) {
        return new Column(id, newName, type, compositeKey, encode, compress, level);
    }

    /** {encode, compress} defaults per type as DESCRIBE shows them on TDengine 3.3.7.5. */
    static String[] defaultCompression(DataType type) {
        return switch (type.type()) {
            case TIMESTAMP -> new String[] {"delta-i", "lz4"};
            case BOOL -> new String[] {"bit-packing", "zstd"};
            case TINYINT, SMALLINT, UTINYINT, USMALLINT -> new String[] {"simple8b", "zlib"};
            case INT, BIGINT, UINT, UBIGINT -> new String[] {"simple8b", "lz4"};
            case FLOAT, DOUBLE -> new String[] {"delta-d", "lz4"};
            case VARCHAR, NCHAR, VARBINARY, DECIMAL, DECIMAL64, JSON -> new String[] {"disabled", "zstd"};
            default -> new String[] {"disabled", "lz4"};
        };
    }
}
