package io.taos4j.server.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.server.ServerStats;
import io.taos4j.server.TaosServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The server every hostile-input test runs against, with known data, and the checks that follow each test: no
 * server-side failure was counted, every connection and result was released, a new connection still works and the
 * known data is intact, no ByteBuf leaked.
 */
final class Fixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONN = "{\"action\":\"conn\",\"args\":{\"req_id\":1,\"user\":\"root\",\"password\":\"taosdata\"}}";
    /** Rows of the known table and the sum of its {@code v} column. */
    static final int ROWS = 3000;
    static final long SUM = (long) ROWS * (ROWS - 1) / 2;

    private Fixture() {
    }

    /** A server on a free port holding {@code robust.t} with {@link #ROWS} rows (v = 0, 1, ...). */
    static TaosServer start(TaosServer.Builder builder) throws IOException {
        LeakWatch.install();
        TaosServer server = builder.port(0).start();
        try (RawWs ws = login(server)) {
            ok(ws, query(ws, 2, "create database robust"));
            ok(ws, query(ws, 3, "create table robust.t (ts timestamp, v int, s varchar(16))"));
            StringBuilder insert = new StringBuilder();
            for (int i = 0; i < ROWS; i++) {
                if (i % 500 == 0) {
                    if (insert.length() > 0) {
                        ok(ws, query(ws, 4, insert.toString()));
                    }
                    insert.setLength(0);
                    insert.append("insert into robust.t values");
                }
                insert.append(" (").append(1_700_000_000_000L + i).append(", ").append(i).append(", 'r").append(i)
                        .append("')");
            }
            ok(ws, query(ws, 4, insert.toString()));
        }
        return server;
    }

    /** A new socket with a successful {@code conn}. */
    static RawWs login(TaosServer server) throws IOException {
        RawWs ws = RawWs.connect(server.port());
        ws.text(CONN);
        ok(ws, ws.nextText());
        return ws;
    }

    static String query(RawWs ws, long reqId, String sql) throws IOException {
        ws.text("{\"action\":\"query\",\"args\":{\"req_id\":" + reqId + ",\"sql\":" + JSON.writeValueAsString(sql)
                + "}}");
        return ws.nextText();
    }

    static JsonNode ok(RawWs ws, String reply) throws IOException {
        JsonNode n = JSON.readTree(reply);
        assertThat(n.path("code").asInt()).as(reply).isZero();
        return n;
    }

    static JsonNode json(String reply) throws IOException {
        return JSON.readTree(reply);
    }

    /** Asserts a JSON error reply: code, message, action and req_id as taosAdapter sends them. */
    static void assertError(String reply, int code, String message, String action, long reqId) throws IOException {
        JsonNode n = JSON.readTree(reply);
        assertThat(n.path("code").asInt()).as(reply).isEqualTo(code);
        assertThat(n.path("message").asText()).as(reply).isEqualTo(message);
        assertThat(n.path("action").asText()).as(reply).isEqualTo(action);
        assertThat(Long.parseUnsignedLong(n.path("req_id").asText())).as(reply).isEqualTo(reqId);
        assertThat(n.has("timing")).as(reply).isTrue();
    }

    /** A binary request: req_id, resource id, action code, then {@code body}. */
    static byte[] binary(long reqId, long resourceId, long action, byte[] body) {
        return ByteBuffer.allocate(24 + body.length).order(ByteOrder.LITTLE_ENDIAN).putLong(reqId)
                .putLong(resourceId).putLong(action).put(body).array();
    }

    /** The body of binary_query / validate_sql: version, declared SQL length, SQL bytes. */
    static byte[] sqlBody(int version, long declaredLength, String sql) {
        byte[] s = sql.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(6 + s.length).order(ByteOrder.LITTLE_ENDIAN).putShort((short) version)
                .putInt((int) declaredLength).put(s).array();
    }

    static byte[] version(int version) {
        return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) version).array();
    }

    /**
     * The checks after a hostile test: every connection and result released (waiting for the server to notice
     * dropped sockets), no server-side failure, a new connection reads the known data unchanged, no ByteBuf leak.
     */
    static void assertHealthy(TaosServer server) throws Exception {
        ServerStats s = server.stats();
        for (int i = 0; i < 500 && (s.connections() != 0 || s.openResults() != 0); i++) {
            Thread.sleep(20);
            s = server.stats();
        }
        assertThat(s.unexpectedErrors()).as("server-side failures (see the log)").isZero();
        assertThat(s.connections()).as("open connections").isZero();
        assertThat(s.openResults()).as("open results").isZero();
        assertIntact(server);
        LeakWatch.assertNoLeaks();
    }

    /** A new connection reads the known table unchanged. */
    static void assertIntact(TaosServer server) throws IOException {
        try (RawWs ws = login(server)) {
            JsonNode q = ok(ws, query(ws, 9, "select count(*), sum(v), last(s) from robust.t"));
            long id = q.path("id").asLong();
            ws.binary(binary(10, id, 7, version(1)));
            var block = io.taos4j.protocol.block.RawBlock.decode(
                    ((io.taos4j.protocol.ws.FetchRawBlockResponse) io.taos4j.protocol.ws.WsBinary.decodeResponse(
                            ByteBuffer.wrap(ws.nextBinary()))).block());
            assertThat(block.getLong(0, 0)).as("rows").isEqualTo(ROWS);
            assertThat(block.getLong(1, 0)).as("sum").isEqualTo(SUM);
            assertThat(block.getString(2, 0)).as("last s").isEqualTo("r" + (ROWS - 1));
            ws.text("{\"action\":\"free_result\",\"args\":{\"req_id\":11,\"id\":" + id + "}}");
        }
    }
}
