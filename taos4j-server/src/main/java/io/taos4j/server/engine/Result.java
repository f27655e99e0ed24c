package io.taos4j.server.engine;

import io.taos4j.protocol.Precision;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import java.util.List;

/** The outcome of one statement: rows written/changed, or a result set to fetch. */
public sealed interface Result {

    /** A statement without a result set (DDL, INSERT, USE...). */
    record Update(long affectedRows) implements Result {
    }

    /**
     * A result set. {@code rows} produces batches whose columns match {@code fields}; the caller must close it.
     *
     * @param precision the timestamp precision of the result (the queried database's; ms without one)
     */
    record Query(List<Field> fields, Precision precision, Operator rows) implements Result {
        public Query {
            fields = List.copyOf(fields);
        }
    }
}
