package io.taos4j.server.http;

import static io.taos4j.server.http.Http.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /influxdb/v1/write} and {@code /opentsdb/v1/put/...} through a real HTTP client (rest.md §8). */
class SchemalessHttpTest {
    private static TaosServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        http = new Http(server.port());
        http.sql("create database sml_http precision 'ms'");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String count(String table) {
        return http.sql("select count(*) from sml_http." + table).body();
    }

    @Test
    void writesInfluxLines() {
        HttpResponse<String> r = http.post("/influxdb/v1/write?db=sml_http&precision=ms",
                "\n  meters,location=SF current=10.5,voltage=220i 1700000000000\n"
                        + "meters,location=LA current=11.5,voltage=221i 1700000000000\n\n", "Authorization", ROOT);
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(count("meters")).contains("\"data\":[[2]]");
    }

    @Test
    void defaultsInfluxTimestampsToNanosecondsAndTakesUAndPCredentials() {
        HttpResponse<String> r = http.post("/influxdb/v1/write?db=sml_http&u=root&p=taosdata",
                "nanos v=1 1700000000123456789");
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(http.sql("select cast(_ts as bigint) from sml_http.nanos").body()).contains("[[1700000000123]]");
    }

    @Test
    void answersInfluxErrorsAsTheAdapterDoes() {
        HttpResponse<String> noAuth = http.post("/influxdb/v1/write?db=sml_http", "m v=1 1");
        assertThat(noAuth.statusCode()).isEqualTo(401);
        assertThat(noAuth.body()).isEqualTo("{\"code\":\"forbidden\",\"message\":\"no auth info found\"}");
        HttpResponse<String> noDb = http.post("/influxdb/v1/write", "m v=1 1", "Authorization", ROOT);
        assertThat(noDb.statusCode()).isEqualTo(400);
        assertThat(noDb.body()).isEqualTo("{\"code\":\"not found\",\"message\":\"db required\",\"op\":\"get db query\","
                + "\"err\":\"db required\",\"line\":0}");
        HttpResponse<String> ttl = http.post("/influxdb/v1/write?db=sml_http&ttl=x", "m v=1 1", "Authorization", ROOT);
        assertThat(ttl.statusCode()).isEqualTo(400);
        assertThat(ttl.body()).isEqualTo("{\"code\":\"illegal param\",\"message\":\"ttl must be numeric\",\"op\":"
                + "\"parse ttl\",\"err\":\"ttl must be numeric\",\"line\":0}");
        HttpResponse<String> bad = http.post("/influxdb/v1/write?db=sml_http", "sml_bad,,, current= 1",
                "Authorization", ROOT);
        assertThat(bad.statusCode()).isEqualTo(500);
        assertThat(bad.body()).isEqualTo("{\"code\":\"internal error\",\"message\":\"[0x3002] invalid data:,, current= 1\"}");
        HttpResponse<String> noSuchDb = http.post("/influxdb/v1/write?db=nowhere", "m v=1 1", "Authorization", ROOT);
        assertThat(noSuchDb.body()).isEqualTo("{\"code\":\"internal error\",\"message\":\"[0x388] Database not exist\"}");
        HttpResponse<String> wrong = http.post("/influxdb/v1/write?db=sml_http&u=root&p=bad", "m v=1 1");
        assertThat(wrong.statusCode()).isEqualTo(500);
        assertThat(wrong.body()).isEqualTo("{\"code\":\"internal error\",\"message\":\"[0x357] Authentication failure\"}");
    }

    @Test
    void namesChildTablesFromTheTableNameKey() {
        HttpResponse<String> r = http.post("/influxdb/v1/write?db=sml_http&precision=s&table_name_key=id&ttl=3",
                "keyed,id=dev.7,zone=a v=1 1700000000", "Authorization", ROOT);
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(http.sql("select zone, v from sml_http.dev_7").body()).contains("[[\"a\",1]]");
    }

    @Test
    void writesOpenTsdbJsonAndTelnet() {
        HttpResponse<String> json = http.post("/opentsdb/v1/put/json/sml_http",
                "[{\"metric\":\"sys.cpu\",\"timestamp\":1700000000,\"value\":18,\"tags\":{\"host\":\"web01\"}},"
                        + "{\"metric\":\"sys.cpu\",\"timestamp\":1700000001,\"value\":9,\"tags\":{\"host\":\"web02\"}}]",
                "Authorization", ROOT);
        assertThat(json.statusCode()).isEqualTo(204);
        assertThat(count("sys_cpu")).contains("[[2]]");
        HttpResponse<String> telnet = http.post("/opentsdb/v1/put/telnet/sml_http",
                "put sys.mem 1700000000 10 host=web01\r\n\r\n  sys.mem 1700000001000 11 host=web01  \n",
                "Authorization", ROOT);
        assertThat(telnet.statusCode()).isEqualTo(204);
        assertThat(count("sys_mem")).contains("[[2]]");
    }

    @Test
    void answersOpenTsdbErrorsWithTheStatusAsCode() {
        HttpResponse<String> noAuth = http.post("/opentsdb/v1/put/json/sml_http", "{}");
        assertThat(noAuth.statusCode()).isEqualTo(401);
        assertThat(noAuth.body()).isEqualTo("{\"code\":401,\"message\":\"auth needed\"}");
        HttpResponse<String> bearer = http.post("/opentsdb/v1/put/json/sml_http", "{}", "Authorization", "Foo x");
        assertThat(bearer.body()).isEqualTo("{\"code\":401,\"message\":\"unsupported auth type\"}");
        assertThat(http.post("/opentsdb/v1/put/json/sml_http", "{}", "Authorization", "Basic !!").body())
                .isEqualTo("{\"code\":401,\"message\":\"illegal base64 data at input byte 0\"}");
        assertThat(http.post("/opentsdb/v1/put/json/sml_http", "{}", "Authorization", "Basic cm9vdA==").body())
                .isEqualTo("{\"code\":401,\"message\":\"wrong basic auth\"}");
        HttpResponse<String> reqId = http.post("/opentsdb/v1/put/telnet/sml_http?req_id=x", "m 1700000000 1 t=1",
                "Authorization", ROOT);
        assertThat(reqId.statusCode()).isEqualTo(400);
        assertThat(reqId.body()).isEqualTo("{\"code\":400,\"message\":\"illegal param, req_id must be numeric "
                + "strconv.ParseUint: parsing \\\"x\\\": invalid syntax\"}");
        HttpResponse<String> bad = http.post("/opentsdb/v1/put/json/sml_http", "{\"metric\":1}", "Authorization", ROOT);
        assertThat(bad.statusCode()).isEqualTo(500);
        assertThat(bad.body()).isEqualTo("{\"code\":500,\"message\":\"[0x221] Invalid JSON format\"}");
        HttpResponse<String> empty = http.post("/opentsdb/v1/put/telnet/sml_http", "\n\n", "Authorization", ROOT);
        assertThat(empty.statusCode()).isEqualTo(204);
    }
}
