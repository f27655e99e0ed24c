package io.taos4j.server.query.function;

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
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;

/** Small vector helpers shared by the function implementations, plus TDengine's "bytes" view of type lengths. */
final class Vec {
    /** TSDB_MAX_BINARY_LEN / TSDB_MAX_FIELD_LEN. */
    static final int MAX_BINARY_BYTES = 65519;
    static final int VARSTR_HEADER = 2;
    static final int NCHAR_SIZE = 4;

    private Vec() {
    }

    /** A vector of {@code rows} NULLs of {@code type}. */
    static ColumnVector nulls(DataType type, int rows) {
        ColumnVector v = Values.allocate(type.type() == TaosType.NULL ? DataType.varchar(0) : type, rows);
        for (int i = 0; i < rows; i++) {
            v.appendNull();
        }
        return v;
    }

    /** {@code v} itself when it holds {@code rows} values, else its first value repeated {@code rows} times. */
    static ColumnVector expand(ColumnVector v, DataType type, int rows) {
        if (v.size() >= rows || v.size() == 0) {
            return v;
        }
        return Values.constant(Values.get(v, 0, type), type, rows);
    }

    /** Marks in {@code out} every row that is NULL in {@code in}. */
    static <V extends ColumnVector> V copyNulls(ColumnVector in, V out, int rows) {
        if (in.hasNulls()) {
            for (int i = 0; i < rows; i++) {
                if (in.isNull(i)) {
                    setNull(out, i);
                }
            }
        }
        return out;
    }

    /** Sets row {@code i < size} of a fixed-width vector to NULL. */
    static void setNull(ColumnVector v, int i) {
        if (v instanceof LongVector l) {
            l.setNull(i);
        } else if (v instanceof IntVector x) {
            x.setNull(i);
        } else if (v instanceof DoubleVector d) {
            d.setNull(i);
        } else if (v instanceof FloatVector f) {
            f.setNull(i);
        } else if (v instanceof ShortVector s) {
            s.setNull(i);
        } else if (v instanceof ByteVector b) {
            b.setNull(i);
        } else if (v instanceof BoolVector b) {
            b.setNull(i);
        } else {
            throw new IllegalArgumentException("cannot set NULL in place in " + v.getClass().getSimpleName());
        }
    }

    static boolean anyNull(ColumnVector[] a, int row) {
        for (ColumnVector v : a) {
            if (v.isNull(row)) {
                return true;
            }
        }
        return false;
    }

    /** The UTF-8 (or raw) bytes at {@code row} of a variable-length vector. */
    static byte[] bytes(ColumnVector v, int row) {
        return ((BinaryVector) v).getBytes(row);
    }

    static String text(ColumnVector v, int row) {
        BinaryVector b = (BinaryVector) v;
        return new String(b.data(), b.start(row), b.length(row), StandardCharsets.UTF_8);
    }

    static BinaryVector binary(DataType type, int rows) {
        return new BinaryVector(type.type(), rows);
    }

    /** An integer argument (any integer type, BOOL or TIMESTAMP) at {@code row}, unsigned types widened. */
    static long longAt(ColumnVector v, DataType type, int row) {
        return switch (type.type()) {
            case TINYINT -> ((ByteVector) v).get(row);
            case UTINYINT -> ((ByteVector) v).get(row) & 0xFF;
            case SMALLINT -> ((ShortVector) v).get(row);
            case USMALLINT -> ((ShortVector) v).get(row) & 0xFFFF;
            case INT -> ((IntVector) v).get(row);
            case UINT -> ((IntVector) v).get(row) & 0xFFFF_FFFFL;
            case BIGINT, UBIGINT, TIMESTAMP -> ((LongVector) v).get(row);
            case BOOL -> ((BoolVector) v).get(row) != 0 ? 1 : 0;
            case FLOAT -> CNumbers.toInt64(((FloatVector) v).get(row));
            case DOUBLE -> CNumbers.toInt64(((DoubleVector) v).get(row));
            default -> {
                Object o = Values.get(v, row, type);
                yield o == null ? 0 : (long) Values.toDouble(o, type);
            }
        };
    }

    /** A numeric argument at {@code row} as a double (BIGINT UNSIGNED read unsigned). */
    static double doubleAt(ColumnVector v, DataType type, int row) {
        return switch (type.type()) {
            case FLOAT -> ((FloatVector) v).get(row);
            case DOUBLE -> ((DoubleVector) v).get(row);
            case UBIGINT -> CNumbers.unsignedToDouble(((LongVector) v).get(row));
            case DECIMAL, DECIMAL64 -> {
                Object o = Values.get(v, row, type);
                yield o == null ? 0 : Values.toDouble(o, type);
            }
            default -> longAt(v, type, row);
        };
    }

    /** TDengine's {@code bytes} of a type: declared length plus the 2-byte header, NCHAR at 4 bytes a character. */
    static int bytes(DataType t) {
        return switch (t.type()) {
            case VARCHAR, VARBINARY, GEOMETRY -> t.length() + VARSTR_HEADER;
            case NCHAR -> t.length() * NCHAR_SIZE + VARSTR_HEADER;
            case JSON -> t.length() + VARSTR_HEADER;
            case NULL -> 1;
            default -> t.type().isVarLength() ? t.length() + VARSTR_HEADER : t.type().fixedSize();
        };
    }

    /** The type a client sees for a variable-length result TDengine sized at {@code bytes}. */
    static DataType ofBytes(TaosType type, int bytes) {
        int payload = Math.max(0, bytes - VARSTR_HEADER);
        return switch (type) {
            case NCHAR -> DataType.nchar(payload / NCHAR_SIZE);
            case VARCHAR, VARBINARY, GEOMETRY -> new DataType(type, payload, 0, 0);
            case NULL -> DataType.varchar(0);
            default -> DataType.of(type, payload);
        };
    }

    /** TDengine's {@code isCharStart}: not a UTF-8 continuation byte. */
    static boolean isCharStart(byte b) {
        return (b & 0xC0) != 0x80;
    }

    /** Bytes of the UTF-8 character starting with {@code lead} (TDengine's {@code getCharLen}). */
    static int charLen(byte lead) {
        int b = lead & 0xFF;
        if ((b & 0x80) == 0) {
            return 1;
        } else if ((b & 0xE0) == 0xC0) {
            return 2;
        } else if ((b & 0xF0) == 0xE0) {
            return 3;
        } else if ((b & 0xF8) == 0xF0) {
            return 4;
        }
        return 1;
    }

    static boolean isDecimal(DataType t) {
        return t.type() == TaosType.DECIMAL || t.type() == TaosType.DECIMAL64;
    }

    /** Reads an unscaled DECIMAL value (for loops that avoid {@link Values#get}). */
    static java.math.BigDecimal decimalAt(ColumnVector v, DataType t, int row) {
        if (t.type() == TaosType.DECIMAL64) {
            return java.math.BigDecimal.valueOf(((LongVector) v).get(row), t.scale());
        }
        return new java.math.BigDecimal(((Decimal128Vector) v).getUnscaled(row), t.scale());
    }
}
