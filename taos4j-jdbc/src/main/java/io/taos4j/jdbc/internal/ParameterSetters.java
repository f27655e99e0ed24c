package io.taos4j.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.Calendar;

/**
 * The parameter setters of {@link PreparedStatement}: each stores a {@link Parameter} for its 1-based index.
 * Streams and readers are read at once (up to the given length). A {@link Calendar} given with a date or time
 * is kept as the value's zone: TDengine timestamps are points in time, so {@code setTimestamp(i, ts, cal)}
 * stores the instant of {@code ts}. Values are sent when the statement executes.
 */
abstract class ParameterSetters extends JdbcStatement implements PreparedStatement {
    final Parameter[] parameters;

    ParameterSetters(JdbcConnection connection, int count) {
        super(connection);
        this.parameters = new Parameter[count];
    }

    void set(int index, Object value, int sqlType) throws SQLException {
        checkOpen();
        if (index < 1 || index > parameters.length) {
            throw SqlExceptions.of(SqlState.INVALID_DESCRIPTOR_INDEX, "parameter index " + index + " is out of range"
                    + (parameters.length == 0 ? ": the statement has no ? parameters" : " 1.." + parameters.length));
        }
        parameters[index - 1] = new Parameter(value, sqlType);
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(parameters, null);
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        set(index, null, sqlType);
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        set(index, null, sqlType);
    }

    @Override
    public void setBoolean(int index, boolean x) throws SQLException {
        set(index, x, Types.BOOLEAN);
    }

    @Override
    public void setByte(int index, byte x) throws SQLException {
        set(index, x, Types.TINYINT);
    }

    @Override
    public void setShort(int index, short x) throws SQLException {
        set(index, x, Types.SMALLINT);
    }

    @Override
    public void setInt(int index, int x) throws SQLException {
        set(index, x, Types.INTEGER);
    }

    @Override
    public void setLong(int index, long x) throws SQLException {
        set(index, x, Types.BIGINT);
    }

    @Override
    public void setFloat(int index, float x) throws SQLException {
        set(index, x, Types.FLOAT);
    }

    @Override
    public void setDouble(int index, double x) throws SQLException {
        set(index, x, Types.DOUBLE);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal x) throws SQLException {
        set(index, x, Types.DECIMAL);
    }

    @Override
    public void setString(int index, String x) throws SQLException {
        set(index, x, Types.VARCHAR);
    }

    @Override
    public void setNString(int index, String x) throws SQLException {
        set(index, x, Types.NCHAR);
    }

    @Override
    public void setBytes(int index, byte[] x) throws SQLException {
        set(index, x == null ? null : x.clone(), Types.VARBINARY);
    }

    @Override
    public void setDate(int index, Date x) throws SQLException {
        set(index, x, Types.DATE);
    }

    @Override
    public void setDate(int index, Date x, Calendar cal) throws SQLException {
        set(index, x, Types.DATE);
    }

    @Override
    public void setTime(int index, Time x) throws SQLException {
        set(index, x, Types.TIME);
    }

    @Override
    public void setTime(int index, Time x, Calendar cal) throws SQLException {
        set(index, x, Types.TIME);
    }

    @Override
    public void setTimestamp(int index, Timestamp x) throws SQLException {
        set(index, x, Types.TIMESTAMP);
    }

    @Override
    public void setTimestamp(int index, Timestamp x, Calendar cal) throws SQLException {
        set(index, x, Types.TIMESTAMP);
    }

    @Override
    public void setObject(int index, Object x) throws SQLException {
        set(index, x, Types.OTHER);
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        set(index, x, targetSqlType);
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        set(index, x, targetSqlType);
    }

    @Override
    public void setURL(int index, URL x) throws SQLException {
        set(index, x == null ? null : x.toString(), Types.VARCHAR);
    }

    @Override
    public void setAsciiStream(int index, InputStream x) throws SQLException {
        setAsciiStream(index, x, -1L);
    }

