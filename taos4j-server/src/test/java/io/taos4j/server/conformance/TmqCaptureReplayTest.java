package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taos4j.protocol.tmq.FetchRawDataResponse;
import io.taos4j.protocol.tmq.TmqBinary;
import io.taos4j.protocol.tmq.TmqDataPayload;
import io.taos4j.protocol.tmq.TmqPayloadCodec;
import io.taos4j.protocol.ws.BinaryQueryRequest;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.server.TaosServer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the JDBC 3.7.9 TMQ sessions recorded against a real TDengine 3.3.7.5 (shared/protocol/captures): the SQL
 * of the {@code /ws} connections runs first as it came, then every {@code /rest/tmq} request is sent and each reply
 * compared with the recorded one ({@code live-jdbc-tmq.jsonl} is left out: its setup SQL was not recorded): JSON replies field by field except {@code timing} and the server's own numbers
 * (vgroup ids, WAL offsets); {@code fetch_raw_data} replies by code, message, rows, block schemas and table names.
 */
class TmqCaptureReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private record Line(int conn, String path, String dir, String op, String data) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc-3.7.9-tmq.jsonl"})
    void serverAnswersAsCaptured(String file) throws Exception {
        List<Line> lines = new ArrayList<>();
        for (String l : Files.readAllLines(Captures.directory().resolve(file))) {
            JsonNode o = JSON.readTree(l);
            lines.add(new Line(o.get("conn").asInt(), o.get("path").asText(), o.get("dir").asText(),
                    o.get("op").asText(), o.path("data").asText()));
        }
        int checked = 0;
        try (TaosServer server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).version("3.3.7.5.alpha")
                .start();
             Connection sql = DriverManager.getConnection("jdbc:TAOS-WS://127.0.0.1:" + server.port()
                     + "/?user=root&password=taosdata");
             Statement st = sql.createStatement()) {
            Map<Integer, JdkWebSocket> sockets = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (!l.dir().equals("c2s")) {
                    continue;
                }
                if (l.path().equals("/ws")) {
                    if (l.op().equals("binary") && WsBinary.decodeRequest(ByteBuffer.wrap(HEX.parseHex(l.data())))
                            instanceof BinaryQueryRequest q) {
                        st.execute(q.sql());
                    }
                    continue;
                }
                if (!l.op().equals("text")) {
                    continue;
                }
                JdkWebSocket ws = sockets.computeIfAbsent(l.conn(), c -> JdkWebSocket.connect(server.port(),
                        "/rest/tmq"));
                ws.sendText(l.data());
                for (int j = i + 1; j < lines.size(); j++) {
                    Line r = lines.get(j);
                    if (r.conn() != l.conn()) {
                        continue;
                    }
                    if (r.dir().equals("c2s")) {
                        break;
                    }
                    Object got = ws.poll(Duration.ofSeconds(10));
                    assertThat(got).as("reply to " + l.data()).isNotNull();
                    if (r.op().equals("text")) {
                        assertThat(masked((String) got)).as(l.data()).isEqualTo(masked(r.data()));
                    } else {
                        sameFetchRawData((byte[]) got, HEX.parseHex(r.data()));
                    }
                    checked++;
                }
            }
            for (JdkWebSocket ws : sockets.values()) {
                ws.close();
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    /** The reply without the values only the recorded server could produce. */
    private static JsonNode masked(String text) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(text);
        for (String k : List.of("timing", "vgroup_id", "offset", "version")) {
            if (o.has(k)) {
                o.put(k, 0);
            }
        }
        return o;
    }

    private static void sameFetchRawData(byte[] got, byte[] recorded) {
        FetchRawDataResponse g = TmqBinary.decodeFetchRawData(ByteBuffer.wrap(got));
        FetchRawDataResponse r = TmqBinary.decodeFetchRawData(ByteBuffer.wrap(recorded));
        assertThat(g.reqId()).isEqualTo(r.reqId());
        assertThat(g.code()).isEqualTo(r.code());
        assertThat(g.message()).isEqualTo(r.message());
        assertThat(g.messageId()).isEqualTo(r.messageId());
        if (r.code() != 0) {
            return;
        }
        assertThat(g.metaType()).isEqualTo(r.metaType());
        TmqDataPayload gp = TmqPayloadCodec.decode(g.metaType(), g.raw());
        TmqDataPayload rp = TmqPayloadCodec.decode(r.metaType(), r.raw());
        assertThat(gp.rows()).isEqualTo(rp.rows());
        assertThat(gp.withTbname()).isEqualTo(rp.withTbname());
        assertThat(gp.withSchema()).isEqualTo(rp.withSchema());
        assertThat(gp.blocks()).hasSameSizeAs(rp.blocks());
        for (int b = 0; b < rp.blocks().size(); b++) {
            TmqDataPayload.Block gb = gp.blocks().get(b);
            TmqDataPayload.Block rb = rp.blocks().get(b);
            assertThat(gb.schema()).isEqualTo(rb.schema());
            assertThat(gb.tableName()).isEqualTo(rb.tableName());
            assertThat(gb.precision()).isEqualTo(rb.precision());
            assertThat(gb.rawBlock().remaining()).isEqualTo(rb.rawBlock().remaining());
        }
    }
}
