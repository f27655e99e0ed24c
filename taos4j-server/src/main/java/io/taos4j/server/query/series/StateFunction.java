package io.taos4j.server.query.series;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.Locale;

/**
 * {@code statecount(expr, op, value)}: for each row, how many consecutive rows so far satisfy {@code expr op value};
 * {@code stateduration(expr, op, value [, unit])}: for how long (in {@code unit}s, database ticks by default) they
 * have. BIGINT, one row per input row: −1 where the condition is false, NULL where expr is NULL (which neither
 * extends nor breaks the run). op is LT, GT, LE, GE, NE or EQ, case-insensitive.
 */
final class StateFunction implements SeriesFunction {
    private final boolean duration;

    StateFunction(boolean duration) {
        this.duration = duration;
    }

    @Override
    public String name() {
        return duration ? "stateduration" : "statecount";
    }

    @Override
    public Kind kind() {
        return Kind.INDEFINITE;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity(name(), argTypes, 3, duration ? 4 : 3);
        SeriesFunctions.requireNumeric(name(), argTypes.get(0));
        if (!(constants.get(1) instanceof String op) || operator(op) < 0) {
            throw SeriesFunctions.paraValue(name());
        }
        SeriesFunctions.doubleConstant(name(), argTypes, constants, 2);
        if (argTypes.size() == 4) {
            SeriesFunctions.intConstant(name(), argTypes, constants, 3, 1, Long.MAX_VALUE);
        }
        return DataType.BIGINT;
    }

    private static int operator(String op) {
        return List.of("lt", "gt", "le", "ge", "ne", "eq").indexOf(op.toLowerCase(Locale.ROOT));
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        TaosType in = argTypes.get(0).type();
        int op = operator((String) constants.get(1));
        double value = SeriesFunctions.doubleConstant(name(), argTypes, constants, 2);
        long unit = constants.size() == 4 ? (Long) constants.get(3) : 1;
        LongVector out = new LongVector(TaosType.BIGINT, rows);
        int[] source = new int[rows];
        long count = 0;
        long start = 0;
        ColumnVector v = args[0];
        for (int r = 0; r < rows; r++) {
            if (r > 0 && ts[r] == ts[r - 1]) {
                throw SeriesFunctions.duplicateTimestamps();
            }
            source[r] = r;
            if (v.isNull(r)) {
                out.appendNull();
                continue;
            }
            double x = Read.asDouble(v, in, r);
            boolean hit = switch (op) {
                case 0 -> x < value;
                case 1 -> x > value;
                case 2 -> x <= value;
                case 3 -> x >= value;
                case 4 -> x != value;
                default -> x == value;
            };
            long result = -1;
            if (duration) {
                if (hit) {
                    // TDengine marks "no run" with a start of 0, so a run starting at the epoch restarts
                    if (start == 0) {
                        result = 0;
                        start = ts[r];
                    } else {
                        result = (ts[r] - start) / unit;
                    }
                } else {
                    start = 0;
                }
            } else if (hit) {
                result = ++count;
            } else {
                count = 0;
            }
            out.append(result);
        }
        return new Output(source, rows, out);
    }
}
