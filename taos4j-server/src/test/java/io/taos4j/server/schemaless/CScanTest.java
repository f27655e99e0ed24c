package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The C library number parsing the line protocol relies on: what {@code strtod}/{@code strtoll} consume. */
class CScanTest {

    static Stream<Arguments> doubles() {
        return Stream.of(
                // text, value, bytes consumed (0 = no conversion)
                Arguments.of("1", 1.0, 1), Arguments.of("-2.5", -2.5, 4), Arguments.of("+.5", 0.5, 3),
                Arguments.of("1.", 1.0, 2), Arguments.of("1e3", 1000.0, 3), Arguments.of("1E-2", 0.01, 4),
                Arguments.of("1e", 1.0, 1), Arguments.of("1e+", 1.0, 1), Arguments.of("12i32", 12.0, 2),
                Arguments.of("1.5f32", 1.5, 3), Arguments.of("0x1A", 26.0, 4), Arguments.of("0x1p4", 16.0, 5),
                Arguments.of("0x", 0.0, 1), Arguments.of("inf", Double.POSITIVE_INFINITY, 3),
                Arguments.of("-Infinity", Double.NEGATIVE_INFINITY, 9), Arguments.of("nan", Double.NaN, 3),
                Arguments.of("nan(0x1)", Double.NaN, 8), Arguments.of(" \t7", 7.0, 3),
                Arguments.of("0.1", 0.1, 3), Arguments.of("123456789012345678901234567890", 1.2345678901234568E29, 30),
                Arguments.of("2.2250738585072014E-308", 2.2250738585072014E-308, 23),
                Arguments.of("abc", 0.0, 0), Arguments.of(".", 0.0, 0), Arguments.of("-", 0.0, 0),
                Arguments.of("", 0.0, 0));
    }

    @ParameterizedTest(name = "strtod(\"{0}\")")
    @MethodSource("doubles")
    void strtod(String text, double value, int consumed) {
        CScan s = new CScan();
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        boolean converted = s.strtod(b, 0, b.length);
        assertThat(converted).isEqualTo(consumed > 0);
        assertThat(s.end).isEqualTo(consumed);
        if (converted) {
            assertThat(Double.valueOf(s.d)).isEqualTo(Double.valueOf(value));
        }
    }

    static Stream<Arguments> longs() {
        return Stream.of(Arguments.of("42", 42L, 2, false), Arguments.of("-42x", -42L, 3, false),
                Arguments.of("9223372036854775807", Long.MAX_VALUE, 19, false),
                Arguments.of("9223372036854775808", Long.MAX_VALUE, 19, true),
                Arguments.of("-9223372036854775809", Long.MIN_VALUE, 20, true),
                Arguments.of("1.5", 1L, 1, false), Arguments.of("x", 0L, 0, false));
    }

    @ParameterizedTest(name = "strtoll(\"{0}\")")
    @MethodSource("longs")
    void strtoll(String text, long value, int consumed, boolean range) {
        CScan s = new CScan();
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        s.strtoll(b, 0, b.length);
        assertThat(s.l).isEqualTo(value);
        assertThat(s.end).isEqualTo(consumed);
        assertThat(s.range).isEqualTo(range);
    }

    @ParameterizedTest(name = "strtoull(\"{0}\")")
    @MethodSource("unsigned")
    void strtoull(String text, long bits, boolean range) {
        CScan s = new CScan();
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        s.strtoull(b, 0, b.length);
        assertThat(s.l).isEqualTo(bits);
        assertThat(s.range).isEqualTo(range);
    }

    static Stream<Arguments> unsigned() {
        return Stream.of(Arguments.of("18446744073709551615", -1L, false),
                Arguments.of("18446744073709551616", -1L, true), Arguments.of("-1", -1L, false),
                Arguments.of("9223372036854775808", Long.MIN_VALUE, false));
    }
}