    @Override
    public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        setAsciiStream(index, x, (long) length);
    }

    @Override
    public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        byte[] b = read(x, length);
        set(index, b == null ? null : new String(b, StandardCharsets.US_ASCII), Types.VARCHAR);
    }

    @Deprecated
    @Override
    public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        byte[] b = read(x, length);
        set(index, b == null ? null : new String(b, StandardCharsets.UTF_16BE), Types.VARCHAR);
    }

    @Override
    public void setBinaryStream(int index, InputStream x) throws SQLException {
        setBinaryStream(index, x, -1L);
    }

    @Override
    public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        setBinaryStream(index, x, (long) length);
    }

    @Override
    public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        set(index, read(x, length), Types.VARBINARY);
    }

    @Override
    public void setBlob(int index, InputStream x) throws SQLException {
        setBinaryStream(index, x, -1L);
    }

    @Override
    public void setBlob(int index, InputStream x, long length) throws SQLException {
        setBinaryStream(index, x, length);
    }

    @Override
    public void setBlob(int index, Blob x) throws SQLException {
        set(index, x == null ? null : x.getBytes(1, (int) x.length()), Types.BLOB);
    }

    @Override
    public void setCharacterStream(int index, Reader x) throws SQLException {
        setCharacterStream(index, x, -1L);
    }

    @Override
    public void setCharacterStream(int index, Reader x, int length) throws SQLException {
        setCharacterStream(index, x, (long) length);
    }

    @Override
    public void setCharacterStream(int index, Reader x, long length) throws SQLException {
        set(index, read(x, length), Types.VARCHAR);
    }

    @Override
    public void setNCharacterStream(int index, Reader x) throws SQLException {
        setNCharacterStream(index, x, -1L);
    }

    @Override
    public void setNCharacterStream(int index, Reader x, long length) throws SQLException {
        set(index, read(x, length), Types.NCHAR);
    }

    @Override
    public void setClob(int index, Reader x) throws SQLException {
        setCharacterStream(index, x, -1L);
    }

    @Override
    public void setClob(int index, Reader x, long length) throws SQLException {
        setCharacterStream(index, x, length);
    }

    @Override
    public void setClob(int index, Clob x) throws SQLException {
        set(index, x == null ? null : x.getSubString(1, (int) x.length()), Types.VARCHAR);
    }

    @Override
    public void setNClob(int index, Reader x) throws SQLException {
        setNCharacterStream(index, x, -1L);
    }

    @Override
    public void setNClob(int index, Reader x, long length) throws SQLException {
        setNCharacterStream(index, x, length);
    }

    @Override
    public void setNClob(int index, NClob x) throws SQLException {
        set(index, x == null ? null : x.getSubString(1, (int) x.length()), Types.NCHAR);
    }

    @Override
    public void setArray(int index, Array x) throws SQLException {
        throw SqlExceptions.unsupported("ARRAY is not a TDengine type");
    }

    @Override
    public void setRef(int index, Ref x) throws SQLException {
        throw SqlExceptions.unsupported("REF is not a TDengine type");
    }

    @Override
    public void setRowId(int index, RowId x) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no row ids");
    }

    @Override
    public void setSQLXML(int index, SQLXML x) throws SQLException {
        throw SqlExceptions.unsupported("SQLXML is not a TDengine type");
    }

    private static byte[] read(InputStream in, long length) throws SQLException {
        if (in == null) {
            return null;
        }
        try {
            return length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new SQLException("cannot read the parameter stream: " + e.getMessage(),
                    SqlState.DATA_EXCEPTION.code(), e);
        }
    }

    private static String read(Reader in, long length) throws SQLException {
        if (in == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            long left = length < 0 ? Long.MAX_VALUE : length;
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) >= 0) {
                sb.append(buf, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            throw new SQLException("cannot read the parameter reader: " + e.getMessage(),
                    SqlState.DATA_EXCEPTION.code(), e);
        }
        return sb.toString();
    }
}
