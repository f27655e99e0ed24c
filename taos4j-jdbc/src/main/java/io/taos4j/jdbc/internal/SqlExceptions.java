package io.taos4j.jdbc.internal;

import io.taos4j.TaosException;
import java.sql.SQLClientInfoException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * The one place where failures become {@link SQLException}s: connector errors ({@link TaosException}) by their
 * TDengine code, and the driver's own refusals. The TDengine code is always the {@code vendorCode}
 * ({@link SQLException#getErrorCode()}), the SQLSTATE an {@link SqlState}, and the subclass follows the SQLSTATE
 * class as JDBC 4.3 prescribes (42 syntax, 22 data, 28 authorization, 08 connection, 0A feature).
 */
public final class SqlExceptions {
    private SqlExceptions() {
    }

    /** The SQLSTATE of a TDengine error code. */
    static SqlState stateOf(int code) {
        return switch (code) {
            case 0x000B, 0x0015 -> SqlState.UNABLE_TO_CONNECT;
            case 0x0018, 0x0020, 0x0213, 0x020B, 0x0215 -> SqlState.CONNECTION_FAILURE;
            case 0x0019, 0x012C, 0x073B -> SqlState.TIMEOUT;
            case 0x020F, 0x022D -> SqlState.QUERY_CANCELED;
            case 0x0100 -> SqlState.FEATURE_NOT_SUPPORTED;
            case 0x0102, 0x0739, 0x073A, 0x070B -> SqlState.OUT_OF_MEMORY;
            case 0x0118 -> SqlState.INVALID_PARAMETER_VALUE;
            case 0x0134, 0x0207, 0x0208, 0x0315, 0x0351, 0x0357, 0x0358, 0x1105, 0x1124, 0x1125 ->
                    SqlState.INVALID_AUTHORIZATION;
            case 0x0303, 0x0214, 0x0512, 0x2644 -> SqlState.INSUFFICIENT_PRIVILEGE;
            case 0x2600, 0x2601, 0x0216, 0x021B, 0x2604, 0x2605, 0x2617, 0x2634, 0x0382, 0x2610, 0x260D,
                    0x260E, 0x2633, 0x263B, 0x022C -> SqlState.SYNTAX_ERROR;
            case 0x2603, 0x0600, 0x0618, 0x0362, 0x061A, 0x022F -> SqlState.UNDEFINED_TABLE;
            case 0x0603, 0x0360, 0x0619 -> SqlState.TABLE_EXISTS;
            case 0x2602, 0x036C, 0x036A -> SqlState.UNDEFINED_COLUMN;
            case 0x036B, 0x0369, 0x263C -> SqlState.COLUMN_EXISTS;
            case 0x0388, 0x0383, 0x0386, 0x2616, 0x0217, 0x0380, 0x2618 -> SqlState.INVALID_CATALOG_NAME;
            case 0x2653 -> SqlState.STRING_TRUNCATION;
            case 0x0224, 0x013D -> SqlState.NUMERIC_OUT_OF_RANGE;
            case 0x0127, 0x2635 -> SqlState.INVALID_DATETIME_FORMAT;
            case 0x060B -> SqlState.DATETIME_OVERFLOW;
            case 0x0203, 0x0221, 0x0222, 0x0229 -> SqlState.DATA_EXCEPTION;
            case 0x0236 -> SqlState.WRONG_PARAMETER_COUNT;
            default -> SqlState.GENERAL_ERROR;
        };
    }

    /** A connector failure as the matching {@link SQLException}, carrying the TDengine code as vendor code. */
    public static SQLException of(TaosException e) {
        return of(e, stateOf(e.code()));
    }

    /**
     * A failure while connecting: like {@link #of(TaosException)}, but any error that is neither about credentials
     * nor about the database is reported as a connection error (class 08).
     */
    public static SQLException ofConnect(TaosException e) {
        SqlState state = stateOf(e.code());
        return switch (state) {
            case INVALID_AUTHORIZATION, INVALID_CATALOG_NAME, INVALID_PARAMETER_VALUE, FEATURE_NOT_SUPPORTED,
                    TIMEOUT -> of(e, state);
            case UNABLE_TO_CONNECT, CONNECTION_FAILURE -> new SQLTransientConnectionException(e.getMessage(),
                    SqlState.UNABLE_TO_CONNECT.code(), e.code(), e);
            default -> new SQLNonTransientConnectionException(e.getMessage(), SqlState.CONNECTION_REJECTED.code(),
                    e.code(), e);
        };
    }

    private static SQLException of(TaosException e, SqlState state) {
        String message = e.getMessage();
        String s = state.code();
        int code = e.code();
        return switch (state) {
            case SYNTAX_ERROR, INSUFFICIENT_PRIVILEGE, UNDEFINED_TABLE, TABLE_EXISTS, UNDEFINED_COLUMN,
                    COLUMN_EXISTS -> new SQLSyntaxErrorException(message, s, code, e);
            case INVALID_AUTHORIZATION -> new SQLInvalidAuthorizationSpecException(message, s, code, e);
            case UNABLE_TO_CONNECT, CONNECTION_FAILURE, CONNECTION_REJECTED, CONNECTION_DOES_NOT_EXIST ->
                    new SQLNonTransientConnectionException(message, s, code, e);
            case TIMEOUT -> new SQLTimeoutException(message, s, code, e);
            case QUERY_CANCELED, OUT_OF_MEMORY -> new SQLTransientException(message, s, code, e);
            case FEATURE_NOT_SUPPORTED -> new SQLFeatureNotSupportedException(message, s, code, e);
            case DATA_EXCEPTION, STRING_TRUNCATION, NUMERIC_OUT_OF_RANGE, INVALID_DATETIME_FORMAT, DATETIME_OVERFLOW,
                    INVALID_CHARACTER_VALUE_FOR_CAST, INVALID_PARAMETER_VALUE ->
                    new SQLDataException(message, s, code, e);
            case INVALID_CATALOG_NAME, WRONG_PARAMETER_COUNT -> new SQLNonTransientException(message, s, code, e);
            default -> new SQLException(message, s, code, e);
        };
    }

    /** A feature the driver or TDengine does not have; the message says which and, where there is one, what to do. */
    public static SQLFeatureNotSupportedException unsupported(String message) {
        return new SQLFeatureNotSupportedException(message, SqlState.FEATURE_NOT_SUPPORTED.code());
    }

    /** An operation on a closed object ({@code what}: "connection", "statement", "result set"). */
    public static SQLException closed(String what) {
        if (what.equals("connection")) {
            return new SQLNonTransientConnectionException("the connection is closed",
                    SqlState.CONNECTION_DOES_NOT_EXIST.code());
        }
        SqlState state = what.equals("result set") ? SqlState.INVALID_CURSOR_STATE : SqlState.FUNCTION_SEQUENCE_ERROR;
        return new SQLNonTransientException("the " + what + " is closed", state.code());
    }

    /** A value that cannot be read as, or converted to, the requested type. */
    public static SQLDataException conversion(String message) {
        return new SQLDataException(message, SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.code());
    }

    /** A number out of the range of the requested type. */
    public static SQLDataException outOfRange(String message) {
        return new SQLDataException(message, SqlState.NUMERIC_OUT_OF_RANGE.code());
    }

    /** An error of the driver's own, with the given state (the subclass follows the state as in {@link #of}). */
    public static SQLException of(SqlState state, String message) {
        return switch (state) {
            case FEATURE_NOT_SUPPORTED -> unsupported(message);
            case DATA_EXCEPTION, NUMERIC_OUT_OF_RANGE, INVALID_DATETIME_FORMAT, INVALID_CHARACTER_VALUE_FOR_CAST,
                    INVALID_PARAMETER_VALUE, STRING_TRUNCATION, DATETIME_OVERFLOW ->
                    new SQLDataException(message, state.code());
            case TIMEOUT -> new SQLTimeoutException(message, state.code());
            case QUERY_CANCELED -> new SQLTransientException(message, state.code());
            case UNABLE_TO_CONNECT, CONNECTION_FAILURE, CONNECTION_REJECTED, CONNECTION_DOES_NOT_EXIST ->
                    new SQLNonTransientConnectionException(message, state.code());
            case SYNTAX_ERROR, UNDEFINED_TABLE, UNDEFINED_COLUMN -> new SQLSyntaxErrorException(message, state.code());
            default -> new SQLNonTransientException(message, state.code());
        };
    }

    /** A client-info property that cannot be set. */
    public static SQLClientInfoException clientInfo(String message, java.util.Map<String, java.sql.ClientInfoStatus> failed) {
        return new SQLClientInfoException(message, SqlState.INVALID_PARAMETER_VALUE.code(), 0, failed);
    }
}
