package io.taos4j.server.system;

import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import java.util.List;

/**
 * The complete result of a command such as DESCRIBE or SHOW CREATE: its columns and all its rows in one batch.
 * Immutable once built; the batch's vectors are not modified after construction.
 *
 * @param fields the result columns, never null
 * @param rows   one vector per field, possibly with 0 rows
 */
public record ResultData(List<Field> fields, Batch rows) {

    public ResultData {
        fields = List.copyOf(fields);
    }
}
