package io.taos4j.jdbc.internal;

import io.taos4j.Field;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import java.sql.Types;

/**
 * How TDengine types appear in JDBC metadata. The {@link java.sql.Types} codes are those of the official
 * taos-jdbcdriver (so code written against it sees the same types), including its choices for the unsigned types
 * (widened to the next signed type, BIGINT UNSIGNED as NUMERIC), FLOAT as {@link Types#FLOAT}, NCHAR as
 * {@link Types#NCHAR}, JSON as {@link Types#OTHER} and GEOMETRY as {@link Types#BINARY}. Precision and display
 * size follow the JDBC definitions (digits for numbers, characters for text and date-times).
 */
final class JdbcTypes {
    private JdbcTypes() {
    }

    /** The {@link Types} code. */
    static int sqlType(TaosType type) {
        return switch (type) {
            case NULL -> Types.NULL;
            case BOOL -> Types.BOOLEAN;
            case TINYINT -> Types.TINYINT;
            case SMALLINT, UTINYINT -> Types.SMALLINT;
            case INT, USMALLINT -> Types.INTEGER;
            case BIGINT, UINT -> Types.BIGINT;
            case UBIGINT -> Types.NUMERIC;
            case FLOAT -> Types.FLOAT;
            case DOUBLE -> Types.DOUBLE;
            case VARCHAR -> Types.VARCHAR;
            case TIMESTAMP -> Types.TIMESTAMP;
            case NCHAR -> Types.NCHAR;
            case JSON -> Types.OTHER;
            case VARBINARY -> Types.VARBINARY;
            case GEOMETRY -> Types.BINARY;
            case DECIMAL, DECIMAL64 -> Types.DECIMAL;
            case BLOB, MEDIUMBLOB -> Types.BLOB;
        };
    }

    /** The type name as TDengine writes it: {@code INT UNSIGNED}, {@code VARCHAR}, {@code DECIMAL}. */
    static String typeName(TaosType type) {
        return type.sqlName();
    }

    /** The class {@link java.sql.ResultSet#getObject(int)} returns. */
    static String className(TaosType type) {
        return switch (type) {
            case NULL -> Object.class.getName();
            case BOOL -> Boolean.class.getName();
            case TINYINT -> Byte.class.getName();
            case SMALLINT, UTINYINT -> Short.class.getName();
            case INT, USMALLINT -> Integer.class.getName();
            case BIGINT, UINT -> Long.class.getName();
            case UBIGINT -> java.math.BigInteger.class.getName();
            case FLOAT -> Float.class.getName();
            case DOUBLE -> Double.class.getName();
            case TIMESTAMP -> java.sql.Timestamp.class.getName();
            case VARCHAR, NCHAR, JSON -> String.class.getName();
            case VARBINARY, GEOMETRY -> byte[].class.getName();
            case DECIMAL, DECIMAL64 -> java.math.BigDecimal.class.getName();
            case BLOB, MEDIUMBLOB -> java.sql.Blob.class.getName();
        };
    }

    /** Characters of a timestamp of this precision: {@code yyyy-MM-dd HH:mm:ss.fff} plus 3 per finer unit. */
    static int timestampChars(Precision precision) {
        return switch (precision) {
            case MILLISECONDS -> 23;
            case MICROSECONDS -> 26;
            case NANOSECONDS -> 29;
        };
    }

    /** JDBC precision: decimal digits of numbers, characters of text and date-times, bytes of binary types. */
    static int precision(TaosType type, int length, int decimalPrecision, Precision tsPrecision) {
        return switch (type) {
            case NULL -> 0;
            case BOOL -> 1;
            case TINYINT, UTINYINT -> 3;
            case SMALLINT, USMALLINT -> 5;
            case INT, UINT -> 10;
            case BIGINT -> 19;
            case UBIGINT -> 20;
            case FLOAT -> 7;
            case DOUBLE -> 15;
            case TIMESTAMP -> timestampChars(tsPrecision);
            case DECIMAL, DECIMAL64 -> decimalPrecision;
            default -> length;
        };
    }

    static int precision(Field f, Precision tsPrecision) {
        return precision(f.type(), f.length(), f.precision(), tsPrecision);
    }

    /** Digits after the point: the scale of DECIMAL, 0 for other types. */
    static int scale(Field f) {
        return f.type().isDecimal() ? f.scale() : 0;
    }

    /** The widest text the value can print as. */
    static int displaySize(Field f, Precision tsPrecision) {
        return switch (f.type()) {
            case NULL -> 4;
            case BOOL -> 5;
            case TINYINT -> 4;
            case UTINYINT -> 3;
            case SMALLINT -> 6;
            case USMALLINT -> 5;
            case INT -> 11;
            case UINT -> 10;
            case BIGINT, UBIGINT -> 20;
            case FLOAT -> 15;
            case DOUBLE -> 24;
            case TIMESTAMP -> timestampChars(tsPrecision);
            case DECIMAL, DECIMAL64 -> f.precision() + 2;
            case VARBINARY, GEOMETRY, BLOB, MEDIUMBLOB -> 2 + 2 * f.length();
            case VARCHAR, NCHAR, JSON -> f.length();
        };
    }

    static boolean isSigned(TaosType type) {
        return switch (type) {
            case TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL, DECIMAL64 -> true;
            default -> false;
        };
    }

    /** The TDengine type of a type name as DESCRIBE prints it ({@code INT UNSIGNED}, {@code DECIMAL(10, 2)}). */
    static TaosType ofName(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT);
        int paren = n.indexOf('(');
        if (paren >= 0) {
            n = n.substring(0, paren).trim();
        }
        if (n.equals("BINARY")) {
            return TaosType.VARCHAR;
        }
        if (n.equals("DECIMAL")) {
            return TaosType.DECIMAL;
        }
        for (TaosType t : TaosType.values()) {
            if (t.sqlName().equals(n)) {
                return t;
            }
        }
        return TaosType.NULL;
    }
}
