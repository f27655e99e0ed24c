package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.protocol.tmq.FetchRawDataResponse;
import io.taos4j.protocol.tmq.TmqBinary;
import io.taos4j.server.TaosServer;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input on {@code /rest/tmq} gets taosAdapter's answers (tmq.md §1.2, §3.5, §8), from a raw WebSocket. */
class TmqErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TaosServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        try (Connection c = DriverManager.getConnection("jdbc:TAOS-WS://127.0.0.1:" + server.port()
                + "/?user=root&password=taosdata"); Statement st = c.createStatement()) {
            st.execute("create database te vgroups 1");
            st.execute("create table te.t (ts timestamp, v int)");
            st.execute("insert into te.t values (1700000000000, 1)");
            st.execute("create topic te_db as database te");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(JdkWebSocket ws) throws Exception {
        Object o = ws.poll(Duration.ofSeconds(10));
        assertThat(o).isInstanceOf(String.class);
        return JSON.readTree((String) o);
    }

    private static String subscribe(int reqId, String topic, String extra) {
        return "{\"action\":\"subscribe\",\"args\":{\"req_id\":" + reqId + ",\"user\":\"root\",\"password\":"
                + "\"taosdata\",\"group_id\":\"ge\",\"offset_rest\":\"earliest\",\"topics\":[\"" + topic + "\"]"
                + extra + "}}";
    }

    @Test
    void beforeSubscribe() throws Exception {
        try (JdkWebSocket ws = JdkWebSocket.connect(server.port(), "/rest/tmq")) {
            ws.sendText("{bad json");
            ws.sendText("{\"action\":\"nosuch\",\"args\":{\"req_id\":7}}");
            ws.sendText("{\"action\":\"commit\",\"args\":{\"req_id\":5,\"message_id\":1}}");
            JsonNode commit = json(ws); // the two frames before got no reply
            assertThat(commit.get("code").asInt()).isEqualTo(65535);
            assertThat(commit.get("message").asText()).isEqualTo("tmq not init");
            assertThat(commit.get("action").asText()).isEqualTo("commit");
            assertThat(commit.has("message_id")).isFalse();
            ws.sendText("{\"action\":\"fetch_json_meta\",\"args\":{\"req_id\":6,\"message_id\":1}}");
            assertThat(json(ws).get("message_id").asInt()).isEqualTo(1);
            ws.sendText("{\"action\":\"fetch_raw_data\",\"args\":{\"req_id\":8,\"message_id\":1}}");
            FetchRawDataResponse raw = TmqBinary.decodeFetchRawData(ByteBuffer.wrap((byte[]) ws.poll(
                    Duration.ofSeconds(10))));
            assertThat(raw.code()).isEqualTo(65535);
            assertThat(raw.message()).isEqualTo("tmq not init");
            assertThat(raw.reqId()).isEqualTo(8);

            ws.sendText("{\"action\":\"poll\",\"args\":{\"req_id\":9,\"blocking_time\":1000,\"message_id\":0}}");
            ws.sendText(subscribe(1, "no_such_topic", ""));
            JsonNode unknown = json(ws);
            assertThat(unknown.get("code").asInt()).isEqualTo(993);
            assertThat(unknown.get("message").asText()).isEqualTo("Topic not exist");
            ws.sendText(subscribe(2, "te_db", ""));
            assertThat(json(ws).get("action").asText()).isEqualTo("subscribe");
            JsonNode poll = json(ws); // the early poll, answered after the subscribe with its own req_id
            assertThat(poll.get("action").asText()).isEqualTo("poll");
            assertThat(poll.get("req_id").asInt()).isEqualTo(9);
            assertThat(poll.get("have_message").asBoolean()).isTrue();
            ws.sendText(subscribe(3, "te_db", ""));
            assertThat(json(ws).get("message").asText()).isEqualTo("tmq should have unsubscribed first");
        }
    }

    @Test
    void badOffsetsAndForeignVgroups() throws Exception {
        try (JdkWebSocket ws = JdkWebSocket.connect(server.port(), "/rest/tmq")) {
            ws.sendText(subscribe(1, "te_db", ",\"auto_commit\":\"false\""));
            assertThat(json(ws).get("code").asInt()).isZero();
            ws.sendText("{\"action\":\"assignment\",\"args\":{\"req_id\":2,\"topic\":\"te_db\"}}");
            JsonNode a = json(ws).get("assignment").get(0);
            int vg = a.get("vgroup_id").asInt();
            assertThat(a.get("offset").asLong()).isEqualTo(a.get("begin").asLong());

            ws.sendText("{\"action\":\"seek\",\"args\":{\"req_id\":3,\"topic\":\"te_db\",\"vgroup_id\":" + vg
                    + ",\"offset\":100000}}");
            JsonNode seek = json(ws);
            assertThat(seek.get("code").asInt()).isEqualTo(0x4007);
            assertThat(seek.get("message").asText()).isEqualTo("Offset out of range");
            ws.sendText("{\"action\":\"committed\",\"args\":{\"req_id\":4,\"topic_vgroup_ids\":[{\"topic\":\"te_db\","
                    + "\"vgroup_id\":" + (vg + 1000) + "}]}}");
            JsonNode foreign = json(ws);
            assertThat(foreign.get("code").asInt()).isEqualTo(0x4008);
            assertThat(foreign.get("message").asText()).isEqualTo("VgId does not belong to this consumer");
            ws.sendText("{\"action\":\"position\",\"args\":{\"req_id\":5,\"topic_vgroup_ids\":[{\"topic\":\"nope\","
                    + "\"vgroup_id\":" + vg + "}]}}");
            JsonNode topic = json(ws);
            assertThat(topic.get("code").asInt()).isEqualTo(0x4009);
            assertThat(topic.get("message").asText()).isEqualTo("Topic does not belong to this consumer");
            ws.sendText("{\"action\":\"committed\",\"args\":{\"req_id\":6,\"topic_vgroup_ids\":[{\"topic\":\"te_db\","
                    + "\"vgroup_id\":" + vg + "}]}}");
            assertThat(json(ws).get("committed").get(0).asLong()).isEqualTo(-2147467247L);

            ws.sendText("{\"action\":\"fetch_raw_data\",\"args\":{\"req_id\":7,\"message_id\":1}}");
            FetchRawDataResponse freed = TmqBinary.decodeFetchRawData(ByteBuffer.wrap((byte[]) ws.poll(
                    Duration.ofSeconds(10))));
            assertThat(freed.message()).isEqualTo("message has been freed");
            ws.sendText("{\"action\":\"poll\",\"args\":{\"req_id\":8,\"blocking_time\":1000,\"message_id\":0}}");
            assertThat(json(ws).get("message_id").asInt()).isEqualTo(1);
            ws.sendText("{\"action\":\"fetch_raw_data\",\"args\":{\"req_id\":9,\"message_id\":12345}}");
            FetchRawDataResponse other = TmqBinary.decodeFetchRawData(ByteBuffer.wrap((byte[]) ws.poll(
                    Duration.ofSeconds(10))));
            assertThat(other.message()).isEqualTo("message ID is not equal");
            assertThat(other.messageId()).isEqualTo(12345);
            ws.sendText("{\"action\":\"fetch_json_meta\",\"args\":{\"req_id\":10,\"message_id\":1}}");
            assertThat(json(ws).get("message").asText()).isEqualTo("message type can not get meta, type: 1");
            ws.sendText("{\"action\":\"poll\",\"args\":{\"req_id\":11,\"blocking_time\":0,\"message_id\":0}}");
            JsonNode again = json(ws); // a poll naming another message id gets the held message again
            assertThat(again.get("message_id").asInt()).isEqualTo(1);
            assertThat(again.get("req_id").asInt()).isEqualTo(11);
        }
    }

    @Test
    void subscribeOptionErrors() throws Exception {
        try (JdkWebSocket ws = JdkWebSocket.connect(server.port(), "/rest/tmq")) {
            ws.sendText(subscribe(1, "te_db", ",\"auto_commit\":\"maybe\""));
            assertThat(json(ws).get("message").asText())
                    .isEqualTo("strconv.ParseBool: parsing \"maybe\": invalid syntax");
        }
        try (JdkWebSocket ws = JdkWebSocket.connect(server.port(), "/rest/tmq")) {
            ws.sendText(subscribe(1, "te_db", ",\"config\":{\"no.such.key\":\"1\"}"));
            JsonNode r = json(ws);
            assertThat(r.get("code").asInt()).isEqualTo(65534);
        }
        try (JdkWebSocket ws = JdkWebSocket.connect(server.port(), "/rest/tmq")) {
            ws.sendText("{\"action\":\"subscribe\",\"args\":{\"req_id\":1,\"user\":\"root\",\"password\":\"bad\","
                    + "\"group_id\":\"g\",\"topics\":[\"te_db\"]}}");
            assertThat(json(ws).get("message").asText()).isEqualTo("init tscObj failed");
        }
    }

    @Test
    void oldFetchPathAndAdapterAutoCommit() throws Exception {
        try (JdkWebSocket ws = JdkWebSocket.connect(server.port(), "/rest/tmq")) {
            ws.sendText("{\"action\":\"subscribe\",\"args\":{\"req_id\":1,\"user\":\"root\",\"password\":"
                    + "\"taosdata\",\"group_id\":\"gauto\",\"offset_reset\":\"earliest\",\"topics\":[\"te_db\"],"
                    + "\"auto_commit\":\"true\",\"auto_commit_interval_ms\":\"0\"}}");
            assertThat(json(ws).get("code").asInt()).isZero();
            ws.sendText("{\"action\":\"poll\",\"args\":{\"req_id\":2,\"blocking_time\":1000}}");
            JsonNode poll = json(ws);
            int vg = poll.get("vgroup_id").asInt();
            ws.sendText("{\"action\":\"fetch\",\"args\":{\"req_id\":3,\"message_id\":1}}");
            JsonNode fetch = json(ws);
            assertThat(fetch.get("completed").asBoolean()).isFalse();
            assertThat(fetch.get("table_name").asText()).isEqualTo("t");
            assertThat(fetch.get("rows").asInt()).isEqualTo(1);
            assertThat(fetch.get("fields_names").toString()).isEqualTo("[\"ts\",\"v\"]");
            ws.sendText("{\"action\":\"fetch_block\",\"args\":{\"req_id\":4,\"message_id\":1}}");
            ByteBuffer block = ByteBuffer.wrap((byte[]) ws.poll(Duration.ofSeconds(10)))
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertThat(block.getLong(8)).isEqualTo(3); // the req_id of the preceding fetch
            assertThat(block.getLong(16)).isEqualTo(1);
            ws.sendText("{\"action\":\"fetch\",\"args\":{\"req_id\":5,\"message_id\":1}}");
            assertThat(json(ws).get("completed").asBoolean()).isTrue();
            ws.sendText("{\"action\":\"position\",\"args\":{\"req_id\":6,\"topic_vgroup_ids\":[{\"topic\":"
                    + "\"te_db\",\"vgroup_id\":" + vg + "}]}}");
            long position = json(ws).get("position").get(0).asLong();
            // the adapter commits all positions before a poll when its auto-commit is due (interval 0: always)
            ws.sendText("{\"action\":\"poll\",\"args\":{\"req_id\":7,\"blocking_time\":0,\"message_id\":1}}");
            assertThat(json(ws).get("have_message").asBoolean()).isFalse();
            ws.sendText("{\"action\":\"committed\",\"args\":{\"req_id\":8,\"topic_vgroup_ids\":[{\"topic\":"
                    + "\"te_db\",\"vgroup_id\":" + vg + "}]}}");
            assertThat(json(ws).get("committed").get(0).asLong()).isEqualTo(position);
        }
    }
}
