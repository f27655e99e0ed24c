package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.SqlError;

/**
 * The errors the function library raises, with TDengine's codes and message texts (builtins.c
 * {@code validateParam}, terror.c). Codes that {@link TaosError} does not list are built from their numbers.
 */
final class FunctionErrors {
    static final int FUNCTION_ERROR = 0x2800;
    static final int PARA_VALUE = 0x2803;
    static final int TO_TIMESTAMP_FORMAT = 0x2806;
    static final int TO_TIMESTAMP_TS = 0x2807;
    static final int TO_TIMESTAMP_NOT_SUPPORTED = 0x2808;
    static final int TIME_UNIT_INVALID = 0x280A;
    static final int TIME_UNIT_TOO_SMALL = 0x280B;
    static final int INVALID_RES_LENGTH = 0x280E;

    private FunctionErrors() {
    }

    /** 0x2801 {@code Invalid number of parameters : <name>}. */
    static SqlError paraNum(String name) {
        return SqlError.of(TaosError.FUNC_FUNTION_PARA_NUM, "Invalid number of parameters : " + name);
    }

    /** 0x2802 {@code Invalid parameter data type : <name>}. */
    static SqlError paraType(String name) {
        return SqlError.of(TaosError.FUNC_FUNTION_PARA_TYPE, "Invalid parameter data type : " + name);
    }

    /** 0x2803 {@code Invalid parameter value : <name>} (a constant outside its fixed set of values). */
    static SqlError paraValue(String name) {
        return new SqlError(PARA_VALUE, "Invalid parameter value : " + name);
    }

    /** 0x2803 with TDengine's plain text, as geometry parsing reports it. */
    static SqlError invalidParaValue() {
        return new SqlError(PARA_VALUE, "Invalid function para value");
    }

    /** 0x2800 with a function-specific message. */
    static SqlError functionError(String message) {
        return new SqlError(FUNCTION_ERROR, message);
    }

    /** 0x280A; TDengine's message really says "timzone". */
    static SqlError timeUnitInvalid(String name) {
        return new SqlError(TIME_UNIT_INVALID, "Invalid timzone format : " + name);
    }

    /** 0x280B {@code Time unit is too small : <name>}. */
    static SqlError timeUnitTooSmall(String name) {
        return new SqlError(TIME_UNIT_TOO_SMALL, "Time unit is too small : " + name);
    }

    /** 0x280E {@code Function result exceed max length}. */
    static SqlError resultTooLong() {
        return new SqlError(INVALID_RES_LENGTH, "Function result exceed max length");
    }

    /** 0x0100 {@code Operation not supported : <name>} for functions this server does not implement. */
    static SqlError notSupported(String name) {
        return SqlError.of(TaosError.OPS_NOT_SUPPORT, TaosError.OPS_NOT_SUPPORT.text() + " : " + name);
    }

    /** 0x013D {@code Decimal value overflow}. */
    static SqlError decimalOverflow() {
        return SqlError.of(TaosError.DECIMAL_OVERFLOW);
    }
}
