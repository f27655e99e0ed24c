package io.taos4j.jdbc.internal;

import java.sql.ParameterMetaData;
import java.sql.SQLException;

/**
 * The parameters of a prepared statement: their number is known from the SQL; their types come from stmt2's
 * prepare, which is not wired yet, so asking for a type fails with
 * {@link java.sql.SQLFeatureNotSupportedException}.
 */
final class JdbcParameterMetaData extends JdbcWrapper implements ParameterMetaData {
    private final int count;

    JdbcParameterMetaData(int count) {
        this.count = count;
    }

    private void check(int param) throws SQLException {
        if (param < 1 || param > count) {
            throw SqlExceptions.of(SqlState.INVALID_DESCRIPTOR_INDEX, "parameter index " + param
                    + " is out of range 1.." + count);
        }
    }

    private SQLException needsStmt2(int param) throws SQLException {
        check(param);
        return SqlExceptions.unsupported("parameter types are described by stmt2's prepare, which the taos4j "
                + "connector does not offer yet");
    }

    @Override
    public int getParameterCount() {
        return count;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        check(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        throw needsStmt2(param);
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        throw needsStmt2(param);
    }

    @Override
    public int getScale(int param) throws SQLException {
        throw needsStmt2(param);
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        throw needsStmt2(param);
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        throw needsStmt2(param);
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        throw needsStmt2(param);
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        check(param);
        return parameterModeIn;
    }
}
