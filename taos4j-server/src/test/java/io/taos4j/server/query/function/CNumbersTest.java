package io.taos4j.server.query.function;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The C library behaviour behind TDengine's conversions. */
class CNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.5 | 15 | 1.5", "0.1 | 15 | 0.1", "100 | 15 | 100", "1e20 | 15 | 1e+20", "1e15 | 15 | 1e+15",
        "1e14 | 15 | 100000000000000", "123.456 | 15 | 123.456", "0.0001 | 15 | 0.0001", "0.00001 | 15 | 1e-05",
        "-2.5 | 15 | -2.5", "1234567 | 6 | 1.23457e+06", "123456 | 6 | 123456", "1.100000023841858 | 6 | 1.1",
        "3.14159265358979 | 6 | 3.14159", "999999.5 | 6 | 1e+06", "0 | 6 | 0", "NaN | 6 | nan",
        "Infinity | 15 | inf", "-Infinity | 15 | -inf"})
    void formatG(double v, int precision, String expected) {
        assertThat(CNumbers.formatG(v, precision)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5 | 1.500000", "2 | 2.000000", "-0.1 | -0.100000",
        "1e20 | 100000000000000000000.000000"})
    void formatF(double v, String expected) {
        assertThat(CNumbers.formatF(v, 6)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12 | 12", "' 12' | 12", "'+7x' | 7", "-3 | -3", "abc | 0", "'' | 0",
        "9223372036854775807 | 9223372036854775807", "9223372036854775808 | 9223372036854775807",
        "-9223372036854775808 | -9223372036854775808", "-99999999999999999999 | -9223372036854775808",
        "'\t5' | 5", "1.9 | 1"})
    void strtoll(String s, long expected) {
        assertThat(CNumbers.strtoll(s)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12 | 12", "-1 | 18446744073709551615", "18446744073709551615 | "
        + "18446744073709551615", "18446744073709551616 | 18446744073709551615", "x | 0"})
    void strtoull(String s, String expected) {
        assertThat(Long.toUnsignedString(CNumbers.strtoull(s))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5 | 1.5", "' -2e3x' | -2000", "1e | 1", ".5 | 0.5", "5. | 5",
        "0x10 | 16", "0x1p4 | 16", "inf | Infinity", "-infinity | -Infinity", "abc | 0", "'' | 0", "1e-2 | 0.01"})
    void strtod(String s, double expected) {
        assertThat(CNumbers.strtod(s)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5 | 1 | 1 | 1", "-1.5 | -1 | -1 | 18446744073709551615", "1e20 | -9223372036854775808 | "
        + "-2147483648 | 0", "NaN | -9223372036854775808 | -2147483648 | 0",
        "4294967295.0 | 4294967295 | -2147483648 | 4294967295"})
    void floatToInteger(double d, long int64, int int32, String uint64) {
        assertThat(CNumbers.toInt64(d)).isEqualTo(int64);
        assertThat(CNumbers.toInt32(d)).isEqualTo(int32);
        assertThat(Long.toUnsignedString(CNumbers.toUInt64(d))).isEqualTo(uint64);
    }
}
