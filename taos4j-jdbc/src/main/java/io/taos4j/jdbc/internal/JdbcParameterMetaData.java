package io.taos4j.jdbc.internal;

import io.taos4j.StmtField;
import io.taos4j.protocol.TaosType;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The parameters of a prepared statement. Their number is known from the SQL. An INSERT's parameters have the
 * types stmt2's prepare gave them (the table-name slot is a VARCHAR). TDengine does not type query parameters (nor
 * the columns of {@code INSERT INTO ? VALUES} before a table is named): those report {@link Types#OTHER}, type name
 * {@code UNKNOWN}, class {@link Object}, and take any supported value.
 */
final class JdbcParameterMetaData extends JdbcWrapper implements ParameterMetaData {
    private final int count;
    /** One field per parameter, or null where the server gave none. */
    private final List<StmtField> fields;

    JdbcParameterMetaData(int count, List<StmtField> fields) {
        this.count = count;
        this.fields = fields == null || fields.size() != count ? null : fields;
    }

    /** The type of parameter {@code param}, or null when unknown. */
    private TaosType type(int param) throws SQLException {
        if (param < 1 || param > count) {
            throw SqlExceptions.of(SqlState.INVALID_DESCRIPTOR_INDEX, "parameter index " + param
                    + " is out of range 1.." + count);
        }
        if (fields == null) {
            return null;
        }
        StmtField f = fields.get(param - 1);
        return f.kind() == StmtField.Kind.TABLE_NAME ? TaosType.VARCHAR : f.type();
    }

    @Override
    public int getParameterCount() {
        return count;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        TaosType t = type(param);
        if (t == null) {
            return parameterNullableUnknown;
        }
        StmtField f = fields.get(param - 1);
        // the table name and the first column (the primary timestamp) of an INSERT cannot be NULL
        boolean key = f.kind() == StmtField.Kind.TABLE_NAME || f.kind() == StmtField.Kind.COLUMN
                && fields.stream().filter(x -> x.kind() == StmtField.Kind.COLUMN).findFirst().orElse(null) == f;
        return key ? parameterNoNulls : parameterNullable;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        TaosType t = type(param);
        return t != null && JdbcTypes.isSigned(t);
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        TaosType t = type(param);
        if (t == null) {
            return 0;
        }
        StmtField f = fields.get(param - 1);
        // bytes is the storage width: 2 length bytes, then 4 bytes per NCHAR character
        int length = t == TaosType.NCHAR ? (f.bytes() - 2) / 4 : Math.max(f.bytes() - 2, 0);
        return JdbcTypes.precision(t, length, f.precision(), t == TaosType.TIMESTAMP
                ? io.taos4j.protocol.Precision.ofCode(f.precision()) : io.taos4j.protocol.Precision.MILLISECONDS);
    }

    @Override
    public int getScale(int param) throws SQLException {
        TaosType t = type(param);
        return t != null && t.isDecimal() ? fields.get(param - 1).scale() : 0;
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        TaosType t = type(param);
        return t == null ? Types.OTHER : JdbcTypes.sqlType(t);
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        TaosType t = type(param);
        return t == null ? "UNKNOWN" : JdbcTypes.typeName(t);
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        TaosType t = type(param);
        return t == null ? Object.class.getName() : JdbcTypes.className(t);
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        type(param);
        return parameterModeIn;
    }
}
