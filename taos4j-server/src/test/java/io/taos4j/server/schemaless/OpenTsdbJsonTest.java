package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taos4j.server.sql.SqlError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** OpenTSDB JSON data points (clientSmlJson.c {@code smlParseJSONExt}). */
class OpenTsdbJsonTest {

    private static SmlResult json(SmlFixture f, String payload) {
        return f.write(SmlProtocol.JSON, SmlPrecision.NOT_CONFIGURED, payload);
    }

    @Test
    void writesTheCapturedPoint() throws Exception {
        SmlFixture f = new SmlFixture();
        SmlResult r = json(f, "[{\"metric\": \"sml_json\", \"timestamp\": 1648432611249, \"value\": 10.3, \"tags\":"
                + " {\"location\": \"California.SanFrancisco\", \"groupid\": 2}}]");
        assertThat(r.affectedRows()).isEqualTo(1);
        assertThat(r.totalRows()).isEqualTo(1);
        // JSON tags keep their JSON types: strings VARCHAR, numbers DOUBLE
        assertThat(f.describe("sml_json")).containsExactly("_ts TIMESTAMP", "_value DOUBLE",
                "location VARCHAR(32) TAG", "groupid DOUBLE TAG");
        // the child name hashes a DOUBLE tag as the 8 bytes of the C double
        byte[] two = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(2.0).array();
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update("sml_json,groupid=".getBytes(StandardCharsets.UTF_8));
        md5.update(two);
        md5.update(",location=California.SanFrancisco".getBytes(StandardCharsets.UTF_8));
        assertThat(f.children("sml_json")).containsExactly("t_" + HexFormat.of().formatHex(md5.digest()));
        assertThat(f.query("select _value, location, groupid from sml_json")).containsExactly(
                List.of(10.3, "California.SanFrancisco", 2.0));
    }

    @Test
    void readsOneObjectAndTypedValues() {
        SmlFixture f = new SmlFixture("ns");
        json(f, "{\"metric\":\"m\",\"timestamp\":{\"value\":1700000000123456789,\"type\":\"ns\"},"
                + "\"value\":{\"value\":7,\"type\":\"i16\"},\"tags\":{\"on\":true,\"n\":{\"value\":\"x\",\"type\":\"nchar\"}}}");
        assertThat(f.describe("m")).containsExactly("_ts TIMESTAMP", "_value SMALLINT", "on BOOL TAG", "n NCHAR(2) TAG");
        assertThat(f.query("select _value, `on`, n from m")).containsExactly(List.of((short) 7, true, "x"));
    }

    static Stream<Arguments> typed() {
        return Stream.of(Arguments.of("{\"value\":1,\"type\":\"tinyint\"}", "TINYINT", (byte) 1),
                Arguments.of("{\"value\":1,\"type\":\"int\"}", "INT", 1),
                Arguments.of("{\"value\":1.5,\"type\":\"BIGINT\"}", "BIGINT", 1L),
                Arguments.of("{\"value\":1.5,\"type\":\"f32\"}", "FLOAT", 1.5f),
                Arguments.of("{\"value\":1.5,\"type\":\"double\"}", "DOUBLE", 1.5),
                Arguments.of("{\"value\":true,\"type\":\"bool\"}", "BOOL", true),
                Arguments.of("{\"value\":\"ab\",\"type\":\"binary\"}", "VARCHAR(4)", "ab"),
                Arguments.of("\"ab\"", "VARCHAR(4)", "ab"),
                Arguments.of("false", "BOOL", false),
                Arguments.of("3", "DOUBLE", 3.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typed")
    void typesValues(String value, String describe, Object expected) {
        SmlFixture f = new SmlFixture();
        json(f, "{\"metric\":\"m\",\"timestamp\":1700000000,\"value\":" + value + ",\"tags\":{\"t\":\"a\"}}");
        assertThat(f.describe("m").get(1)).isEqualTo("_value " + describe);
        assertThat(f.value("select _value from m")).isEqualTo(expected);
    }

    static Stream<Arguments> errors() {
        String ok = "\"metric\":\"m\",\"timestamp\":1700000000,\"value\":1";
        return Stream.of(
                Arguments.of("not json", 0x0221, "Invalid JSON format"),
                Arguments.of("3", 0x0221, "Invalid JSON format"),
                Arguments.of("{" + ok + "}", 0x0221, "Invalid JSON format"),
                Arguments.of("{" + ok + ",\"tags\":{}}", 0x0221, "Invalid JSON format"),
                Arguments.of("{" + ok + ",\"tags\":{\"t\":1},\"x\":1}", 0x0221, "Invalid JSON format"),
                Arguments.of("{" + ok + ",\"tagz\":{\"t\":1}}", 0x0221, "Invalid JSON format"),
                Arguments.of("{\"metric\":\"\",\"timestamp\":1700000000,\"value\":1,\"tags\":{\"t\":1}}", 0x020A,
                        "Table name too long"),
                Arguments.of("{\"metric\":\"m\",\"timestamp\":1700000000,\"value\":{\"value\":1,\"type\":\"u8\"},"
                        + "\"tags\":{\"t\":1}}", 0x0222, "Invalid JSON data type"),
                Arguments.of("{\"metric\":\"m\",\"timestamp\":1700000000,\"value\":{\"value\":300,\"type\":\"i8\"},"
                        + "\"tags\":{\"t\":1}}", 0x0224, "Value out of range"),
                Arguments.of("{\"metric\":\"m\",\"timestamp\":170000000,\"value\":1,\"tags\":{\"t\":1}}", 0x0127,
                        "timestamp precision can only be seconds(10 digits) or milli seconds(13 digits)"),
                Arguments.of("{\"metric\":\"m\",\"timestamp\":-1,\"value\":1,\"tags\":{\"t\":1}}", 0x0127,
                        "timestamp is negative"),
                Arguments.of("{\"metric\":\"m\",\"timestamp\":1700000000,\"value\":null,\"tags\":{\"t\":1}}", 0x0221,
                        "Invalid JSON format"),
                Arguments.of("[{\"metric\":\"m\",\"timestamp\":1700000000,\"value\":1,\"tags\":{\"t\":1}},"
                        + "{\"metric\":\"m\",\"timestamp\":1700000001,\"value\":true,\"tags\":{\"t\":1}}]", 0x3004,
                        "the type is not the same like before:_value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void rejectsBadPoints(String payload, int code, String message) {
        SmlFixture f = new SmlFixture();
        SqlError e = catchThrowableOfType(() -> json(f, payload), SqlError.class);
        assertThat(e).as(payload).isNotNull();
        assertThat(e.code()).as(payload).isEqualTo(code);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(f.query("show stables")).isEmpty();
    }
}
