package io.taos4j.jdbc.internal;

import io.taos4j.Field;
import io.taos4j.protocol.Precision;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows behind a {@link JdbcResultSet}: streamed from the server ({@link BlockCursor}) or held in memory
 * ({@link ListCursor}, for metadata). Column indexes are 0-based. Values are the connector's natural Java objects
 * (see {@link io.taos4j.Value}): Boolean, Byte, Short, Integer, Long, BigInteger, Float, Double, Instant, String,
 * byte[], BigDecimal.
 */
interface Cursor {

    List<Field> fields();

    /** The precision of TIMESTAMP columns. */
    Precision precision();

    /** Moves to the next row; false at the end (then the cursor is exhausted). */
    boolean next() throws SQLException;

    /** True when a row follows the current one (or, before the first call to next, when there is a row). */
    boolean hasNext() throws SQLException;

    /** The value of a column in the current row, or null. */
    Object get(int column);

    /** Frees the rows; idempotent. */
    void close();
}
