package io.taos4j.server.robust;

import static io.taos4j.server.robust.Fixture.assertError;
import static io.taos4j.server.robust.Fixture.binary;
import static io.taos4j.server.robust.Fixture.json;
import static io.taos4j.server.robust.Fixture.sqlBody;
import static io.taos4j.server.robust.Fixture.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.server.TaosServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text frames that are not what the protocol expects, over a real socket: each gets taosAdapter's reply (code 65535,
 * its message, the action and req_id it would echo; ws-sql.md §2.3, captures/live-ws-errors.jsonl), the connection
 * stays usable, and the server stays healthy (see {@link Fixture#assertHealthy}).
 */
class HostileJsonTest {
    private static final int ADAPTER = 65535;
    private static TaosServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Fixture.start(TaosServer.builder());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void healthy() throws Exception {
        Fixture.assertHealthy(server);
    }

    @Test
    void beforeConnAnswersAsTheAdapter() throws Exception {
        try (RawWs ws = RawWs.connect(server.port())) {
            ws.text("{bad");
            assertError(ws.nextText(), ADAPTER, "unmarshal request error", "", 0);
            for (String notAnObject : List.of("", "[1,2]", "\"text\"", "42", "true", "{\"action\":5}",
                    "{\"action\":\"version\"} trailing", "{\"action\":\"version\",}", "\u0000\u0001")) {
                ws.text(notAnObject);
                assertError(ws.nextText(), ADAPTER, "unmarshal request error", "", 0);
            }
            ws.text("{\"args\":{\"req_id\":8}}");
            assertError(ws.nextText(), ADAPTER, "request no action", "", 8);
            ws.text("null");
            assertError(ws.nextText(), ADAPTER, "request no action", "", 0);
            ws.text("{\"action\":\"\",\"args\":{\"req_id\":\"12\"}}");
            assertError(ws.nextText(), ADAPTER, "request no action", "", 12);
            ws.text("{\"action\":\"nosuch\",\"args\":{\"req_id\":9}}");
            assertError(ws.nextText(), ADAPTER, "server not connected", "nosuch", 9);
            ws.text("{\"action\":\"query\",\"args\":{\"req_id\":10,\"sql\":\"select 1\"}}");
            assertError(ws.nextText(), ADAPTER, "server not connected", "query", 10);
            ws.text("{\"action\":\"query\",\"args\":{\"req_id\":\"x\"}}");
            assertError(ws.nextText(), ADAPTER, "server not connected", "query", 0);
            ws.binary(binary(5, 0, 6, sqlBody(1, 8, "select 1")));
            assertError(ws.nextText(), ADAPTER, "server not connected", "binary_query", 5);
            ws.binary(binary(6, 1, 7, version(1)));
            assertError(ws.nextText(), ADAPTER, "server not connected", "fetch_raw_block", 6);
            ws.text("{\"action\":\"conn\",\"args\":{\"req_id\":3,\"user\":5}}");
            assertError(ws.nextText(), ADAPTER, "unmarshal connect request error", "conn", 3);
            ws.text("{\"action\":\"conn\"}");
            assertError(ws.nextText(), ADAPTER, "unmarshal connect request error", "conn", 0);
            ws.text("{\"action\":\"conn\",\"args\":[]}");
            assertError(ws.nextText(), ADAPTER, "unmarshal connect request error", "conn", 0);
            ws.text("{\"action\":\"conn\",\"args\":{\"req_id\":4,\"user\":\"root\",\"password\":\"taosdata\",\"mode\":1}}");
            assertError(ws.nextText(), ADAPTER, "unexpected mode:1", "conn", 4);
            ws.text("{\"action\":\"conn\",\"args\":{\"req_id\":5,\"user\":\"root\",\"password\":\"bad\"}}");
            assertError(ws.nextText(), 855, "Authentication failure", "conn", 5);
            ws.text("{\"action\":\"version\"}");
            assertThat(json(ws.nextText()).path("code").asInt()).isZero();
            // a failed conn leaves the socket usable for another conn
            ws.text(Fixture.CONN);
            assertThat(json(ws.nextText()).path("code").asInt()).isZero();
            ws.text(Fixture.CONN);
            assertError(ws.nextText(), ADAPTER, "duplicate connections", "conn", 1);
        }
    }

    @Test
    void unknownActionsAfterConn() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            for (String action : List.of("nosuch", "QUERY", "subscribe", "poll", "fetch_raw_block", "binary_query",
                    "x".repeat(5000))) {
                ws.text("{\"action\":\"" + action + "\",\"args\":{\"req_id\":21}}");
                assertError(ws.nextText(), ADAPTER, "unknown action " + action, action, 21);
            }
            ws.text("{\"action\":\"nosuch\",\"args\":{\"req_id\":18446744073709551615}}");
            assertError(ws.nextText(), ADAPTER, "unknown action nosuch", "nosuch", -1L);
        }
    }

    /** One action with args that do not fit it, and the req_id the adapter echoes in its error reply. */
    private record Bad(String action, String noun, String args, long reqId) {
    }

    /** Every action with args of the wrong JSON type: {@code unmarshal <noun> request error}, req_id echoed. */
    @Test
    void wrongArgsForEveryAction() throws Exception {
        List<Bad> cases = List.of(
                new Bad("query", "query", "\"req_id\":31,\"sql\":5", 31),
                new Bad("fetch", "fetch", "\"req_id\":31,\"id\":\"1\"", 31),
                new Bad("fetch_block", "fetch block", "\"req_id\":31,\"id\":-1", 31),
                new Bad("free_result", "free result", "\"req_id\":31,\"id\":1.5", 31),
                new Bad("num_fields", "num fields", "\"req_id\":31,\"result_id\":[]", 31),
                new Bad("insert", "schemaless insert", "\"req_id\":31,\"protocol\":\"line\"", 31),
                // req_id itself unreadable: the adapter takes the leading digits of a number, else 0
                new Bad("get_current_db", "get current db", "\"req_id\":-3", 0),
                new Bad("get_server_info", "get server info", "\"req_id\":1e3", 1),
                new Bad("init", "stmt init", "\"req_id\":\"a\"", 0),
                new Bad("options_connection", "options connection", "\"req_id\":31,\"options\":\"tz\"", 31),
                new Bad("get_connection_info", "get connection info", "\"req_id\":31,\"info\":true", 31),
                new Bad("prepare", "stmt prepare", "\"req_id\":31,\"sql\":{}", 31),
                new Bad("close", "stmt close", "\"req_id\":31,\"stmt_id\":-1", 31),
                new Bad("stmt2_init", "stmt2 init", "\"req_id\":31,\"single_stb_insert\":1", 31),
                new Bad("stmt2_prepare", "stmt2 prepare", "\"req_id\":31,\"get_fields\":\"yes\"", 31),
                new Bad("stmt2_exec", "stmt2 exec", "\"req_id\":31,\"stmt_id\":18446744073709551616", 31),
                new Bad("stmt2_result", "stmt2 result", "\"req_id\":31,\"stmt_id\":null,\"stmt_id\":\"1\"", 31),
                new Bad("stmt2_close", "stmt2 close", "\"req_id\":31,\"stmt_id\":[1]", 31));
        try (RawWs ws = Fixture.login(server)) {
            for (Bad c : cases) {
                ws.text("{\"action\":\"" + c.action() + "\",\"args\":{" + c.args() + "}}");
                assertError(ws.nextText(), ADAPTER, "unmarshal " + c.noun() + " request error", c.action(), c.reqId());
            }
            for (String args : List.of("[]", "\"x\"", "1", "true")) {
                ws.text("{\"action\":\"query\",\"args\":" + args + "}");
                assertError(ws.nextText(), ADAPTER, "unmarshal query request error", "query", 0);
            }
            ws.text("{\"action\":\"query\"}");
            assertError(ws.nextText(), ADAPTER, "unmarshal query request error", "query", 0);
            // still usable
            JsonNode q = json(Fixture.query(ws, 40, "select count(*) from robust.t"));
            assertThat(q.path("code").asInt()).isZero();
            ws.text("{\"action\":\"free_result\",\"args\":{\"req_id\":41,\"id\":" + q.path("id").asLong() + "}}");
        }
    }
}
