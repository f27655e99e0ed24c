package io.taos4j.protocol.block;

import io.taos4j.protocol.TaosType;
import java.util.Objects;

/**
 * One column of a raw block's schema: the type code and the {@code bytes} word that the block carries for it
 * (raw-block.md §2 and §3.2).
 *
 * <p>{@code bytes} is the block-schema width, not the width a client shows: fixed types carry their size;
 * VARCHAR, VARBINARY and GEOMETRY of n bytes carry n + 2; NCHAR of n characters carries 4n + 2; JSON carries 16384
 * and BLOB 5 (both as TDengine 3.3.7.5 sends them); DECIMAL and DECIMAL64 carry the packed word
 * {@code size << 24 | precision << 8 | scale}. {@link #userLength()} gives the {@code fields_lengths} number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the column type, never null
 * @param bytes the block-schema width as described above
 */
public record ColumnSchema(TaosType type, int bytes) {

    /** Block-schema width TDengine gives a JSON column (observed). */
    public static final int JSON_BYTES = 16384;
    /** Block-schema width TDengine gives a BLOB column (observed; what {@code describe} shows). */
    public static final int BLOB_BYTES = 5;
    /** {@code fields_lengths} value of a BLOB column (observed). */
    public static final int BLOB_USER_LENGTH = 4194304;
    /** Largest n of VARCHAR(n), VARBINARY(n) and GEOMETRY(n) whose width n + 2 still fits a u16 length. */
    public static final int MAX_BINARY_LENGTH = 65533;
    /** Largest n of NCHAR(n) whose 4n bytes still fit a u16 length. */
    public static final int MAX_NCHAR_LENGTH = 16383;
    /** Largest DECIMAL precision; up to 18 digits travel as DECIMAL64. */
    public static final int MAX_DECIMAL_PRECISION = 38;
    /** Largest precision stored as DECIMAL64. */
    public static final int MAX_DECIMAL64_PRECISION = 18;

    /**
     * Checks the pair against the rules above.
     *
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if {@code bytes} is not a width TDengine gives that type, or the type is the
     *     reserved MEDIUMBLOB
     */
    public ColumnSchema {
        Objects.requireNonNull(type, "type");
        String problem = problem(type, bytes);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * A fixed-width column (NULL, BOOL, the integers, FLOAT, DOUBLE, TIMESTAMP) with its fixed size.
     *
     * @throws IllegalArgumentException for variable-length and decimal types, which need a width or a precision
     */
    public static ColumnSchema of(TaosType type) {
        Objects.requireNonNull(type, "type");
        if (type.isVarLength() || type.isDecimal()) {
            throw new IllegalArgumentException(type + " needs a length or precision; use its own factory");
        }
        return new ColumnSchema(type, type.fixedSize());
    }

    /** VARCHAR(n), 1 ≤ n ≤ {@value #MAX_BINARY_LENGTH}. */
    public static ColumnSchema varchar(int n) {
        return new ColumnSchema(TaosType.VARCHAR, binaryWidth("VARCHAR", n));
    }

    /** VARBINARY(n), 1 ≤ n ≤ {@value #MAX_BINARY_LENGTH}. */
    public static ColumnSchema varbinary(int n) {
        return new ColumnSchema(TaosType.VARBINARY, binaryWidth("VARBINARY", n));
    }

    /** GEOMETRY(n), 1 ≤ n ≤ {@value #MAX_BINARY_LENGTH}. */
    public static ColumnSchema geometry(int n) {
        return new ColumnSchema(TaosType.GEOMETRY, binaryWidth("GEOMETRY", n));
    }

    /** NCHAR(n) of n characters, 1 ≤ n ≤ {@value #MAX_NCHAR_LENGTH}. */
    public static ColumnSchema nchar(int n) {
        if (n < 1 || n > MAX_NCHAR_LENGTH) {
            throw new IllegalArgumentException("NCHAR length must be 1.." + MAX_NCHAR_LENGTH + ", got " + n);
        }
        return new ColumnSchema(TaosType.NCHAR, 4 * n + 2);
    }

    /** A JSON column (a JSON tag) with TDengine's width {@value #JSON_BYTES}. */
    public static ColumnSchema json() {
        return new ColumnSchema(TaosType.JSON, JSON_BYTES);
    }

    /** A BLOB column with TDengine's width {@value #BLOB_BYTES}. */
    public static ColumnSchema blob() {
        return new ColumnSchema(TaosType.BLOB, BLOB_BYTES);
    }

    /**
     * DECIMAL(precision, scale): DECIMAL64 for precision ≤ {@value #MAX_DECIMAL64_PRECISION}, else DECIMAL.
     *
     * @throws IllegalArgumentException unless 1 ≤ precision ≤ {@value #MAX_DECIMAL_PRECISION} and
     *     0 ≤ scale ≤ precision
     */
    public static ColumnSchema decimal(int precision, int scale) {
        if (precision < 1 || precision > MAX_DECIMAL_PRECISION) {
            throw new IllegalArgumentException(
                    "DECIMAL precision must be 1.." + MAX_DECIMAL_PRECISION + ", got " + precision);
        }
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException("DECIMAL scale must be 0.." + precision + ", got " + scale);
        }
        TaosType type = precision <= MAX_DECIMAL64_PRECISION ? TaosType.DECIMAL64 : TaosType.DECIMAL;
        return new ColumnSchema(type, type.fixedSize() << 24 | precision << 8 | scale);
    }

