package io.taos4j.server.stmt;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.Decimal128Vector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.JsonTags;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Checks bound values against a column or tag and converts them into what storage keeps: the column's vector
 * (fixed-width values are used as they are, without a copy) or a tag value object ({@code ChildTable}'s
 * convention). Errors carry TDengine's code and text, naming the column or tag.
 */
final class BindValues {
    /** TDengine's text when a bound buffer's type differs from the column's (0x0200). */
    static final String TYPE_MISMATCH = "column type mis-match with buffer type";

    private BindValues() {
    }

    /**
     * The bound vector as column {@code col}'s values.
     *
     * @param bound  the bound wire type ({@code buffer_type}, or the block column type)
     * @param values the values (decimals as text, see {@code BindRecord#toVector})
     * @param key    true for the primary timestamp, which may not be NULL
     */
    static ColumnVector column(TaosType bound, ColumnVector values, Column col, boolean key) {
        DataType type = col.type();
        if (bound != type.type()) {
            throw mismatch(col, bound);
        }
        if (key && values.hasNulls()) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "primary timestamp should not be NULL");
        }
        return switch (type.type()) {
            case VARCHAR, VARBINARY, GEOMETRY -> checkBytes((BinaryVector) values, col);
            case NCHAR -> checkChars((BinaryVector) values, col);
            case JSON -> json((BinaryVector) values, col);
            case DECIMAL, DECIMAL64 -> decimals((BinaryVector) values, col);
            default -> values;
        };
    }

    /** Row 0 of a bound single-value vector as the tag value object ({@code ChildTable}'s convention). */
    static Object tag(TaosType bound, ColumnVector values, Column tag) {
        DataType type = tag.type();
        if (bound != type.type()) {
            throw mismatch(tag, bound);
        }
        if (values.isNull(0)) {
            return null;
        }
        return switch (type.type()) {
            case BOOL -> ((BoolVector) values).getBoolean(0);
            case TINYINT -> (long) ((ByteVector) values).get(0);
            case UTINYINT -> (long) (((ByteVector) values).get(0) & 0xFF);
            case SMALLINT -> (long) ((ShortVector) values).get(0);
            case USMALLINT -> (long) (((ShortVector) values).get(0) & 0xFFFF);
            case INT -> (long) ((IntVector) values).get(0);
            case UINT -> Integer.toUnsignedLong(((IntVector) values).get(0));
            case BIGINT, UBIGINT, TIMESTAMP -> ((LongVector) values).get(0);
            case FLOAT -> ((FloatVector) values).get(0);
            case DOUBLE -> ((DoubleVector) values).get(0);
            case VARCHAR -> checkBytes((BinaryVector) values, tag).getString(0);
            case NCHAR -> checkChars((BinaryVector) values, tag).getString(0);
            case JSON -> JsonTags.normalize(((BinaryVector) values).getString(0),
                    m -> SqlError.of(TaosError.PAR_SYNTAX_ERROR, "syntax error near '" + m + "'"));
            case VARBINARY, GEOMETRY -> checkBytes((BinaryVector) values, tag).getBytes(0);
            default -> throw SqlError.of(TaosError.TSC_INVALID_OPERATION,
                    "tag " + tag.name() + " of type " + type + " cannot be bound");
        };
    }

    static SqlError mismatch(Column col, TaosType bound) {
        return SqlError.of(TaosError.TSC_INVALID_OPERATION, TYPE_MISMATCH + ": " + col.name() + " is "
                + col.type().type().sqlName() + ", bound " + bound.sqlName());
    }

    private static SqlError tooLong(Column col) {
        return SqlError.of(TaosError.PAR_VALUE_TOO_LONG, TaosError.PAR_VALUE_TOO_LONG.format(col.name()));
    }

    private static BinaryVector checkBytes(BinaryVector v, Column col) {
        int max = col.type().length();
        for (int i = 0, n = v.size(); i < n; i++) {
            if (v.length(i) > max) {
                throw tooLong(col);
            }
        }
        return v;
    }

    private static BinaryVector checkChars(BinaryVector v, Column col) {
        int max = col.type().length();
        byte[] data = v.data();
        for (int i = 0, n = v.size(); i < n; i++) {
            int len = v.length(i);
            if (len <= max) {
                continue; // UTF-8 never has fewer bytes than characters
            }
            int chars = 0;
            for (int p = v.start(i), end = p + len; p < end; p++) {
                if ((data[p] & 0xC0) != 0x80) {
                    chars++;
                }
            }
            if (chars > max) {
                throw tooLong(col);
            }
        }
        return v;
    }

    private static BinaryVector json(BinaryVector v, Column col) {
        BinaryVector out = new BinaryVector(TaosType.JSON, v.size());
        for (int i = 0, n = v.size(); i < n; i++) {
            if (v.isNull(i)) {
                out.appendNull();
            } else {
                out.append(JsonTags.normalize(v.getString(i), m -> SqlError.of(TaosError.PAR_SYNTAX_ERROR,
                        "syntax error near '" + m + "'")).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static ColumnVector decimals(BinaryVector text, Column col) {
        DataType type = col.type();
        int n = text.size();
        ColumnVector out = type.type() == TaosType.DECIMAL64 ? new LongVector(TaosType.DECIMAL64, n)
                : new Decimal128Vector(n);
        for (int i = 0; i < n; i++) {
            if (text.isNull(i)) {
                out.appendNull();
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text.getString(i).trim()).setScale(type.scale(), RoundingMode.HALF_UP);
            } catch (NumberFormatException | ArithmeticException e) {
                throw SqlError.of(TaosError.TSC_INVALID_VALUE, "invalid decimal value for " + col.name() + ": '"
                        + text.getString(i) + "'");
            }
            if (value.precision() - value.scale() > type.precision() - type.scale() && value.signum() != 0) {
                throw SqlError.of(TaosError.DECIMAL_OVERFLOW);
            }
            if (out instanceof LongVector l) {
                l.append(value.unscaledValue().longValueExact());
            } else {
                ((Decimal128Vector) out).append(value.unscaledValue());
            }
        }
        return out;
    }
}
