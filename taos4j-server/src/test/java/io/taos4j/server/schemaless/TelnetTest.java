package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taos4j.server.sql.SqlError;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** OpenTSDB telnet lines (clientSmlTelnet.c). */
class TelnetTest {

    private static SmlResult telnet(SmlFixture f, String payload) {
        return f.write(SmlProtocol.TELNET, SmlPrecision.NOT_CONFIGURED, payload);
    }

    @Test
    void writesTheCapturedLines() throws Exception {
        SmlFixture f = new SmlFixture();
        SmlResult r = telnet(f, "sml_tel 1648432611249 10.3 location=California.SanFrancisco groupid=2\n"
                + "sml_tel 1648432611250 12.6 location=California.SanFrancisco groupid=2");
        assertThat(r.affectedRows()).isEqualTo(2);
        assertThat(r.totalRows()).isEqualTo(2);
        assertThat(f.describe("sml_tel")).containsExactly("_ts TIMESTAMP", "_value DOUBLE",
                "location NCHAR(32) TAG", "groupid NCHAR(2) TAG");
        assertThat(f.children("sml_tel")).containsExactly(LineProtocolRulesTest.md5Name(
                "sml_tel,groupid=2,location=California.SanFrancisco"));
        assertThat(f.query("select cast(_ts as bigint), _value from sml_tel order by _ts")).containsExactly(
                List.of(1648432611249L, 10.3), List.of(1648432611250L, 12.6));
    }

    static Stream<Arguments> values() {
        return Stream.of(Arguments.of("1i32", "INT", 1), Arguments.of("t", "BOOL", true),
                Arguments.of("\"txt\"", "VARCHAR(4)", "txt"), Arguments.of("L\"n\"", "NCHAR(2)", "n"),
                Arguments.of("2.5f32", "FLOAT", 2.5f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void typesTheValueLikeALineProtocolField(String value, String describe, Object expected) {
        SmlFixture f = new SmlFixture();
        telnet(f, "m 1700000000 " + value + " t=1");
        assertThat(f.describe("m").get(1)).isEqualTo("_value " + describe);
        assertThat(f.value("select _value from m")).isEqualTo(expected);
    }

    @Test
    void readsSecondsMillisecondsAndNow() {
        SmlFixture f = new SmlFixture("us");
        telnet(f, "m 1700000000 1 t=1\nm 1700000000001 2 t=1\nm 0 3 t=1");
        assertThat(f.query("select cast(_ts as bigint) from m order by _ts")).containsExactly(
                List.of(1_700_000_000_000_000L), List.of(1_700_000_000_001_000L), List.of(SmlFixture.NOW_NANOS / 1000));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("m", 0x020A, "invalid data:"),
                Arguments.of("m 1700000000", 0x3002, "invalid timestamp:"),
                Arguments.of("m 170000000 1 t=1", 0x0127, "invalid timestamp: 1 t=1"),
                Arguments.of("m 17000000x0 1 t=1", 0x0127, "invalid timestamp: 1 t=1"),
                Arguments.of("m 1700000000 1", 0x0203, "invalid value:"),
                Arguments.of("m 1700000000 1 ", 0x0203, "invalid value:"),
                Arguments.of("m 1700000000 abc t=1", 0x0203, "invalid data:abc t=1"),
                Arguments.of("m 1700000000 tx t=1", 0x0203, "Invalid value in client"),
                Arguments.of("m 1700000000 1 t", 0x021F, "invalid key or key is too long than 64:t"),
                Arguments.of("m 1700000000 1 =v", 0x021F, "invalid key or key is too long than 64:=v"),
                Arguments.of("m 1700000000 1 t=", 0x0203, "invalid value:"),
                Arguments.of("m 1700000000 1 t=a=b", 0x3002, "invalid data:=b"),
                Arguments.of("m 1700000000 1 t=a\nm 1700000001 1i t=a", 0x3004,
                        "the type is not the same like before:_value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void rejectsBadLines(String payload, int code, String message) {
        SmlFixture f = new SmlFixture();
        SqlError e = catchThrowableOfType(() -> telnet(f, payload), SqlError.class);
        assertThat(e).as(payload).isNotNull();
        assertThat(e.code()).as(payload).isEqualTo(code);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(f.query("show stables")).isEmpty();
    }
}
