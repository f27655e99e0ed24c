package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.block.RawBlock;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.stmt.BindColumn;
import io.taos4j.protocol.stmt.Stmt2BindEncoder;
import io.taos4j.protocol.stmt.Stmt2BindTable;
import io.taos4j.protocol.stmt.StmtBindBlock;
import io.taos4j.protocol.ws.FetchRawBlockResponse;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.server.TaosServer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The classic statement actions and the stmt2 error replies on the wire, with a raw WebSocket client: JSON and
 * binary binds, field queries, a query through {@code use_result}, and the adapter's texts for misuse and
 * malformed frames (after which the session keeps working).
 */
class StmtProtocolTest {
    private static final Pattern TIMING = Pattern.compile("\"timing\":\\d+");
    private static TaosServer server;
    private JdkWebSocket ws;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void connect() throws Exception {
        ws = JdkWebSocket.connect(server.port(), "/ws");
        call("{\"action\":\"conn\",\"args\":{\"req_id\":1,\"user\":\"root\",\"password\":\"taosdata\"}}");
        String db = "p" + System.nanoTime();
        query("create database " + db);
        query("use " + db);
        query("create stable st (ts timestamp, v int, s nchar(4)) tags (t1 int, t2 varchar(8))");
        query("create table nt (ts timestamp, v int)");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void classicInsertWithJsonTagsAndColumns() throws Exception {
        assertThat(call("{\"action\":\"init\",\"args\":{\"req_id\":2}}"))
                .isEqualTo("{\"code\":0,\"message\":\"\",\"action\":\"init\",\"req_id\":2,\"timing\":0,\"stmt_id\":1}");
        assertThat(call(stmt("prepare", 3, 1, "\"sql\":\"INSERT INTO ? USING st TAGS(?, ?) VALUES(?, ?, ?)\"")))
                .endsWith("\"stmt_id\":1,\"is_insert\":true}");
        assertThat(call(stmt("set_table_name", 4, 1, "\"name\":\"d1\""))).endsWith("\"req_id\":4,\"timing\":0,\"stmt_id\":1}");
        assertThat(call(stmt("get_tag_fields", 5, 1, null))).endsWith("\"fields\":[{\"name\":\"t1\",\"field_type\":4,"
                + "\"precision\":0,\"scale\":0,\"bytes\":4},{\"name\":\"t2\",\"field_type\":8,\"precision\":0,"
                + "\"scale\":0,\"bytes\":10}]}");
        assertThat(call(stmt("get_col_fields", 6, 1, null))).endsWith("\"fields\":[{\"name\":\"ts\",\"field_type\":9,"
                + "\"precision\":0,\"scale\":0,\"bytes\":8},{\"name\":\"v\",\"field_type\":4,\"precision\":0,"
                + "\"scale\":0,\"bytes\":4},{\"name\":\"s\",\"field_type\":10,\"precision\":0,\"scale\":0,"
                + "\"bytes\":18}]}");
        assertThat(call(stmt("stmt_num_params", 7, 1, null))).endsWith("\"num_params\":3}");
        assertThat(call(stmt("stmt_get_param", 8, 1, "\"index\":2"))).endsWith("\"index\":2,\"data_type\":10,\"length\":18}");
        assertThat(call(stmt("set_tags", 9, 1, "\"tags\":[7,\"sf\"]"))).contains("\"code\":0");
        assertThat(call(stmt("bind", 10, 1, "\"columns\":[[1700000000000,\"2023-11-14T22:13:21Z\"],[1,null],"
                + "[\"ab\",\"你好\"]]"))).contains("\"code\":0");
        assertThat(call(stmt("add_batch", 11, 1, null))).contains("\"code\":0");
        assertThat(call(stmt("exec", 12, 1, null))).endsWith("\"stmt_id\":1,\"affected\":2}");
        ws.sendText(stmt("close", 13, 1, null)); // no reply
        assertThat(call(stmt("exec", 14, 1, null))).isEqualTo("{\"code\":65535,\"message\":\"stmt is nil\","
                + "\"action\":\"exec\",\"req_id\":14,\"timing\":0,\"stmt_id\":1}");
        assertThat(rows("select tbname, t1, t2, ts, v, s from st order by ts"))
                .containsExactly(List.of("d1", 7, "sf", 1_700_000_000_000L, 1, "ab"),
                        java.util.Arrays.asList("d1", 7, "sf", 1_700_000_001_000L, null, "你好"));
    }

    @Test
    void classicBinaryBindAndQueryThroughUseResult() throws Exception {
        call("{\"action\":\"init\",\"args\":{\"req_id\":2}}");
        call(stmt("prepare", 3, 1, "\"sql\":\"INSERT INTO nt VALUES(?, ?)\""));
        LongVector ts = LongVector.wrap(TaosType.TIMESTAMP, new long[] {1_700_000_000_000L, 1_700_000_000_001L}, 2);
        IntVector v = IntVector.wrap(TaosType.INT, new int[] {5, 6}, 2);
        byte[] frame = bytes(WsBinary.encode(StmtBindBlock.bind(20, 1, List.of(ColumnSchema.of(TaosType.TIMESTAMP),
                ColumnSchema.of(TaosType.INT)), List.of(ts, v))));
        ws.sendBinary(frame);
        assertThat(next()).endsWith("\"action\":\"bind\",\"req_id\":20,\"timing\":0,\"stmt_id\":1}");
        call(stmt("add_batch", 21, 1, null));
        assertThat(call(stmt("exec", 22, 1, null))).endsWith("\"affected\":2}");

        call("{\"action\":\"init\",\"args\":{\"req_id\":30}}");
        assertThat(call(stmt("prepare", 31, 2, "\"sql\":\"select v from nt where v > ?\"")))
                .endsWith("\"is_insert\":false}");
        assertThat(call(stmt("stmt_num_params", 32, 2, null))).endsWith("\"num_params\":1}");
        IntVector param = IntVector.wrap(TaosType.INT, new int[] {5}, 1);
        ws.sendBinary(bytes(WsBinary.encode(StmtBindBlock.bind(33, 2, List.of(ColumnSchema.of(TaosType.INT)),
                List.of(param)))));
        assertThat(next()).contains("\"code\":0");
        call(stmt("add_batch", 34, 2, null));
        assertThat(call(stmt("exec", 35, 2, null))).endsWith("\"affected\":0}");
        String use = call(stmt("use_result", 36, 2, null));
        assertThat(use).contains("\"stmt_id\":2,\"result_id\":").contains("\"fields_names\":[\"v\"]");
        Matcher m = Pattern.compile("\"result_id\":(\\d+)").matcher(use);
        assertThat(m.find()).isTrue();
        ByteBuffer fetch = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN).putLong(37)
                .putLong(Long.parseLong(m.group(1))).putLong(7).putShort((short) 1);
        ws.sendBinary(fetch.array());
        FetchRawBlockResponse block = (FetchRawBlockResponse) WsBinary.decodeResponse(ByteBuffer.wrap((byte[]) ws.poll(
                Duration.ofSeconds(10))));
        RawBlock b = RawBlock.decode(block.block());
        assertThat(b.rows()).isEqualTo(1);
        assertThat(b.getInt(0, 0)).isEqualTo(6);
    }

