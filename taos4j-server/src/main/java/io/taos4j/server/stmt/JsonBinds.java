package io.taos4j.server.stmt;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.ProtocolException;
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
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * The JSON forms of the classic statement's {@code set_tags} and {@code bind} (ws-sql.md §8.1): {@code null} is
 * NULL; numbers for numeric types; TIMESTAMP as an integer in the statement's precision or an RFC 3339 string;
 * strings for text; hex strings for VARBINARY and GEOMETRY. Failures are {@link ProtocolException}s carrying the
 * adapter's text ({@code stmt parse column json:...}), answered with code 0xFFFF.
 */
final class JsonBinds {
    static final String COLUMN_ERROR = "stmt parse column json:";
    static final String TAG_ERROR = "stmt parse tag json:";

    private JsonBinds() {
    }

    /** A JSON array of values as a vector of {@code type} (decimals as text). */
    static ColumnVector vector(JsonNode array, TaosType type, Precision precision, String error) {
        if (array == null || !array.isArray()) {
            throw new ProtocolException(error + "expected an array of values");
        }
        int n = array.size();
        ColumnVector v = ColumnVector.allocate(type.isDecimal() ? TaosType.VARCHAR : type, n);
        for (JsonNode e : array) {
            if (e.isNull()) {
                v.appendNull();
                continue;
            }
            try {
                append(v, type, e, precision);
            } catch (RuntimeException ex) {
                throw new ProtocolException(error + "cannot read " + e + " as " + type.sqlName() + ": "
                        + ex.getMessage());
            }
        }
        return v;
    }

    private static void append(ColumnVector v, TaosType type, JsonNode e, Precision precision) {
        switch (type) {
            case BOOL -> ((BoolVector) v).append(e.isBoolean() ? e.booleanValue() : e.asLong() != 0);
            case TINYINT, UTINYINT -> ((ByteVector) v).append((byte) integer(e));
            case SMALLINT, USMALLINT -> ((ShortVector) v).append((short) integer(e));
            case INT, UINT -> ((IntVector) v).append((int) integer(e));
            case BIGINT, UBIGINT -> ((LongVector) v).append(e.isBigInteger() ? e.bigIntegerValue().longValue()
                    : integer(e));
            case FLOAT -> ((FloatVector) v).append((float) number(e));
            case DOUBLE -> ((DoubleVector) v).append(number(e));
            case TIMESTAMP -> ((LongVector) v).append(timestamp(e, precision));
            case VARCHAR, NCHAR, JSON, BLOB -> ((BinaryVector) v).append(text(e).getBytes(StandardCharsets.UTF_8));
            case DECIMAL, DECIMAL64 -> ((BinaryVector) v).append(e.isTextual() ? e.textValue() : e.asText());
            case VARBINARY, GEOMETRY -> ((BinaryVector) v).append(HexFormat.of().parseHex(text(e)));
            default -> throw new IllegalArgumentException("unsupported type");
        }
    }

    private static long integer(JsonNode e) {
        if (!e.isIntegralNumber()) {
            throw new IllegalArgumentException("not an integer");
        }
        return e.longValue();
    }

    private static double number(JsonNode e) {
        if (!e.isNumber()) {
            throw new IllegalArgumentException("not a number");
        }
        return e.doubleValue();
    }

    private static String text(JsonNode e) {
        if (!e.isTextual()) {
            throw new IllegalArgumentException("not a string");
        }
        return e.textValue();
    }

    private static long timestamp(JsonNode e, Precision precision) {
        if (e.isIntegralNumber()) {
            return e.longValue();
        }
        try {
            return precision.fromInstant(OffsetDateTime.parse(text(e)).toInstant());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("not an RFC 3339 time");
        }
    }

    /** The type a query parameter gets from its JSON value (the statement has no field types). */
    static TaosType inferred(JsonNode array) {
        JsonNode e = array != null && array.isArray() && array.size() > 0 ? array.get(0) : null;
        if (e == null || e.isNull() || e.isTextual()) {
            return TaosType.VARCHAR;
        }
        if (e.isBoolean()) {
            return TaosType.BOOL;
        }
        return e.isIntegralNumber() ? TaosType.BIGINT : TaosType.DOUBLE;
    }
}
