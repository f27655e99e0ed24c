package io.taos4j.server.system;

import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import java.util.List;

/**
 * A table of {@code information_schema} or {@code performance_schema}: fixed columns, rows computed from the
 * server's state when queried. Implementations are stateless and thread-safe.
 */
public interface SystemTable {

    /** {@code information_schema} or {@code performance_schema}. */
    String database();

    /** The table name, e.g. {@code ins_databases}. */
    String name();

    /** The columns, with TDengine's names and types. */
    List<Field> fields();

    /** All rows, one vector per field; small enough to build at once. */
    Batch rows(SystemContext context);
}
