package io.taos4j.server.query.expr;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;

/** Reads single numeric values from vectors without boxing. Callers check {@code isNull} first. */
public final class Read {
    private Read() {
    }

    public static double asDouble(ColumnVector v, TaosType t, int row) {
        return switch (t) {
            case DOUBLE -> ((DoubleVector) v).get(row);
            case FLOAT -> ((FloatVector) v).get(row);
            case BIGINT, TIMESTAMP -> ((LongVector) v).get(row);
            case UBIGINT -> {
                long x = ((LongVector) v).get(row);
                yield x >= 0 ? x : (x >>> 1) * 2.0 + (x & 1);
            }
            case INT -> ((IntVector) v).get(row);
            case UINT -> ((IntVector) v).get(row) & 0xFFFF_FFFFL;
            case SMALLINT -> ((ShortVector) v).get(row);
            case USMALLINT -> ((ShortVector) v).get(row) & 0xFFFF;
            case TINYINT -> ((ByteVector) v).get(row);
            case UTINYINT -> ((ByteVector) v).get(row) & 0xFF;
            case BOOL -> ((BoolVector) v).get(row) != 0 ? 1 : 0;
            default -> throw new IllegalArgumentException("not numeric: " + t);
        };
    }

    /** Integer value (unsigned types widened; BIGINT UNSIGNED as its bit pattern). */
    public static long asLong(ColumnVector v, TaosType t, int row) {
        return switch (t) {
            case BIGINT, UBIGINT, TIMESTAMP, DECIMAL64 -> ((LongVector) v).get(row);
            case INT -> ((IntVector) v).get(row);
            case UINT -> ((IntVector) v).get(row) & 0xFFFF_FFFFL;
            case SMALLINT -> ((ShortVector) v).get(row);
            case USMALLINT -> ((ShortVector) v).get(row) & 0xFFFF;
            case TINYINT -> ((ByteVector) v).get(row);
            case UTINYINT -> ((ByteVector) v).get(row) & 0xFF;
            case BOOL -> ((BoolVector) v).get(row) != 0 ? 1 : 0;
            case DOUBLE -> (long) ((DoubleVector) v).get(row);
            case FLOAT -> (long) ((FloatVector) v).get(row);
            default -> throw new IllegalArgumentException("not an integer: " + t);
        };
    }
}
