package io.taos4j.server.query.series;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import io.taos4j.server.type.DataType;
import java.util.List;

/**
 * {@code diff(expr [, option])}: each value minus the previous non-NULL value (builtinsimpl.c
 * {@code diffFunctionByRow}). BIGINT for integer, BOOL and TIMESTAMP input, DOUBLE for floating point. The first row
 * only sets the previous value. Option 0 keeps every row (NULL for NULL input), 1 also gives NULL for a negative
 * difference, 2 drops rows whose result would be NULL, 3 drops NULL and negative results. Several DIFF calls in one
 * query produce a row when any of them does.
 */
final class DiffFunction implements SeriesFunction {
    @Override
    public String name() {
        return "diff";
    }

    @Override
    public Kind kind() {
        return Kind.INDEFINITE;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity("diff", argTypes, 1, 2);
        TaosType t = argTypes.get(0).type();
        if (!t.isInteger() && !t.isFloating() && t != TaosType.BOOL && t != TaosType.TIMESTAMP) {
            throw SeriesFunctions.paraType("diff");
        }
        if (argTypes.size() == 2) {
            SeriesFunctions.intConstant("diff", argTypes, constants, 1, 0, 3);
        }
        return t.isFloating() ? DataType.DOUBLE : DataType.BIGINT;
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        return together(new ColumnVector[][] {args}, List.of(argTypes), List.of(constants), ts, rows)[0];
    }

    /** Several DIFF calls evaluated row by row together; one output per call, all with the same source rows. */
    static Output[] together(ColumnVector[][] args, List<List<DataType>> argTypes, List<List<Object>> constants,
                             long[] ts, int rows) {
        int n = args.length;
        State[] states = new State[n];
        boolean keepNull = false;
        ColumnVector[] outs = new ColumnVector[n];
        for (int c = 0; c < n; c++) {
            int option = constants.get(c).size() > 1 ? ((Long) constants.get(c).get(1)).intValue() : 0;
            states[c] = new State(argTypes.get(c).get(0).type(), option);
            keepNull |= option == 0 || option == 1;
            outs[c] = states[c].floating ? new DoubleVector(rows) : new LongVector(TaosType.BIGINT, rows);
        }
        int[] source = new int[rows];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            boolean anyValue = false;
            for (int c = 0; c < n; c++) {
                anyValue |= !states[c].resultIsNull(args[c][0], r);
            }
            boolean emitted = false;
            for (int c = 0; c < n; c++) {
                State s = states[c];
                if ((keepNull || anyValue) && !s.firstRow) {
                    s.emit(args[c][0], r, ts[r], outs[c]);
                    emitted = true;
                } else {
                    s.firstRow = false;
                    if (!args[c][0].isNull(r)) {
                        s.setPrevious(args[c][0], r, ts[r]);
                    }
                }
            }
            if (emitted) {
                source[count++] = r;
            }
        }
        Output[] out = new Output[n];
        for (int c = 0; c < n; c++) {
            out[c] = new Output(source, count, outs[c]);
        }
        return out;
    }

    /** One DIFF call's running state (SDiffInfo). */
    private static final class State {
        final TaosType type;
        final boolean floating;
        final boolean ignoreNegative;
        boolean firstRow = true;
        boolean hasPrev;
        long prevLong;
        double prevDouble;
        long prevTs = -1;

        State(TaosType type, int option) {
            this.type = type;
            this.floating = type.isFloating();
            this.ignoreNegative = option == 1 || option == 3;
        }

        boolean resultIsNull(ColumnVector v, int r) {
            if (v.isNull(r) || !hasPrev) {
                return true;
            }
            return ignoreNegative && negative(v, r);
        }

        private boolean negative(ColumnVector v, int r) {
            if (floating) {
                return doubleAt(v, r) < prevDouble;
            }
            long x = unsignedAt(v, r);
            return type == TaosType.UBIGINT ? Long.compareUnsigned(x, prevLong) < 0 : x < prevLong;
        }

        /** doSetPrevVal: note TDengine reads unsigned inputs as signed here. */
        void setPrevious(ColumnVector v, int r, long t) {
            if (floating) {
                prevDouble = doubleAt(v, r);
            } else {
                prevLong = switch (type) {
                    case UTINYINT -> ((ByteVector) v).get(r);
                    case USMALLINT -> ((ShortVector) v).get(r);
                    case UINT -> ((IntVector) v).get(r);
                    default -> unsignedAt(v, r);
                };
            }
            prevTs = t;
            hasPrev = true;
        }

        void emit(ColumnVector v, int r, long t, ColumnVector out) {
            if (v.isNull(r)) {
                out.appendNull();
                return;
            }
            if (t == prevTs) {
                throw SeriesFunctions.duplicateTimestamps();
            }
            if (!hasPrev) {
                out.appendNull();
                setPrevious(v, r, t);
                return;
            }
            prevTs = t;
            if (floating) {
                double x = doubleAt(v, r);
                double delta = x - prevDouble;
                if (delta < 0 && ignoreNegative) {
                    out.appendNull();
                } else {
                    ((DoubleVector) out).append(delta);
                }
                prevDouble = x;
            } else {
                long x = unsignedAt(v, r);
                boolean neg = type == TaosType.UBIGINT ? Long.compareUnsigned(x, prevLong) < 0 : x < prevLong;
                if (neg && ignoreNegative) {
                    out.appendNull();
                } else {
                    ((LongVector) out).append(x - prevLong);
                }
                prevLong = x;
            }
        }

        private long unsignedAt(ColumnVector v, int r) {
            return switch (type) {
                case BOOL -> ((BoolVector) v).get(r) != 0 ? 1 : 0;
                case TINYINT -> ((ByteVector) v).get(r);
                case UTINYINT -> ((ByteVector) v).get(r) & 0xFF;
                case SMALLINT -> ((ShortVector) v).get(r);
                case USMALLINT -> ((ShortVector) v).get(r) & 0xFFFF;
                case INT -> ((IntVector) v).get(r);
                case UINT -> ((IntVector) v).get(r) & 0xFFFF_FFFFL;
                default -> ((LongVector) v).get(r);
            };
        }

        private static double doubleAt(ColumnVector v, int r) {
            return v instanceof FloatVector f ? f.get(r) : ((DoubleVector) v).get(r);
        }
    }
}
