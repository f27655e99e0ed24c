package io.taos4j.server.http;

import static io.taos4j.server.http.Http.ROOT;
import static io.taos4j.server.http.Http.untimed;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /rest/sql} and {@code /rest/login} through a real HTTP client (rest.md). */
class RestSqlTest {
    private static TaosServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        http = new Http(server.port());
        assertThat(http.sql("create database rest_db precision 'ms'").statusCode()).isEqualTo(200);
        http.sql("create stable rest_db.st (ts timestamp, d double, f float, vb varbinary(8), nc nchar(8),"
                + " ub bigint unsigned, b bool) tags (t varchar(8))");
        http.sql("insert into rest_db.t1 using rest_db.st tags ('x') values (1700000000000, 1e-7, 1.5, '\\x7f8290',"
                + " 'nç', 18446744073709551615, true) (1700000000001, 1e21, null, null, null, null, null)");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void handsOutTheTaosdTokenOfTheVerifiedTestVector() {
        HttpResponse<String> r = http.get("/rest/login/root/taosdata");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(
                "{\"code\":0,\"desc\":\"/KfeAzX/f9na8qdtNZmtONryp201ma04bEl8LcvLUd7a8qdtNZmtONryp201ma04\"}");
        HttpResponse<String> q = http.post("/rest/sql", "select 1", "Authorization",
                "Taosd /KfeAzX/f9na8qdtNZmtONryp201ma04bEl8LcvLUd7a8qdtNZmtONryp201ma04");
        assertThat(q.body()).isEqualTo("{\"code\":0,\"column_meta\":[[\"1\",\"BIGINT\",8]],\"data\":[[1]],\"rows\":1}");
        assertThat(untimed(http.get("/rest/login/root/wrong").body()))
                .isEqualTo("{\"code\":3,\"desc\":\"Authentication failure\",\"timing\":0}");
        assertThat(http.get("/rest/login/root/wrong").statusCode()).isEqualTo(401);
        assertThat(http.get("/rest/login/" + "u".repeat(25) + "/x").statusCode()).isEqualTo(400);
    }

