package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taos4j.server.sql.SqlError;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad line-protocol input: TDengine's error code and message (the message points into the payload from the
 * offending byte on, as the C client's does), and nothing written.
 */
class LineProtocolErrorsTest {
    private static final String M64 = "k".repeat(65);

    static Stream<Arguments> errors() {
        return Stream.of(
                // the recorded reply of TDengine 3.3.7.5 (captures/jdbc-3.7.9-sml.jsonl)
                Arguments.of("sml_bad,,, current= 1", 0x3002, "invalid data:,, current= 1"),
                Arguments.of(",st c=1 1", 0x3002, "Invalid data format"),
                Arguments.of("st", 0x3002, "cols is empty"),
                Arguments.of("st,t1=a", 0x3002, "cols is empty"),
                Arguments.of("st,t1=a ", 0x3002, "cols is empty"),
                Arguments.of("st c=abc 1", 0x0203, "smlParseValue error:abc 1"),
                Arguments.of("st c=1x 1", 0x0203, "smlParseValue error:1x 1"),
                Arguments.of("st c=128i8 1", 0x0203, "smlParseValue error:128i8 1"),
                Arguments.of("st c=-1u 1", 0x0203, "smlParseValue error:-1u 1"),
                Arguments.of("st c=256u8 1", 0x0203, "smlParseValue error:256u8 1"),
                Arguments.of("st c=40000i16 1", 0x0203, "smlParseValue error:40000i16 1"),
                Arguments.of("st c=3e9i32 1", 0x0203, "smlParseValue error:3e9i32 1"),
                Arguments.of("st c=5e9u32 1", 0x0203, "smlParseValue error:5e9u32 1"),
                Arguments.of("st c=3.5e38f32 1", 0x0203, "smlParseValue error:3.5e38f32 1"),
                Arguments.of("st c=9223372036854775808i64 1", 0x0203,
                        "smlParseValue error:9223372036854775808i64 1"),
                Arguments.of("st c=18446744073709551616u 1", 0x0203, "smlParseValue error:18446744073709551616u 1"),
                Arguments.of("st c=tru 1", 0x0203, "smlParseValue error:tru 1"),
                Arguments.of("st c=fals 1", 0x0203, "smlParseValue error:fals 1"),
                Arguments.of("st c=\"ab 1", 0x3002, "unbalanced quotes:\"ab 1"),
                Arguments.of("st c=\"a\"\"b\" 1", 0x3002, "unbalanced quotes:\"a\"\"b\" 1"),
                Arguments.of("st c=L\"x 1", 0x3002, "unbalanced quotes:L\"x 1"),
                Arguments.of("st c=Lx 1", 0x0203, "smlParseValue error:Lx 1"),
                Arguments.of("st c= 1", 0x3002, "invalid value: 1"),
                Arguments.of("st c 1", 0x3002, "invalid data: 1"),
                Arguments.of("st c=1,d 1", 0x3002, "invalid data: 1"),
                Arguments.of("st,t1= c=1 1", 0x3002, "invalid value: c=1 1"),
                Arguments.of("st,t1=a=b c=1 1", 0x3002, "invalid data:=b c=1 1"),
                Arguments.of("st,t1 c=1 1", 0x3002, "invalid data: c=1 1"),
                Arguments.of("st,=a c=1 1", 0x021F, "invalid key or key is too long than 64:=a c=1 1"),
                Arguments.of("st,t1=a,t1 c=1 1", 0x3002, "invalid data: c=1 1"),
                Arguments.of("st " + M64 + "=1 1", 0x021F, "invalid key or key is too long than 64:" + M64 + "=1 1"),
                Arguments.of("s".repeat(193) + " c=1 1", 0x020A, "measure is empty or too large than 192"),
                Arguments.of("st c=1 abc", 0x0127, "invalid timestamp:abc"),
                Arguments.of("st c=1 12a", 0x0127, "invalid timestamp:12a"),
                Arguments.of("st c=1 -5", 0x0127, "Invalid timestamp format"),
                Arguments.of("st c=1,c=2 1", 0x263C, "Duplicated column names"),
                Arguments.of("st,t=1,t=2 c=1 1", 0x263C, "Duplicated column names"),
                Arguments.of("st,t=1 t=2 1", 0x263C, "Duplicated column names"),
                Arguments.of("st c=1 1\nst c=2i 2", 0x3004, "the type is not the same like before:c=2i 2"),
                Arguments.of("st c=1 1\nst c=\"x\" 2\nst c=3 3", 0x3004,
                        "the type is not the same like before:c=\"x\" 2\nst c=3 3"),
                Arguments.of("st c=1 1\n\nst c=2 2", 0x020A, "measure is empty or too large than 192"),
                Arguments.of("#only a comment", 0x3002, "line num is invalid"),
                Arguments.of("st c=1 1\nst c=x 2", 0x0203, "smlParseValue error:x 2"),
                // a parse error after a type conflict still wins, as the client parses every line first
                Arguments.of("st c=1 1\nst c=2i 2\nst c=x 3", 0x0203, "smlParseValue error:x 3"),
                Arguments.of("st c=\"" + "x".repeat(65516) + "\" 1", 0x2642,
                        ("smlParseValue error:\"" + "x".repeat(65516)).substring(0, 511)),
                Arguments.of("st,t=" + "x".repeat(4096) + " c=1 1", 0x2642, "Invalid column length for var length type"),
                Arguments.of("st c=b\"\\x123\" 1", 0x266A, "smlParseValue error:b\"\\x123\" 1"),
                Arguments.of("st c=G\"POINT(1)\" 1", 0x0203, "smlParseValue error:G\"POINT(1)\" 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void rejectsWithTDenginesCodeAndMessage(String payload, int code, String message) {
        SmlFixture f = new SmlFixture();
        SqlError e = catchThrowableOfType(() -> f.line(payload), SqlError.class);
        assertThat(e).as(payload).isNotNull();
        assertThat(e.code()).as("code of %s", payload).isEqualTo(code);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(f.query("show stables")).as("nothing created").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("empty")
    void rejectsAnEmptyPayloadOrNoDatabase(String database, String payload, int code, String message) {
        SmlFixture f = new SmlFixture();
        SqlError e = catchThrowableOfType(() -> f.writer.write(database, new SmlRequest(SmlProtocol.LINE,
                SmlPrecision.MILLISECONDS, 0, null, payload.getBytes())), SqlError.class);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    static Stream<Arguments> empty() {
        return Stream.of(Arguments.of("db", "", 0x0118, "Invalid parameters"),
                Arguments.of(null, "st c=1 1", 0x2616, "Database not specified"),
                Arguments.of("nodb", "st c=1 1", 0x0388, "Database not exist"));
    }

    @org.junit.jupiter.api.Test
    void cutsTheMessageAt511Bytes() {
        SmlFixture f = new SmlFixture();
        String rest = "c=x " + "9".repeat(600);
        SqlError e = catchThrowableOfType(() -> f.line("st " + rest), SqlError.class);
        assertThat(e.getMessage()).hasSize(511).isEqualTo(("smlParseValue error:" + rest.substring(2))
                .substring(0, 511));
    }
}
