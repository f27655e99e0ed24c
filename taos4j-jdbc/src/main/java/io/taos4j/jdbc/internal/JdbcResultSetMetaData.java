package io.taos4j.jdbc.internal;

import io.taos4j.Field;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * The columns of a result: labels as TDengine reports them, types as {@link JdbcTypes} maps them. TDengine does
 * not say which table or database a result column comes from, so those names are empty, and nullability is
 * unknown.
 */
final class JdbcResultSetMetaData extends JdbcWrapper implements ResultSetMetaData {
    private final List<Field> fields;
    private final Precision precision;

    JdbcResultSetMetaData(List<Field> fields, Precision precision) {
        this.fields = fields;
        this.precision = precision;
    }

    private Field field(int column) throws SQLException {
        if (column < 1 || column > fields.size()) {
            throw SqlExceptions.of(SqlState.INVALID_DESCRIPTOR_INDEX, "column index " + column + " is out of range"
                    + " 1.." + fields.size());
        }
        return fields.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return fields.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        field(column);
        return false;
    }

    /** Text compares case-sensitively in TDengine; other types have no case. */
    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        TaosType t = field(column).type();
        return t == TaosType.VARCHAR || t == TaosType.NCHAR || t == TaosType.JSON;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        field(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        field(column);
        return columnNullableUnknown;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcTypes.isSigned(field(column).type());
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return JdbcTypes.displaySize(field(column), precision);
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return field(column).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return field(column).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        field(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return JdbcTypes.precision(field(column), precision);
    }

    @Override
    public int getScale(int column) throws SQLException {
        return JdbcTypes.scale(field(column));
    }

    @Override
    public String getTableName(int column) throws SQLException {
        field(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        field(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return JdbcTypes.sqlType(field(column).type());
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return JdbcTypes.typeName(field(column).type());
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        field(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return JdbcTypes.className(field(column).type());
    }
}
