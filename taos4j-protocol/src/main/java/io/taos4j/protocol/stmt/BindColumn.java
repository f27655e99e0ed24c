package io.taos4j.protocol.stmt;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import java.util.Objects;

/**
 * One column of a stmt2 bind: the wire type of its column-bind record ({@code buffer_type}) and its values.
 *
 * <p>Fixed-width types take the vector class that holds them ({@link ColumnVector#allocate}); TIMESTAMP values are
 * ticks of the statement's precision. Variable-length types (VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY, BLOB) take
 * a {@link BinaryVector} whose entries are the bytes to send (UTF-8 for the text types, WKB for GEOMETRY). DECIMAL
 * and DECIMAL64 travel as decimal strings ({@code "123.45"}), so they too take a {@link BinaryVector} holding that
 * text. Immutable as long as the vector is not modified; the vector is shared, not copied.
 *
 * @param type the wire type, never null, not NULL or MEDIUMBLOB
 * @param values the values, never null; positions {@code [0, values.size())} are sent
 */
public record BindColumn(TaosType type, ColumnVector values) {

    public BindColumn {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(values, "values");
        if (!holds(type, values)) {
            throw new IllegalArgumentException(type + " values cannot travel in a "
                    + values.getClass().getSimpleName());
        }
    }

    /** A column whose wire type is its vector's type. */
    public static BindColumn of(ColumnVector values) {
        return new BindColumn(values.type(), values);
    }

    /** Number of rows. */
    public int rows() {
        return values.size();
    }

    /** True when the record carries a per-row length array: variable-length and decimal types. */
    public static boolean hasLengths(TaosType type) {
        return type.isVarLength() || type.isDecimal();
    }

    static boolean holds(TaosType type, ColumnVector v) {
        return switch (type) {
            case BOOL -> v instanceof BoolVector;
            case TINYINT, UTINYINT -> v instanceof ByteVector;
            case SMALLINT, USMALLINT -> v instanceof ShortVector;
            case INT, UINT -> v instanceof IntVector;
            case BIGINT, UBIGINT, TIMESTAMP -> v instanceof LongVector;
            case FLOAT -> v instanceof FloatVector;
            case DOUBLE -> v instanceof DoubleVector;
            case VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY, BLOB, DECIMAL, DECIMAL64 -> v instanceof BinaryVector;
            case NULL, MEDIUMBLOB -> false;
        };
    }
}
