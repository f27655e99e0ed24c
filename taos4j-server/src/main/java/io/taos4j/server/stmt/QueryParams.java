package io.taos4j.server.stmt;

import io.taos4j.protocol.TaosError;
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
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Span;
import java.math.BigDecimal;

/**
 * Turns bound query parameters into SQL literals, so that a parameterised query plans exactly like the same query
 * written with the values: integers (and TIMESTAMP ticks) as integer literals, floating values as floating
 * literals, text as string literals, NULL as NULL.
 */
final class QueryParams {
    /** Placeholder span; the binder replaces it with the placeholder's own. */
    private static final Span NOWHERE = new Span(0, 0);

    private QueryParams() {
    }

    /**
     * Row 0 of a bound vector as a literal.
     *
     * @param type the bound type (decimal values arrive as text)
     */
    static Expr literal(TaosType type, ColumnVector v) {
        if (v.size() != 1) {
            throw SqlError.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, TaosError.TSC_STMT_BIND_NUMBER_ERROR.text()
                    + ": a query parameter binds one value, not " + v.size());
        }
        if (v.isNull(0)) {
            return new Expr.NullLiteral(NOWHERE);
        }
        return switch (type) {
            case BOOL -> new Expr.BoolLiteral(NOWHERE, ((BoolVector) v).getBoolean(0));
            case TINYINT -> integer(((ByteVector) v).get(0));
            case UTINYINT -> integer(((ByteVector) v).get(0) & 0xFF);
            case SMALLINT -> integer(((ShortVector) v).get(0));
            case USMALLINT -> integer(((ShortVector) v).get(0) & 0xFFFF);
            case INT -> integer(((IntVector) v).get(0));
            case UINT -> integer(Integer.toUnsignedLong(((IntVector) v).get(0)));
            case BIGINT, TIMESTAMP -> integer(((LongVector) v).get(0));
            case UBIGINT -> {
                long bits = ((LongVector) v).get(0);
                yield new Expr.IntLiteral(NOWHERE, bits, bits < 0);
            }
            case FLOAT -> new Expr.DoubleLiteral(NOWHERE, ((FloatVector) v).get(0));
            case DOUBLE -> new Expr.DoubleLiteral(NOWHERE, ((DoubleVector) v).get(0));
            case DECIMAL, DECIMAL64 -> decimal(((BinaryVector) v).getString(0));
            case VARCHAR, NCHAR, JSON -> new Expr.StringLiteral(NOWHERE, ((BinaryVector) v).getString(0));
            case VARBINARY, GEOMETRY, BLOB -> new Expr.StringLiteral(NOWHERE,
                    new String(((BinaryVector) v).getBytes(0), java.nio.charset.StandardCharsets.ISO_8859_1));
            default -> throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "unsupported data type " + type.code());
        };
    }

    private static Expr integer(long value) {
        return new Expr.IntLiteral(NOWHERE, value, false);
    }

    private static Expr decimal(String text) {
        try {
            BigDecimal d = new BigDecimal(text.trim());
            return new Expr.DoubleLiteral(NOWHERE, d.doubleValue());
        } catch (NumberFormatException e) {
            throw SqlError.of(TaosError.TSC_INVALID_VALUE, "invalid decimal parameter '" + text + "'");
        }
    }
}
