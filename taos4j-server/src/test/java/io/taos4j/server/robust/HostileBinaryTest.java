package io.taos4j.server.robust;

import static io.taos4j.server.robust.Fixture.assertError;
import static io.taos4j.server.robust.Fixture.binary;
import static io.taos4j.server.robust.Fixture.json;
import static io.taos4j.server.robust.Fixture.sqlBody;
import static io.taos4j.server.robust.Fixture.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.ws.FetchRawBlockResponse;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.server.TaosServer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Binary frames with truncated or corrupt headers for every binary action, after {@code conn}: taosAdapter's
 * checks and texts (ws-sql.md §2.4, §4.2, §5.4; controller/ws/ws/query.go, fetch.go, stmt2.go), a JSON reply or,
 * for {@code fetch_raw_block}, its binary error frame. Where the adapter reads without checking (frames under 24
 * bytes, raw writes) the server answers {@code message length is too short} instead of reading past the end.
 */
class HostileBinaryTest {
    private static final int ADAPTER = 65535;
    private static final String SHORT = "message length is too short";
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
    void framesShorterThanTheHeader() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            ws.binary(new byte[0]);
            assertError(ws.nextText(), ADAPTER, SHORT, "unknown", 0);
            ws.binary(new byte[] {1, 2, 3});
            assertError(ws.nextText(), ADAPTER, SHORT, "unknown", 0);
            byte[] ten = Arrays.copyOf(le(77), 10);
            ws.binary(ten);
            assertError(ws.nextText(), ADAPTER, SHORT, "unknown", 77);
            ws.binary(Arrays.copyOf(binary(78, 1, 6, new byte[0]), 23));
            assertError(ws.nextText(), ADAPTER, SHORT, "unknown", 78);
        }
    }

    @Test
    void unknownActionCodes() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            for (long code : new long[] {0, 8, 12, 99, 1L << 32, -1L}) {
                ws.binary(binary(16, 0, code, version(1)));
                assertError(ws.nextText(), ADAPTER, "unknown binary action " + Long.toUnsignedString(code),
                        "unknown", 16);
            }
        }
    }

    @Test
    void binaryQueryAndValidateSql() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            for (var a : new Object[][] {{6L, "binary_query"}, {10L, "validate_sql"}}) {
                long code = (Long) a[0];
                String action = (String) a[1];
                ws.binary(binary(18, 0, code, new byte[0]));
                assertError(ws.nextText(), ADAPTER, SHORT, action, 18);
                ws.binary(binary(18, 0, code, sqlBody(1, 0, "")));
                assertError(ws.nextText(), ADAPTER, SHORT, action, 18);
                ws.binary(binary(17, 0, code, sqlBody(2, 8, "select 1")));
                assertError(ws.nextText(), ADAPTER, "unknown binary query version:2", action, 17);
                ws.binary(binary(17, 0, code, sqlBody(0xFFFF, 8, "select 1")));
                assertError(ws.nextText(), ADAPTER, "unknown binary query version:65535", action, 17);
                ws.binary(binary(19, 0, code, sqlBody(1, 100, "select 1")));
                assertError(ws.nextText(), ADAPTER, "uncompleted message, sql length:100, remainMessageLength:8",
                        action, 19);
                ws.binary(binary(19, 0, code, sqlBody(1, 0xFFFFFFFFL, "select 1")));
                assertError(ws.nextText(), ADAPTER,
                        "uncompleted message, sql length:4294967295, remainMessageLength:8", action, 19);
            }
            // bytes after the declared SQL are ignored, as the adapter slices message[30:30+len]
            ws.binary(binary(20, 0, 6, sqlBody(1, 8, "select 1 garbage")));
            JsonNode ok = json(ws.nextText());
            assertThat(ok.path("code").asInt()).isZero();
            free(ws, ok.path("id").asLong());
            // SQL that is not UTF-8 is a SQL error, not a failure
            ws.binary(binary(21, 0, 6, new byte[] {1, 0, 3, 0, 0, 0, (byte) 0xC3, (byte) 0x28, (byte) 0xFF}));
            JsonNode bad = json(ws.nextText());
            assertThat(bad.path("code").asInt()).isEqualTo(0x2600);
            // a write, a result and an error frame of the same sizes later still work
            ws.binary(binary(22, 0, 6, sqlBody(1, 24, "select count(*) from robust.t".substring(0, 24))));
            assertThat(json(ws.nextText()).path("code").asInt()).isNotZero();
        }
    }

    @Test
    void fetchRawBlockVariants() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            assertFetchError(ws, binary(30, 5, 7, new byte[0]), SHORT, 30, 5);
            assertFetchError(ws, binary(31, 5, 7, new byte[1]), SHORT, 31, 5);
            assertFetchError(ws, binary(32, 5, 7, version(2)), "unknown fetch raw block version", 32, 5);
            assertFetchError(ws, binary(33, 999, 7, version(1)), "result is nil", 33, 999);
            assertFetchError(ws, binary(34, 0, 7, version(1)), "result is nil", 34, 0);
            assertFetchError(ws, binary(-2L, -1L, 7, version(1)), "result is nil", -2L, -1L);
            // a live result: bytes after the version are ignored; a corrupt version frees nothing
            long id = json(Fixture.query(ws, 35, "select v from robust.t")).path("id").asLong();
            assertFetchError(ws, binary(36, id, 7, version(3)), "unknown fetch raw block version", 36, id);
            ws.binary(binary(37, id, 7, new byte[] {1, 0, 9, 9, 9}));
            FetchRawBlockResponse data = fetchReply(ws);
            assertThat(data.finished()).isFalse();
            assertThat(data.reqId()).isEqualTo(37);
            assertThat(server.stats().openResults()).isEqualTo(1);
            free(ws, id);
            assertFetchError(ws, binary(38, id, 7, version(1)), "result is nil", 38, id);
            free(ws, id); // double free: no reply, nothing happens
            free(ws, 0);
            free(ws, -1L);
            ws.text("{\"action\":\"version\",\"args\":{\"req_id\":39}}");
            assertThat(json(ws.nextText()).path("req_id").asLong()).as("no reply to the frees").isEqualTo(39);
        }
    }

    @Test
    void statementAndRawWriteFrames() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            // stmt2_bind: 30 bytes minimum, version 1; errors carry stmt_id
            ws.binary(binary(40, 7, 9, new byte[5]));
            assertStmtError(ws.nextText(), SHORT, "stmt2_bind", 40, 7);
            ws.binary(binary(41, 7, 9, new byte[] {2, 0, 0, 0, 0, 0}));
            assertStmtError(ws.nextText(), "unknown stmt2 bind version", "stmt2_bind", 41, 7);
            ws.binary(binary(42, 7, 9, new byte[] {1, 0, -1, -1, -1, -1, 1, 2, 3}));
            assertRefused(ws.nextText(), "stmt2_bind", 42);
            // stmt2_bind_exec: 26 bytes minimum
            ws.binary(binary(43, 7, 11, new byte[1]));
            assertStmtError(ws.nextText(), SHORT, "stmt2_bind_exec", 43, 7);
            ws.binary(binary(44, 7, 11, version(9)));
            assertStmtError(ws.nextText(), "unknown stmt2 bind exec version", "stmt2_bind_exec", 44, 7);
            // classic stmt binds on an unknown statement
            ws.binary(binary(45, 7, 1, new byte[3]));
            assertRefused(ws.nextText(), "set_tags", 45);
            ws.binary(binary(46, 7, 2, new byte[0]));
            assertRefused(ws.nextText(), "bind", 46);
            // raw writes whose lengths point past the frame
            ws.binary(binary(47, 0, 3, new byte[5]));
            assertError(ws.nextText(), ADAPTER, SHORT, "write_raw", 47);
            ws.binary(binary(48, 0, 3, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(1000).array()));
            assertError(ws.nextText(), ADAPTER, SHORT, "write_raw", 48);
            ws.binary(binary(49, 0, 4, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(1)
                    .putShort((short) 500).array()));
            assertError(ws.nextText(), ADAPTER, SHORT, "write_raw_block", 49);
            ws.binary(binary(50, 0, 5, ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN).putInt(1)
                    .putShort((short) 0).putInt(1).putInt(1 << 30).array()));
            assertError(ws.nextText(), ADAPTER, SHORT, "write_raw_block_with_fields", 50);
            ws.binary(binary(51, 0, 4, new byte[2]));
            assertError(ws.nextText(), ADAPTER, SHORT, "write_raw_block", 51);
        }
    }

    private static void assertStmtError(String reply, String message, String action, long reqId, long stmtId)
            throws Exception {
        assertError(reply, ADAPTER, message, action, reqId);
        assertThat(json(reply).path("stmt_id").asLong()).as(reply).isEqualTo(stmtId);
    }

    /** A well-formed frame the server cannot serve (no such statement, or not supported): a clear error reply. */
    private static void assertRefused(String reply, String action, long reqId) throws Exception {
        JsonNode n = json(reply);
        assertThat(n.path("code").asInt()).as(reply).isNotZero().isNotEqualTo(0x02FF);
        assertThat(n.path("message").asText()).as(reply).isNotEmpty();
        assertThat(n.path("action").asText()).as(reply).isEqualTo(action);
        assertThat(n.path("req_id").asLong()).as(reply).isEqualTo(reqId);
    }

    private static void assertFetchError(RawWs ws, byte[] frame, String message, long reqId, long resultId)
            throws Exception {
        ws.binary(frame);
        FetchRawBlockResponse r = fetchReply(ws);
        assertThat(r.code()).isEqualTo(ADAPTER);
        assertThat(r.message()).isEqualTo(message);
        assertThat(r.reqId()).isEqualTo(reqId);
        assertThat(r.resultId()).isEqualTo(resultId);
        assertThat(r.finished()).isTrue();
    }

    private static FetchRawBlockResponse fetchReply(RawWs ws) throws Exception {
        return (FetchRawBlockResponse) WsBinary.decodeResponse(ByteBuffer.wrap(ws.nextBinary()));
    }

    static void free(RawWs ws, long id) throws Exception {
        ws.text("{\"action\":\"free_result\",\"args\":{\"req_id\":1,\"id\":" + Long.toUnsignedString(id) + "}}");
    }

    private static byte[] le(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }
}
