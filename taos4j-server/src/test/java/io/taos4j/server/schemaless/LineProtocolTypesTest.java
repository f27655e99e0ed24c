package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a line-protocol field value is typed and read back (TDengine docs "schemaless", clientSml.c
 * {@code smlParseValue}/{@code smlParseNumber}): one row per rule, through a real engine.
 */
class LineProtocolTypesTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                // field text, DESCRIBE of the column, value read back
                Arguments.of("1", "DOUBLE", 1.0),
                Arguments.of("-2.5", "DOUBLE", -2.5),
                Arguments.of("1e3", "DOUBLE", 1000.0),
                Arguments.of("1.25f64", "DOUBLE", 1.25),
                Arguments.of("0x10", "DOUBLE", 16.0),
                Arguments.of("1.5f32", "FLOAT", 1.5f),
                Arguments.of("2.5F32", "FLOAT", 2.5f),
                Arguments.of("-3i8", "TINYINT", (byte) -3),
                Arguments.of("200u8", "TINYINT UNSIGNED", (byte) 200),
                Arguments.of("-300i16", "SMALLINT", (short) -300),
                Arguments.of("60000u16", "SMALLINT UNSIGNED", (short) 60000),
                Arguments.of("-70000i32", "INT", -70000),
                Arguments.of("1.9i32", "INT", 1),
                Arguments.of("4000000000u32", "INT UNSIGNED", (int) 4000000000L),
                Arguments.of("9223372036854775807i64", "BIGINT", Long.MAX_VALUE),
                Arguments.of("5i", "BIGINT", 5L),
                Arguments.of("5I", "BIGINT", 5L),
                Arguments.of("1.5i", "BIGINT", 1L),
                Arguments.of("18446744073709551615u64", "BIGINT UNSIGNED", -1L),
                Arguments.of("7u", "BIGINT UNSIGNED", 7L),
                Arguments.of("7U64", "BIGINT UNSIGNED", 7L),
                Arguments.of("t", "BOOL", true),
                Arguments.of("T", "BOOL", true),
                Arguments.of("true", "BOOL", true),
                Arguments.of("True", "BOOL", true),
                Arguments.of("TRUE", "BOOL", true),
                Arguments.of("tRuE", "BOOL", true),
                Arguments.of("f", "BOOL", false),
                Arguments.of("F", "BOOL", false),
                Arguments.of("false", "BOOL", false),
                Arguments.of("False", "BOOL", false),
                Arguments.of("FALSE", "BOOL", false),
                Arguments.of("\"abc\"", "VARCHAR(4)", "abc"),
                Arguments.of("\"\"", "VARCHAR(1)", ""),
                Arguments.of("\"a b,c=d\"", "VARCHAR(8)", "a b,c=d"),
                Arguments.of("L\"中文\"", "NCHAR(8)", "中文"),
                Arguments.of("l\"x\"", "NCHAR(2)", "x"),
                Arguments.of("b\"\\x6162\"", "VARBINARY(4)", bytes("ab")),
                Arguments.of("B\"hi\"", "VARBINARY(4)", bytes("hi")));
    }

    @ParameterizedTest(name = "c={0} is {1}")
    @MethodSource("fields")
    void typesAFieldByItsSpelling(String field, String describe, Object expected) {
        SmlFixture f = new SmlFixture();
        assertThat(f.line("st,t1=a c=" + field + " 1700000000000").affectedRows()).isEqualTo(1);
        assertThat(f.describe("st")).containsExactly("_ts TIMESTAMP", "c " + describe, "t1 NCHAR(2) TAG");
        assertThat(f.value("select c from st")).isEqualTo(expected);
    }

    static Stream<Arguments> specialDoubles() {
        return Stream.of(Arguments.of("inf", Double.POSITIVE_INFINITY), Arguments.of("-Infinity",
                Double.NEGATIVE_INFINITY), Arguments.of("nan", Double.NaN), Arguments.of("+.5", 0.5));
    }

    @ParameterizedTest(name = "c={0}")
    @MethodSource("specialDoubles")
    void readsNumbersAsCStrtodDoes(String field, double expected) {
        SmlFixture f = new SmlFixture();
        f.line("st c=" + field + " 1700000000000");
        assertThat((Double) f.value("select c from st")).isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest(name = "c={0}")
    @MethodSource("geometry")
    void readsGeometryAsWkt(String field) {
        SmlFixture f = new SmlFixture();
        f.line("st c=" + field + " 1700000000000");
        assertThat(f.describe("st").get(1)).isEqualTo("c GEOMETRY(32)");
        assertThat(f.value("select st_astext(c) from st")).isEqualTo("POINT (1.000000 2.000000)");
    }

    static Stream<String> geometry() {
        return Stream.of("G\"POINT(1 2)\"", "g\"point(1.0 2.0)\"");
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                // lengths are UTF-8 bytes and grow to the next power of two (smlFindNearestPowerOf2)
                Arguments.of("a".repeat(3), "VARCHAR(4)"),
                Arguments.of("a".repeat(4), "VARCHAR(8)"),
                Arguments.of("a".repeat(1023), "VARCHAR(1024)"),
                Arguments.of("a".repeat(1500), "VARCHAR(1500)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("strings")
    void sizesStringColumns(String value, String describe) {
        SmlFixture f = new SmlFixture();
        f.line("st c=\"" + value + "\" 1700000000000");
        assertThat(f.describe("st").get(1)).isEqualTo("c " + describe);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagLengths")
    void sizesNcharTagsByUtf8Bytes(String tag, String describe) {
        SmlFixture f = new SmlFixture();
        f.line("st,t=" + tag + " c=1 1700000000000");
        assertThat(f.describe("st")).last().isEqualTo("t " + describe + " TAG");
        assertThat(f.value("select t from st")).isEqualTo(tag);
    }

    static List<Arguments> tagLengths() {
        return List.of(Arguments.of("x", "NCHAR(2)"), Arguments.of("California.LosAngeles", "NCHAR(32)"),
                Arguments.of("温度", "NCHAR(8)"));
    }
}
