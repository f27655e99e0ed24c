package io.taos4j.server.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Number formatting, tokens and parameter parsing of the HTTP endpoints, byte for byte. */
class HttpPiecesTest {

    static Stream<Arguments> doubles() {
        // what taosAdapter prints (rest.md §3.2 observed values and Go's strconv rules)
        return Stream.of(Arguments.of(1.0e-7, "1e-07"), Arguments.of(1e21, "1e+21"), Arguments.of(3.0, "3"),
                Arguments.of(0.1, "0.1"), Arguments.of(123456789012.0, "123456789012"), Arguments.of(-2.5, "-2.5"),
                Arguments.of(1.5e-6, "0.0000015"), Arguments.of(9.99e20, "999000000000000000000"),
                Arguments.of(-1.25e-10, "-1.25e-10"), Arguments.of(0.0, "0"), Arguments.of(-0.0, "-0"),
                Arguments.of(Double.NaN, "null"), Arguments.of(Double.POSITIVE_INFINITY, "null"),
                Arguments.of(1.7976931348623157e308, "1.7976931348623157e+308"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("doubles")
    void formatsDoublesAsGo(double v, String text) {
        assertThat(JsonText.formatDouble(v)).isEqualTo(text);
    }

    @Test
    void formatsFloatsWithTheirOwnShortestDigits() {
        assertThat(JsonText.formatFloat(1.5f)).isEqualTo("1.5");
        assertThat(JsonText.formatFloat(0.1f)).isEqualTo("0.1");
        assertThat(JsonText.formatFloat(10.3f)).isEqualTo("10.3");
        assertThat(JsonText.formatFloat(3.4028235e38f)).isEqualTo("3.4028235e+38");
    }

    @Test
    void escapesErrorTextsAsGoEncodingJson() {
        assertThat(JsonText.goString("a\"b\\c\n<tag>&")).isEqualTo("\"a\\\"b\\\\c\\n\\u003ctag\\u003e\\u0026\"");
    }

    @Test
    void makesAndReadsTaosdTokens() throws Exception {
        String t = RestAuth.token("root", "taosdata");
        assertThat(t).isEqualTo("/KfeAzX/f9na8qdtNZmtONryp201ma04bEl8LcvLUd7a8qdtNZmtONryp201ma04");
        assertThat(RestAuth.decodeToken(t)).isEqualTo(new RestAuth.Credentials("root", "taosdata"));
        String longPassword = "p".repeat(30);
        assertThat(RestAuth.decodeToken(RestAuth.token("u", longPassword)))
                .isEqualTo(new RestAuth.Credentials("u", longPassword));
        assertThat(RestAuth.token("u".repeat(25), "x")).isNull();
        assertThat(RestAuth.rest("Basic cm9vdDp0YW9zZGF0YQ==")).isEqualTo(new RestAuth.Credentials("root",
                "taosdata"));
        assertThatThrownBy(() -> RestAuth.rest("Basic cm9vdA==")).isInstanceOf(RestAuth.Refused.class)
                .hasMessage("invalid basic Authorization");
    }

    @Test
    void parsesParametersWithGosMessages() throws Exception {
        assertThat(GoParams.parseInt("-42")).isEqualTo(-42);
        assertThatThrownBy(() -> GoParams.parseInt("99999999999999999999"))
                .hasMessage("strconv.ParseInt: parsing \"99999999999999999999\": value out of range");
        assertThatThrownBy(() -> GoParams.parseUint("-1")).hasMessage("strconv.ParseUint: parsing \"-1\": invalid syntax");
        assertThat(GoParams.parseUint("18446744073709551615")).isEqualTo(-1L);
        assertThat(GoParams.parseBool("T")).isTrue();
        assertThat(GoParams.location("")).hasToString("Z");
        assertThatThrownBy(() -> GoParams.location("+08:00")).hasMessage("unknown time zone +08:00");
    }

    @Test
    void routesTheAdaptersPaths() {
        assertThat(HttpRoutes.match("POST", "/rest/sql")).isNotNull();
        assertThat(HttpRoutes.match("POST", "/rest/sql/db")).isNotNull();
        assertThat(HttpRoutes.match("POST", "/rest/sql/db/vgid")).isNotNull();
        assertThat(HttpRoutes.match("GET", "/rest/login/root/taosdata")).isNotNull();
        assertThat(HttpRoutes.match("POST", "/influxdb/v1/write")).isNotNull();
        assertThat(HttpRoutes.match("POST", "/opentsdb/v1/put/json/db")).isNotNull();
        assertThat(HttpRoutes.match("POST", "/opentsdb/v1/put/telnet/db")).isNotNull();
        assertThat(HttpRoutes.match("GET", "/rest/sql")).isNull();
        assertThat(HttpRoutes.match("POST", "/rest/sql/")).isNull();
        assertThat(HttpRoutes.match("POST", "/opentsdb/v1/put/xml/db")).isNull();
        assertThat(HttpRoutes.match("POST", "/")).isNull();
    }
}