    /**
     * The width clients see ({@code fields_lengths}, REST {@code column_meta[2]}): n for VARCHAR, VARBINARY and
     * GEOMETRY, characters for NCHAR, (bytes − 2) / 4 for JSON (4095), {@value #BLOB_USER_LENGTH} for BLOB, the
     * value size (16 or 8) for decimals and the fixed size otherwise.
     */
    public int userLength() {
        return switch (type) {
            case VARCHAR, VARBINARY, GEOMETRY -> bytes - 2;
            case NCHAR, JSON -> (bytes - 2) / 4;
            case BLOB -> BLOB_USER_LENGTH;
            default -> type.fixedSize();
        };
    }

    /** Decimal precision (digits) for DECIMAL and DECIMAL64; 0 for every other type, as {@code fields_precisions}. */
    public int decimalPrecision() {
        return type.isDecimal() ? (bytes >>> 8) & 0xFF : 0;
    }

    /** Decimal scale for DECIMAL and DECIMAL64; 0 for every other type, as {@code fields_scales}. */
    public int decimalScale() {
        return type.isDecimal() ? bytes & 0xFF : 0;
    }

    /** What is wrong with {@code bytes} for {@code type}, or null if the pair is valid. Shared with the decoder. */
    static String problem(TaosType type, int bytes) {
        return switch (type) {
            case MEDIUMBLOB -> "MEDIUMBLOB is reserved and has no block encoding";
            case NULL, BLOB -> bytes < 0 ? type + " width must not be negative, got " + bytes : null;
            case VARCHAR, VARBINARY, GEOMETRY, NCHAR, JSON ->
                    bytes < 2 ? type + " width must include the 2-byte length, got " + bytes : null;
            case DECIMAL, DECIMAL64 -> decimalProblem(type, bytes);
            default -> bytes != type.fixedSize()
                    ? type + " width must be " + type.fixedSize() + ", got " + bytes
                    : null;
        };
    }

    private static String decimalProblem(TaosType type, int word) {
        int size = word >>> 24;
        int zero = (word >>> 16) & 0xFF;
        int precision = (word >>> 8) & 0xFF;
        int scale = word & 0xFF;
        int maxPrecision = type == TaosType.DECIMAL64 ? MAX_DECIMAL64_PRECISION : MAX_DECIMAL_PRECISION;
        if (size != type.fixedSize() || zero != 0 || precision < 1 || precision > maxPrecision || scale > precision) {
            return type + " word 0x" + Integer.toHexString(word) + " is not size " + type.fixedSize()
                    + " << 24 | precision (1.." + maxPrecision + ") << 8 | scale (0..precision)";
        }
        return null;
    }

    private static int binaryWidth(String name, int n) {
        if (n < 1 || n > MAX_BINARY_LENGTH) {
            throw new IllegalArgumentException(name + " length must be 1.." + MAX_BINARY_LENGTH + ", got " + n);
        }
        return n + 2;
    }
}