    @Test
    void answersMisuseAndMalformedFramesAndKeepsTheSession() throws Exception {
        call("{\"action\":\"init\",\"args\":{\"req_id\":2}}");
        call("{\"action\":\"stmt2_init\",\"args\":{\"req_id\":3}}");
        assertThat(call("{\"action\":\"stmt2_close\",\"args\":{\"req_id\":4,\"stmt_id\":1}}"))
                .isEqualTo("{\"code\":65535,\"message\":\"stmtID:1, isStmt2:true not match\",\"action\":\"stmt2_close\","
                        + "\"req_id\":4,\"timing\":0,\"stmt_id\":1}");
        assertThat(call(stmt("prepare", 5, 2, "\"sql\":\"select 1\""))).contains("\"message\":\"stmt is nil\"");
        assertThat(call("{\"action\":\"stmt2_prepare\",\"args\":{\"req_id\":6,\"stmt_id\":2,\"sql\":\"show tables\","
                + "\"get_fields\":true}}")).isEqualTo("{\"code\":9728,\"message\":\"stmt only support 'SELECT' or "
                + "'INSERT'\",\"action\":\"stmt2_prepare\",\"req_id\":6,\"timing\":0,\"stmt_id\":2}");
        call(stmt("prepare", 7, 1, "\"sql\":\"INSERT INTO ? USING st TAGS(?, ?) VALUES(?, ?, ?)\""));
        call(stmt("set_table_name", 8, 1, "\"name\":\"d9\""));
        // a set_tags block of two rows, then garbage instead of a block
        IntVector two = IntVector.wrap(TaosType.INT, new int[] {1, 2}, 2);
        BinaryVector s = new BinaryVector(TaosType.VARCHAR, 2);
        s.append("a");
        s.append("b");
        byte[] block = io.taos4j.protocol.block.RawBlockEncoder.encode(List.of(ColumnSchema.of(TaosType.INT),
                ColumnSchema.varchar(8)), List.of(two, s), 0, 2);
        ByteBuffer frame = ByteBuffer.allocate(24 + block.length).order(ByteOrder.LITTLE_ENDIAN).putLong(9).putLong(1)
                .putLong(1).put(block);
        ws.sendBinary(frame.array());
        assertThat(next()).contains("\"message\":\"rows not equal 1\"").contains("\"action\":\"set_tags\"");
        ByteBuffer garbage = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN).putLong(10).putLong(1).putLong(2);
        ws.sendBinary(garbage.array());
        assertThat(next()).contains("\"code\":65535").contains("\"action\":\"bind\"").contains("\"stmt_id\":1");
        assertThat(call(stmt("set_tags", 11, 1, "\"tags\":[\"x\",1]")))
                .contains("\"code\":65535").contains("stmt parse tag json:");
        assertThat(call(stmt("bind", 12, 1, "\"columns\":[[1700000000000],[\"one\"],[\"z\"]]")))
                .contains("\"message\":\"stmt parse column json:").contains("\"stmt_id\":1");
        // the session is still fine
        assertThat(call(stmt("set_tags", 13, 1, "\"tags\":[1,\"x\"]"))).contains("\"code\":0");
        assertThat(call(stmt("bind", 14, 1, "\"columns\":[[1700000000000],[1],[\"z\"]]"))).contains("\"code\":0");
        assertThat(call(stmt("exec", 15, 1, null))).endsWith("\"affected\":1}");
    }

    @Test
    void stmt2RejectsWrongTypesNamingTheParameterAndWritesNothing() throws Exception {
        call("{\"action\":\"stmt2_init\",\"args\":{\"req_id\":2,\"single_stb_insert\":false,"
                + "\"single_table_bind_once\":false}}");
        assertThat(call("{\"action\":\"stmt2_prepare\",\"args\":{\"req_id\":3,\"stmt_id\":1,\"sql\":"
                + "\"INSERT INTO ? USING st TAGS(?, ?) VALUES(?, ?, ?)\",\"get_fields\":true}}"))
                .contains("\"is_insert\":true").contains("\"fields_count\":6");
        LongVector ts = LongVector.wrap(TaosType.TIMESTAMP, new long[] {1_700_000_000_000L}, 1);
        BinaryVector text = new BinaryVector(TaosType.VARCHAR, 1);
        text.append("x");
        BinaryVector nchar = new BinaryVector(TaosType.NCHAR, 1);
        nchar.append("y");
        IntVector one = IntVector.wrap(TaosType.INT, new int[] {1}, 1);
        // v bound as VARCHAR instead of INT
        ws.sendBinary(bytes(Stmt2BindEncoder.encodeFrame(4, 1, List.of(new Stmt2BindTable("c1",
                List.of(BindColumn.of(one), BindColumn.of(text)),
                List.of(BindColumn.of(ts), BindColumn.of(text), BindColumn.of(nchar)))))));
        assertThat(next()).isEqualTo("{\"code\":512,\"message\":\"column type mis-match with buffer type: v is INT,"
                + " bound VARCHAR\",\"action\":\"stmt2_bind\",\"req_id\":4,\"timing\":0,\"stmt_id\":1}");
        // tag t1 bound as VARCHAR instead of INT
        ws.sendBinary(bytes(Stmt2BindEncoder.encodeFrame(5, 1, List.of(new Stmt2BindTable("c1",
                List.of(BindColumn.of(text), BindColumn.of(text)),
                List.of(BindColumn.of(ts), BindColumn.of(one), BindColumn.of(nchar)))))));
        assertThat(next()).contains("\"code\":512").contains("t1 is INT, bound VARCHAR");
        // a good table next to one with too few columns
        ws.sendBinary(bytes(Stmt2BindEncoder.encodeFrame(6, 1, List.of(new Stmt2BindTable("c1",
                List.of(BindColumn.of(one), BindColumn.of(text)), List.of(BindColumn.of(ts), BindColumn.of(one)))))));
        assertThat(next()).contains("\"code\":566").contains("bind number out of range or not match");
        assertThat(call("{\"action\":\"stmt2_exec\",\"args\":{\"req_id\":7,\"stmt_id\":1}}"))
                .contains("\"code\":1807,\"message\":\"invalid input\"");
        assertThat(rows("select count(*) from st").get(0).get(0)).isEqualTo(0L);
    }

    private static String stmt(String action, long reqId, long stmtId, String extra) {
        return "{\"action\":\"" + action + "\",\"args\":{\"req_id\":" + reqId + ",\"stmt_id\":" + stmtId
                + (extra == null ? "" : "," + extra) + "}}";
    }

    private void query(String sql) throws Exception {
        assertThat(call("{\"action\":\"query\",\"args\":{\"req_id\":100,\"sql\":\"" + sql + "\"}}"))
                .as(sql).contains("\"code\":0");
    }

    private List<List<Object>> rows(String sql) throws Exception {
        String reply = call("{\"action\":\"query\",\"args\":{\"req_id\":101,\"sql\":\"" + sql + "\"}}");
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        ws.sendBinary(ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN).putLong(102)
                .putLong(Long.parseLong(m.group(1))).putLong(7).putShort((short) 1).array());
        FetchRawBlockResponse r = (FetchRawBlockResponse) WsBinary.decodeResponse(ByteBuffer.wrap(
                (byte[]) ws.poll(Duration.ofSeconds(10))));
        RawBlock b = RawBlock.decode(r.block());
        List<List<Object>> out = new java.util.ArrayList<>();
        for (int row = 0; row < b.rows(); row++) {
            List<Object> values = new java.util.ArrayList<>();
            for (int c = 0; c < b.columnCount(); c++) {
                values.add(b.isNull(c, row) ? null : b.type(c).isText() ? b.getString(c, row)
                        : b.type(c) == TaosType.INT ? (Object) b.getInt(c, row) : (Object) b.getLong(c, row));
            }
            out.add(values);
        }
        return out;
    }

    private String call(String json) throws Exception {
        ws.sendText(json);
        return next();
    }

    private String next() throws Exception {
        Object reply = ws.poll(Duration.ofSeconds(10));
        assertThat(reply).isInstanceOf(String.class);
        return TIMING.matcher((String) reply).replaceAll("\"timing\":0");
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