    @Test
    void refusesMissingOrBadAuthorization() {
        assertReply(http.post("/rest/sql", "select 1"), 401, "{\"code\":4357,\"desc\":\"no auth info input\"");
        assertReply(http.post("/rest/sql", "select 1", "Authorization", "Foo bar"), 401,
                "{\"code\":4386,\"desc\":\"invalid type of Authorization\"");
        assertReply(http.post("/rest/sql", "select 1", "Authorization", "Basic xx"), 401,
                "{\"code\":4388,\"desc\":\"invalid basic Authorization\"");
        assertReply(http.post("/rest/sql", "select 1", "Authorization", "Taosd xx"), 401,
                "{\"code\":4389,\"desc\":\"invalid taosd Authorization\"");
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("root:wrong".getBytes());
        assertReply(http.post("/rest/sql", "select 1", "Authorization", wrong), 200,
                "{\"code\":855,\"desc\":\"Authentication failure\"");
        String nobody = "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:x".getBytes());
        assertReply(http.post("/rest/sql", "select 1", "Authorization", nobody), 200,
                "{\"code\":849,\"desc\":\"Invalid user\"");
    }

    private static void assertReply(HttpResponse<String> r, int status, String start) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(untimed(r.body())).isEqualTo(start + ",\"timing\":0}");
        assertThat(r.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
    }

    @Test
    void answersStatementsWithAffectedRows() {
        assertThat(http.sql("create database if not exists rest_other").body())
                .isEqualTo("{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[0]],\"rows\":1}");
        HttpResponse<String> r = http.post("/rest/sql/rest_other?row_with_meta=true&timing=true",
                "create table if not exists nt (ts timestamp, v int)", "Authorization", ROOT);
        assertThat(untimed(r.body())).isEqualTo("{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],"
                + "\"data\":[{\"affected_rows\":0}],\"rows\":1,\"timing\":0}");
        assertThat(http.post("/rest/sql/rest_other", "insert into nt values (1700000000000, 1) (1700000000001, 2)",
                "Authorization", ROOT).body()).contains("\"data\":[[2]]");
    }

    @Test
    void writesQueryResultsAsTheAdapterDoes() {
        HttpResponse<String> r = http.sql("select * from rest_db.st order by ts");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(r.body()).isEqualTo("{\"code\":0,\"column_meta\":[[\"ts\",\"TIMESTAMP\",8],[\"d\",\"DOUBLE\",8],"
                + "[\"f\",\"FLOAT\",4],[\"vb\",\"VARBINARY\",8],[\"nc\",\"NCHAR\",8],[\"ub\",\"BIGINT UNSIGNED\",8],"
                + "[\"b\",\"BOOL\",1],[\"t\",\"VARCHAR\",8]],\"data\":["
                + "[\"2023-11-14T22:13:20.000Z\",1e-07,1.5,\"7f8290\",\"nç\",18446744073709551615,true,\"x\"],"
                + "[\"2023-11-14T22:13:20.001Z\",1e+21,null,null,null,null,null,\"x\"]],\"rows\":2}");
    }

    @Test
    void formatsTimestampsInTheRequestedZoneWithRowsAsObjects() {
        HttpResponse<String> r = http.post("/rest/sql?tz=Asia/Shanghai&row_with_meta=true&timing=true",
                "select ts, t from rest_db.st order by ts limit 1", "Authorization", ROOT);
        assertThat(untimed(r.body())).isEqualTo("{\"code\":0,\"column_meta\":[[\"ts\",\"TIMESTAMP\",8],"
                + "[\"t\",\"VARCHAR\",8]],\"data\":[{\"ts\":\"2023-11-15T06:13:20.000+08:00\",\"t\":\"x\"}],"
                + "\"rows\":1,\"timing\":0}");
    }

    @Test
    void printsMicroAndNanosecondFractionsInFull() {
        http.sql("create database rest_ns precision 'ns'");
        http.sql("create table rest_ns.nt (ts timestamp, v int)");
        http.sql("insert into rest_ns.nt values (1700000000123456700, 1)");
        assertThat(http.sql("select ts from rest_ns.nt").body()).contains("[\"2023-11-14T22:13:20.123456700Z\"]");
        http.sql("create database rest_us precision 'us'");
        http.sql("create table rest_us.nt (ts timestamp, v int)");
        http.sql("insert into rest_us.nt values (1700000000000000, 1)");
        assertThat(http.sql("select ts from rest_us.nt").body()).contains("[\"2023-11-14T22:13:20.000000Z\"]");
    }

    @Test
    void reportsTDengineErrorsWithStatus200() {
        assertReply(http.sql("select * from rest_db.nothing"), 200, "{\"code\":9731,\"desc\":\"Table does not exist\"");
        HttpResponse<String> r = http.sql("selec 1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(untimed(r.body())).isEqualTo("{\"code\":9728,\"desc\":\"syntax error near \\\"selec 1\\\"\","
                + "\"timing\":0}");
    }

    @Test
    void refusesBadParametersWith400() {
        assertReply(http.post("/rest/sql?req_id=abc", "select 1", "Authorization", ROOT), 400,
                "{\"code\":65535,\"desc\":\"illegal param, req_id must be numeric strconv.ParseInt: parsing \\\"abc\\\":"
                        + " invalid syntax\"");
        assertReply(http.post("/rest/sql?tz=Foo/Bar", "select 1", "Authorization", ROOT), 400,
                "{\"code\":65535,\"desc\":\"unknown time zone Foo/Bar\"");
        assertReply(http.post("/rest/sql?row_with_meta=maybe", "select 1", "Authorization", ROOT), 400,
                "{\"code\":65535,\"desc\":\"illegal param, row_with_meta must be boolean strconv.ParseBool: parsing"
                        + " \\\"maybe\\\": invalid syntax\"");
        assertReply(http.post("/rest/sql", "", "Authorization", ROOT), 400, "{\"code\":4358,\"desc\":\"request is empty\"");
        assertReply(http.post("/rest/sql", "  \n ", "Authorization", ROOT), 400, "{\"code\":4359,\"desc\":\"no sql input\"");
        assertThat(http.post("/rest/sql?req_id=42", "select 1", "Authorization", ROOT).statusCode()).isEqualTo(200);
    }

    @Test
    void answersUnknownPathsWithPlainText404() {
        HttpResponse<String> r = http.post("/rest/nothing", "select 1", "Authorization", ROOT);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("404 page not found");
        assertThat(http.get("/rest/sql", "Authorization", ROOT).statusCode()).isEqualTo(404);
    }

    @Test
    void listsVgroupsOfTableNames() {
        HttpResponse<String> r = http.post("/rest/sql/rest_db/vgid", "[\"t1\",\"t2\"]", "Authorization", ROOT);
        assertThat(r.body()).matches("\\{\"code\":0,\"vgIDs\":\\[\\d+,\\d+]}");
    }

    @Test
    void acceptsGzipCompressedBodies() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("select count(*) from rest_db.st".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.postBytes("/rest/sql", bytes.toByteArray(), "Authorization", ROOT,
                "Content-Encoding", "gzip");
        assertThat(r.body()).isEqualTo("{\"code\":0,\"column_meta\":[[\"count(*)\",\"BIGINT\",8]],\"data\":[[2]],"
                + "\"rows\":1}");
    }

    @Test
    void streamsLargeResults() {
        http.sql("create database rest_big");
        // sixty children of a thousand rows each
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            payload.append("big,t=c").append(i / 1000).append(" v=").append(i).append("i ")
                    .append(1_700_000_000_000L + i % 1000).append('\n');
        }
        HttpResponse<String> w = http.post("/influxdb/v1/write?db=rest_big&precision=ms", payload.toString(),
                "Authorization", ROOT);
        assertThat(w.statusCode()).isEqualTo(204);
        HttpResponse<String> r = http.sql("select v from rest_big.big");
        assertThat(r.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(r.body()).startsWith("{\"code\":0,\"column_meta\":[[\"v\",\"BIGINT\",8]],\"data\":[[")
                .endsWith("]],\"rows\":60000}");
    }
}
