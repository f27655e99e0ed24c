package io.taos4j.jdbc.internal;

/**
 * The SQLSTATE values this driver reports (SQL:2016 classes, with the ODBC {@code HY} and {@code 42S} subclasses
 * where the standard has none). Every {@link java.sql.SQLException} the driver throws carries one of these.
 */
public enum SqlState {
    /** 01000: a warning. */
    WARNING("01000"),
    /** 07001: the number of bound parameters does not match the placeholders. */
    WRONG_PARAMETER_COUNT("07001"),
    /** 07009: a column or parameter index out of range. */
    INVALID_DESCRIPTOR_INDEX("07009"),
    /** 08001: the client could not establish the connection. */
    UNABLE_TO_CONNECT("08001"),
    /** 08003: the connection is closed. */
    CONNECTION_DOES_NOT_EXIST("08003"),
    /** 08004: the server rejected the connection (other than for credentials). */
    CONNECTION_REJECTED("08004"),
    /** 08006: the connection failed while in use. */
    CONNECTION_FAILURE("08006"),
    /** 0A000: a feature TDengine or this driver does not have. */
    FEATURE_NOT_SUPPORTED("0A000"),
    /** 22000: a data exception. */
    DATA_EXCEPTION("22000"),
    /** 22001: a string too long for its column. */
    STRING_TRUNCATION("22001"),
    /** 22003: a number out of range of the target type. */
    NUMERIC_OUT_OF_RANGE("22003"),
    /** 22007: a malformed date or time. */
    INVALID_DATETIME_FORMAT("22007"),
    /** 22008: a date or time out of range. */
    DATETIME_OVERFLOW("22008"),
    /** 22018: a value that cannot be converted to the requested type. */
    INVALID_CHARACTER_VALUE_FOR_CAST("22018"),
    /** 22023: an invalid parameter or option value. */
    INVALID_PARAMETER_VALUE("22023"),
    /** 24000: a closed result set, or no current row. */
    INVALID_CURSOR_STATE("24000"),
    /** 25000: an operation that needs a transaction, which TDengine does not have. */
    INVALID_TRANSACTION_STATE("25000"),
    /** 28000: wrong user, password or token, or a client address not allowed. */
    INVALID_AUTHORIZATION("28000"),
    /** 3D000: the database does not exist or none is selected. */
    INVALID_CATALOG_NAME("3D000"),
    /** 42000: a syntax error or access rule violation. */
    SYNTAX_ERROR("42000"),
    /** 42501: the user lacks the privilege. */
    INSUFFICIENT_PRIVILEGE("42501"),
    /** 42S01: the table already exists. */
    TABLE_EXISTS("42S01"),
    /** 42S02: the table does not exist. */
    UNDEFINED_TABLE("42S02"),
    /** 42S21: the column already exists. */
    COLUMN_EXISTS("42S21"),
    /** 42S22: the column does not exist. */
    UNDEFINED_COLUMN("42S22"),
    /** 57014: the statement was cancelled. */
    QUERY_CANCELED("57014"),
    /** HY000: any other error. */
    GENERAL_ERROR("HY000"),
    /** HY001: the server ran out of memory for the request. */
    OUT_OF_MEMORY("HY001"),
    /** HY010: a call out of sequence (e.g. on a closed statement). */
    FUNCTION_SEQUENCE_ERROR("HY010"),
    /** HYT00: a timeout expired. */
    TIMEOUT("HYT00");

    private final String code;

    SqlState(String code) {
        this.code = code;
    }

    /** The five-character SQLSTATE. */
    public String code() {
        return code;
    }
}
