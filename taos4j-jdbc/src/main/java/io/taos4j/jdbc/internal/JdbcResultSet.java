package io.taos4j.jdbc.internal;

import io.taos4j.Field;
import io.taos4j.TaosException;
import io.taos4j.protocol.TaosType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * A forward-only, read-only result set over a {@link Cursor}: streamed query results or in-memory metadata rows.
 * Getters convert as {@link Values} does; typed getters on NULL return 0/false/null and set {@link #wasNull()}.
 * TIMESTAMP values are points in time: a {@link Calendar} given to {@code getTimestamp} does not shift them (it
 * chooses the zone of the day in {@code getDate}/{@code getTime}). Date-times without a zone
 * ({@code LocalDateTime}...) are in the session zone (the {@code timezone} option, else the JVM's).
 */
public final class JdbcResultSet extends LabelledResultSet {
    private final JdbcStatement statement;
    private final Cursor cursor;
    private final ZoneId zone;
    private final List<Field> fields;
    private JdbcResultSetMetaData metaData;
    private long row;
    private boolean onRow;
    private boolean afterLast;
    private boolean wasNull;
    private boolean closed;
    private int fetchSize;

    JdbcResultSet(JdbcStatement statement, Cursor cursor, ZoneId zone) {
        this.statement = statement;
        this.cursor = cursor;
        this.zone = zone;
        this.fields = cursor.fields();
    }

    /** An in-memory result set (metadata): no statement. */
    static JdbcResultSet of(List<Field> fields, List<Object[]> rows, ZoneId zone) {
        return new JdbcResultSet(null, new ListCursor(fields, rows), zone);
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("result set");
        }
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (afterLast) {
            return false;
        }
        try {
            onRow = cursor.next();
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
        if (onRow) {
            row++;
        } else {
            afterLast = true;
        }
        return onRow;
    }

    /** The value of a 1-based column in the current row; sets {@link #wasNull}. */
    private Object value(int column) throws SQLException {
        checkOpen();
        if (column < 1 || column > fields.size()) {
            throw SqlExceptions.of(SqlState.INVALID_DESCRIPTOR_INDEX, "column index " + column + " is out of range"
                    + " 1.." + fields.size());
        }
        if (!onRow) {
            throw SqlExceptions.of(SqlState.INVALID_CURSOR_STATE, "no current row: call next() first"
                    + (afterLast ? " (the result set is past its last row)" : ""));
        }
        Object v = cursor.get(column - 1);
        wasNull = v == null;
        return v;
    }

    private TaosType type(int column) {
        return fields.get(column - 1).type();
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public String getString(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : Values.string(v);
    }

    @Override
    public String getNString(int column) throws SQLException {
        return getString(column);
    }

    @Override
    public boolean getBoolean(int column) throws SQLException {
        Object v = value(column);
        return v != null && Values.bool(v);
    }

    @Override
    public byte getByte(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : (byte) Values.integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", cursor.precision());
    }

    @Override
    public short getShort(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0
                : (short) Values.integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "short", cursor.precision());
    }

    @Override
    public int getInt(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0
                : (int) Values.integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "int", cursor.precision());
    }

    @Override
    public long getLong(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : Values.integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "long", cursor.precision());
    }

    @Override
    public float getFloat(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : Values.float32(v, cursor.precision());
    }

    @Override
    public double getDouble(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : Values.floating(v, cursor.precision());
    }

    @Override
    public BigDecimal getBigDecimal(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : Values.bigDecimal(v, cursor.precision());
    }

    @Deprecated
    @Override
    public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
        BigDecimal d = getBigDecimal(column);
        return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : Values.bytes(v);
    }

    @Override
    public Timestamp getTimestamp(int column) throws SQLException {
        return getTimestamp(column, null);
    }

    @Override
    public Timestamp getTimestamp(int column, Calendar cal) throws SQLException {
        Object v = value(column);
        return v == null ? null : Values.timestamp(Values.instant(v, zone(cal), cursor.precision()));
    }

    @Override
    public Date getDate(int column) throws SQLException {
        return getDate(column, null);
    }

    @Override
    public Date getDate(int column, Calendar cal) throws SQLException {
        Object v = value(column);
        return v == null ? null : Values.date(Values.instant(v, zone(cal), cursor.precision()), zone(cal));
    }

    @Override
    public Time getTime(int column) throws SQLException {
        return getTime(column, null);
    }

    @Override
    public Time getTime(int column, Calendar cal) throws SQLException {
        Object v = value(column);
        return v == null ? null : Values.time(Values.instant(v, zone(cal), cursor.precision()), zone(cal));
    }

    private ZoneId zone(Calendar cal) {
        return cal == null ? zone : cal.getTimeZone().toZoneId();
    }

    /**
     * The value as the class {@link ResultSetMetaData#getColumnClassName} names: TIMESTAMP as {@link Timestamp},
     * BLOB as {@link Blob}, BIGINT UNSIGNED as {@link BigInteger}, the other types as their natural Java object.
     */
    @Override
    public Object getObject(int column) throws SQLException {
        Object v = value(column);
        if (v instanceof java.time.Instant i) {
            return Timestamp.from(i);
        }
        if (v instanceof byte[] b && (type(column) == TaosType.BLOB || type(column) == TaosType.MEDIUMBLOB)) {
            return new javax.sql.rowset.serial.SerialBlob(b);
        }
        return v instanceof byte[] b ? b.clone() : v;
    }

    @Override
    public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
        return getObject(column);
    }

    @Override
    public <T> T getObject(int column, Class<T> type) throws SQLException {
        if (type == null) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "type is null");
        }
        Object v = value(column);
        if (v == null) {
            return null;
        }
        return type.cast(Conversions.to(v, type, this, column));
    }

    ZoneId zone() {
        return zone;
    }

    io.taos4j.protocol.Precision precision() {
        return cursor.precision();
    }

    @Override
    public InputStream getAsciiStream(int column) throws SQLException {
        String s = getString(column);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Deprecated
    @Override
    public InputStream getUnicodeStream(int column) throws SQLException {
        String s = getString(column);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public InputStream getBinaryStream(int column) throws SQLException {
        byte[] b = getBytes(column);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public Reader getCharacterStream(int column) throws SQLException {
        String s = getString(column);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public Reader getNCharacterStream(int column) throws SQLException {
        return getCharacterStream(column);
    }

    @Override
    public Blob getBlob(int column) throws SQLException {
        byte[] b = getBytes(column);
        return b == null ? null : new javax.sql.rowset.serial.SerialBlob(b);
    }

    @Override
    public Clob getClob(int column) throws SQLException {
        throw SqlExceptions.unsupported("CLOB is not a TDengine type; use getString");
    }

    @Override
    public NClob getNClob(int column) throws SQLException {
        throw SqlExceptions.unsupported("NCLOB is not a TDengine type; use getString");
    }

    @Override
    public Array getArray(int column) throws SQLException {
        throw SqlExceptions.unsupported("ARRAY is not a TDengine type");
    }

    @Override
    public Ref getRef(int column) throws SQLException {
        throw SqlExceptions.unsupported("REF is not a TDengine type");
    }

    @Override
    public RowId getRowId(int column) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no row ids; rows are keyed by their timestamp");
    }

    @Override
    public SQLXML getSQLXML(int column) throws SQLException {
        throw SqlExceptions.unsupported("SQLXML is not a TDengine type");
    }

    @Override
    public URL getURL(int column) throws SQLException {
        String s = getString(column);
        try {
            return s == null ? null : URI.create(s.trim()).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw SqlExceptions.conversion("cannot read \"" + s + "\" as a URL");
        }
    }

    /** The 1-based position of the first column with this label, compared case-insensitively. */
    @Override
    public int findColumn(String label) throws SQLException {
        checkOpen();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(label)) {
                return i + 1;
            }
        }
        throw SqlExceptions.of(SqlState.UNDEFINED_COLUMN, "no column labelled " + label + " in this result");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        if (metaData == null) {
            metaData = new JdbcResultSetMetaData(fields, cursor.precision());
        }
        return metaData;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        throw SqlExceptions.unsupported("named cursors are not supported (no positioned UPDATE or DELETE)");
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        try {
            return row == 0 && !afterLast && cursor.hasNext();
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && row > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return onRow && row == 1;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        try {
            return onRow && !cursor.hasNext();
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return onRow ? (int) Math.min(row, Integer.MAX_VALUE) : 0;
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    private SQLException forwardOnly() throws SQLException {
        checkOpen();
        return SqlExceptions.unsupported("the result set is forward-only (TDengine streams results): use next()");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw SqlExceptions.unsupported("only FETCH_FORWARD is supported (forward-only result set)");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    /** A hint only: the server decides the size of result blocks. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "fetch size must not be negative");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closeQuietly(true);
    }

    /** Closes; {@code notify} tells the statement (for closeOnCompletion) unless the statement itself closes it. */
    void closeQuietly(boolean notify) {
        if (closed) {
            return;
        }
        closed = true;
        onRow = false;
        cursor.close();
        if (notify && statement != null) {
            statement.resultSetClosed(this);
        }
    }
}
