package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;

/** Primitive views of vectors for vectorized loops. */
public final class Kernels {
    private Kernels() {
    }

    /** The first {@code n} values as doubles (nulls read as 0; check the vector for nulls). */
    public static double[] doubles(ColumnVector v, DataType type, int n) {
        double[] out = new double[n];
        switch (type.type()) {
            case DOUBLE -> System.arraycopy(((DoubleVector) v).values(), 0, out, 0, n);
            case FLOAT -> {
                float[] f = ((FloatVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = f[i];
                }
            }
            case BIGINT, TIMESTAMP -> {
                long[] l = ((LongVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = l[i];
                }
            }
            case INT -> {
                int[] x = ((IntVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = x[i];
                }
            }
            case UINT -> {
                int[] x = ((IntVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] & 0xFFFF_FFFFL;
                }
            }
            case SMALLINT -> {
                short[] x = ((ShortVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = x[i];
                }
            }
            case USMALLINT -> {
                short[] x = ((ShortVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] & 0xFFFF;
                }
            }
            case TINYINT -> {
                byte[] x = ((ByteVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = x[i];
                }
            }
            case UTINYINT -> {
                byte[] x = ((ByteVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] & 0xFF;
                }
            }
            case BOOL -> {
                byte[] x = ((BoolVector) v).values();
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] != 0 ? 1 : 0;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    Object o = Values.get(v, i, type);
                    out[i] = o == null ? 0 : Values.toDouble(o, type);
                }
            }
        }
        return out;
    }

    /** The first {@code n} values of an integer, BOOL or TIMESTAMP vector as longs (unsigned widened). */
    public static long[] longs(ColumnVector v, DataType type, int n) {
        switch (type.type()) {
            case BIGINT, UBIGINT, TIMESTAMP -> {
                long[] src = ((LongVector) v).values();
                return src.length == n ? src : java.util.Arrays.copyOf(src, n);
            }
            default -> {
                long[] out = new long[n];
                switch (type.type()) {
                    case INT -> {
                        int[] x = ((IntVector) v).values();
                        for (int i = 0; i < n; i++) {
                            out[i] = x[i];
                        }
                    }
                    case UINT -> {
                        int[] x = ((IntVector) v).values();
                        for (int i = 0; i < n; i++) {
                            out[i] = x[i] & 0xFFFF_FFFFL;
                        }
                    }
                    case SMALLINT -> {
                        short[] x = ((ShortVector) v).values();
                        for (int i = 0; i < n; i++) {
                            out[i] = x[i];
                        }
                    }
                    case USMALLINT -> {
                        short[] x = ((ShortVector) v).values();
                        for (int i = 0; i < n; i++) {
                            out[i] = x[i] & 0xFFFF;
                        }
                    }
                    case TINYINT -> {
                        byte[] x = ((ByteVector) v).values();
                        for (int i = 0; i < n; i++) {
                            out[i] = x[i];
                        }
                    }
                    case UTINYINT, BOOL -> {
                        byte[] x = type.type() == io.taos4j.protocol.TaosType.BOOL ? ((BoolVector) v).values()
                                : ((ByteVector) v).values();
                        for (int i = 0; i < n; i++) {
                            out[i] = type.type() == io.taos4j.protocol.TaosType.BOOL ? (x[i] != 0 ? 1 : 0)
                                    : x[i] & 0xFF;
                        }
                    }
                    default -> {
                        for (int i = 0; i < n; i++) {
                            Object o = Values.get(v, i, type);
                            out[i] = o == null ? 0 : (long) Values.toDouble(o, type);
                        }
                    }
                }
                return out;
            }
        }
    }

    /** A BOOL vector of {@code n} rows from a boolean array (never null). */
    public static BoolVector bools(boolean[] values, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = values[i] ? (byte) 1 : 0;
        }
        return BoolVector.wrap(b, n);
    }

    /** True where {@code v} is a BOOL vector holding true (NULL counts as false). */
    public static boolean isTrue(ColumnVector v, int row) {
        return !v.isNull(row) && ((BoolVector) v).get(row) != 0;
    }

    /** The number of bytes of UTF-8 text at {@code row} of a binary vector. */
    public static int length(BinaryVector v, int row) {
        return v.length(row);
    }
}
