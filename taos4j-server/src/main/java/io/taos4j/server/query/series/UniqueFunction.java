package io.taos4j.server.query.series;

import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code unique(expr)}: the first row (by time) of each distinct value, NULL counting as a value, of the input's
 * type. Rows come out in time order (TDengine gives no particular order).
 */
final class UniqueFunction implements SeriesFunction {
    @Override
    public String name() {
        return "unique";
    }

    @Override
    public Kind kind() {
        return Kind.INDEFINITE;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity("unique", argTypes, 1, 1);
        return argTypes.get(0);
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        DataType t = argTypes.get(0);
        Set<Object> seen = new HashSet<>();
        boolean nullSeen = false;
        int[] source = new int[rows];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            Object v = Values.get(args[0], r, t);
            if (v == null) {
                if (!nullSeen) {
                    nullSeen = true;
                    source[count++] = r;
                }
                continue;
            }
            if (seen.add(v instanceof byte[] b ? ByteBuffer.wrap(b) : v)) {
                source[count++] = r;
            }
        }
        return new Output(source, count, args[0].gather(source, count));
    }
}
