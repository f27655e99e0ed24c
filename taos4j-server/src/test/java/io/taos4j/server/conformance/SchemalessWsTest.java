package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code /ws} {@code insert} action (ws-sql.md §6) over a raw WebSocket: replies and checks in order. */
class SchemalessWsTest {
    private static TaosServer server;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String call(JdkWebSocket ws, String json) throws InterruptedException {
        ws.sendText(json);
        Object reply = ws.poll(Duration.ofSeconds(10));
        assertThat(reply).as("reply to %s", json).isInstanceOf(String.class);
        return ((String) reply).replaceAll("\"timing\":\\d+", "\"timing\":0");
    }

    private static String insert(long reqId, int protocol, String precision, String data, String extra) {
        return "{\"action\":\"insert\",\"args\":{\"req_id\":" + reqId + ",\"protocol\":" + protocol + ",\"precision\":\""
                + precision + "\",\"data\":\"" + data.replace("\"", "\\\"").replace("\n", "\\n") + "\",\"ttl\":0"
                + extra + "}}";
    }

    @Test
    void writesAndAnswersAsTaosAdapter() throws Exception {
        try (JdkWebSocket ws = JdkWebSocket.connect(server.port(), "/ws")) {
            assertThat(call(ws, insert(1, 1, "ms", "m v=1 1700000000000", ""))).isEqualTo(
                    "{\"code\":65535,\"message\":\"server not connected\",\"action\":\"insert\",\"req_id\":1,"
                            + "\"timing\":0}");
            assertThat(call(ws, "{\"action\":\"conn\",\"args\":{\"req_id\":2,\"user\":\"root\",\"password\":\"taosdata\"}}"))
                    .contains("\"code\":0");
            assertThat(call(ws, insert(3, 1, "ms", "m v=1 1700000000000", ""))).isEqualTo(
                    "{\"code\":9750,\"message\":\"Database not specified\",\"action\":\"insert\",\"req_id\":3,\"timing\":0}");
            call(ws, "{\"action\":\"query\",\"args\":{\"req_id\":4,\"sql\":\"create database ws_sml\"}}");
            call(ws, "{\"action\":\"query\",\"args\":{\"req_id\":5,\"sql\":\"use ws_sml\"}}");
            assertThat(call(ws, insert(6, 0, "ms", "m v=1 1700000000000", ""))).isEqualTo(
                    "{\"code\":65535,\"message\":\"schemaless write protocol is null\",\"action\":\"insert\","
                            + "\"req_id\":6,\"timing\":0}");
            assertThat(call(ws, insert(7, 4, "ms", "m v=1 1700000000000", ""))).isEqualTo(
                    "{\"code\":12288,\"message\":\"protocol invalidate\",\"action\":\"insert\",\"req_id\":7,\"timing\":0}");
            assertThat(call(ws, insert(8, 1, "ms", "", ""))).isEqualTo(
                    "{\"code\":280,\"message\":\"Invalid parameters\",\"action\":\"insert\",\"req_id\":8,\"timing\":0}");
            assertThat(call(ws, insert(9, 1, "ms", "# c\nm,id=d.1 v=1 1700000000000\nm,id=d.1 v=2 1700000000001",
                    ",\"table_name_key\":\"id\""))).isEqualTo("{\"code\":0,\"message\":\"\",\"action\":\"insert\","
                    + "\"req_id\":9,\"timing\":0,\"affected_rows\":2,\"total_rows\":2}");
            assertThat(call(ws, insert(10, 2, "", "cpu 1700000000 1.5 host=a", ""))).contains("\"affected_rows\":1");
            assertThat(call(ws, insert(11, 3, "", "{\"metric\":\"mem\",\"timestamp\":1700000000000,\"value\":2,"
                    + "\"tags\":{\"host\":\"a\"}}", ""))).contains("\"affected_rows\":1,\"total_rows\":1");
            assertThat(call(ws, "{\"action\":\"query\",\"args\":{\"req_id\":12,\"sql\":\"select count(*) from d_1\"}}"))
                    .contains("\"code\":0");
        }
    }
}
