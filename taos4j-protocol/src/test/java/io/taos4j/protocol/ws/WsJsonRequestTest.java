package io.taos4j.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON requests: the adapter's pre-dispatch rules (ws-sql.md §2.3), Go's unmarshalling rules, and encoding. */
class WsJsonRequestTest {

    private static WsRequestException refused(String text) {
        WsRequestException e = catchThrowableOfType(WsRequestException.class, () -> WsJson.decodeRequest(text));
        assertThat(e).as("refused: %s", text).isNotNull();
        assertThat(e.code()).isEqualTo(65535);
        assertThat(e.reply()).isEqualTo(WsRequestException.Reply.JSON);
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{bad", "", "   ", "[]", "\"query\"", "42", "{\"action\":5}",
        "{\"action\":[\"query\"]}",
        "{\"action\":\"query\",\"args\":{}} x", "{\"action\":\"version\"}{}", "{\"action\":\"query\",}",
        "{'action':'query'}", "{\"action\":\"query\",\"args\":{\"sql\":\"a\u0001\"}}"})
    void textThatIsNotARequestEnvelopeIsAnUnmarshalError(String text) {
        WsRequestException e = refused(text);
        assertThat(e.getMessage()).isEqualTo("unmarshal request error");
        assertThat(e.action()).isEmpty();
        assertThat(e.reqId()).isZero();
        assertThat(e.checkedAfterConnection()).isFalse();
        assertThat(WsJson.encode(e.toErrorResponse(20372))).isEqualTo(
                "{\"code\":65535,\"message\":\"unmarshal request error\",\"action\":\"\",\"req_id\":0,\"timing\":20372}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"args\": {\"req_id\": 8}}|8",
        "{\"action\":\"\",\"args\":{\"req_id\":18446744073709551615}}|18446744073709551615",
        "{\"action\":null,\"args\":{\"req_id\":\"12abc\"}}|12",
        "{\"args\":{\"req_id\":\"+7\"}}|7",
        "{\"args\":{\"req_id\":\"99999999999999999999\"}}|18446744073709551615",
        "{\"args\":{\"req_id\":99999999999999999999}}|0",
        "{\"args\":{\"req_id\":12.9}}|12",
        "{\"args\":{\"req_id\":-3}}|0",
        "{\"args\":{\"req_id\":true}}|1",
        "{\"args\":{\"req_id\":[0]}}|1",
        "{\"args\":{\"REQ_ID\":5}}|0",
        "{\"args\":{\"req_id\":4,\"req_id\":5}}|4",
        "{\"args\":[1]}|0",
        "{}|0",
        "null|0"})
    void missingActionIsRequestNoActionWithTheReqIdReadLeniently(String text, String reqId) {
        WsRequestException e = refused(text);
        assertThat(e.getMessage()).isEqualTo("request no action");
        assertThat(e.action()).isEmpty();
        assertThat(Long.toUnsignedString(e.reqId())).isEqualTo(reqId);
        assertThat(e.checkedAfterConnection()).isFalse();
    }

    @Test
    void argsOfTheWrongShapeGiveTheAdaptersTextAfterTheSessionCheck() {
        WsRequestException e = refused("{\"action\": \"query\", \"args\": {\"req_id\": \"x\"}}");
        assertThat(e.getMessage()).isEqualTo("unmarshal query request error");
        assertThat(e.action()).isEqualTo("query");
        assertThat(e.reqId()).isZero();
        assertThat(e.checkedAfterConnection()).isTrue();
        assertThat(WsJson.encode(e.toErrorResponse(30735))).isEqualTo("{\"code\":65535,\"message\":"
                + "\"unmarshal query request error\",\"action\":\"query\",\"req_id\":0,\"timing\":30735}");

        e = refused("{\"action\":\"query\",\"args\":{\"req_id\":8,\"sql\":5}}");
        assertThat(e.reqId()).isEqualTo(8);
        assertThat(refused("{\"action\":\"query\"}").getMessage()).isEqualTo("unmarshal query request error");
        assertThat(refused("{\"action\":\"query\",\"args\":\"select 1\"}").getMessage())
                .isEqualTo("unmarshal query request error");
    }

    @ParameterizedTest
    @CsvSource({
        "version, unmarshal version request error, false",
        "conn, unmarshal connect request error, false",
        "check_server_status, unmarshal check server status request error, false",
        "query, unmarshal query request error, true",
        "fetch, unmarshal fetch request error, true",
        "fetch_block, unmarshal fetch block request error, true",
        "free_result, unmarshal free result request error, true",
        "num_fields, unmarshal num fields request error, true",
        "insert, unmarshal schemaless insert request error, true",
        "init, unmarshal stmt init request error, true",
        "prepare, unmarshal stmt prepare request error, true",
        "set_table_name, unmarshal stmt set table name request error, true",
        "set_tags, unmarshal stmt set tags request error, true",
        "bind, unmarshal stmt bind request error, true",
        "add_batch, unmarshal stmt add batch request error, true",
        "exec, unmarshal stmt exec request error, true",
        "close, unmarshal stmt close request error, true",
        "get_tag_fields, unmarshal stmt get tag fields request error, true",
        "get_col_fields, unmarshal stmt get col fields request error, true",
        "use_result, unmarshal stmt use result request error, true",
        "stmt_num_params, unmarshal stmt num params request error, true",
        "stmt_get_param, unmarshal stmt get param request error, true",
        "stmt2_init, unmarshal stmt2 init request error, true",
        "stmt2_prepare, unmarshal stmt2 prepare request error, true",
        "stmt2_exec, unmarshal stmt2 exec request error, true",
        "stmt2_result, unmarshal stmt2 result request error, true",
        "stmt2_close, unmarshal stmt2 close request error, true",
        "get_current_db, unmarshal get current db request error, true",
        "get_server_info, unmarshal get server info request error, true",
        "options_connection, unmarshal options connection request error, true",
        "get_connection_info, unmarshal get connection info request error, true"})
    void everyActionHasTheAdaptersUnmarshalText(String action, String message, boolean afterConnection) {
        WsRequestException e = refused("{\"action\":\"" + action + "\",\"args\":{\"req_id\":77,\"x\":1,"
                + "\"req_id\":{}}}");
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.reqId()).isEqualTo(77);
        assertThat(e.checkedAfterConnection()).isEqualTo(afterConnection);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"req_id\":-1", "\"req_id\":18446744073709551616", "\"req_id\":1e3", "\"req_id\":1.0",
        "\"stmt_id\":\"1\"", "\"sql\":true", "\"get_fields\":1", "\"get_fields\":\"true\"", "\"stmt_id\":-0"})
    void typesAreCheckedAsGoChecksThem(String member) {
        WsRequestException e = refused("{\"action\":\"stmt2_prepare\",\"args\":{" + member + "}}");
        assertThat(e.getMessage()).isEqualTo("unmarshal stmt2 prepare request error");
    }

    @Test
    void otherIntFieldsAreChecked() {
        assertThat(refused("{\"action\":\"conn\",\"args\":{\"mode\":\"0\"}}").getMessage())
                .isEqualTo("unmarshal connect request error");
        assertThat(refused("{\"action\":\"check_server_status\",\"args\":{\"port\":2147483648}}").getMessage())
                .isEqualTo("unmarshal check server status request error");
        assertThat(refused("{\"action\":\"insert\",\"args\":{\"protocol\":1.5}}").getMessage())
                .isEqualTo("unmarshal schemaless insert request error");
        assertThat(refused("{\"action\":\"options_connection\",\"args\":{\"options\":[null]}}").getMessage())
                .isEqualTo("unmarshal options connection request error");
        assertThat(refused("{\"action\":\"options_connection\",\"args\":{\"options\":[{\"value\":1}]}}")
                .getMessage()).isEqualTo("unmarshal options connection request error");
    }

    @Test
    void unknownActionsDecodeSoTheServerCanCheckTheSessionFirst() {
        WsRequest r = WsJson.decodeRequest("{\"action\": \"nosuch\", \"args\": {\"req_id\": 9, \"x\": [{}]}}");
        assertThat(r).isEqualTo(new UnknownRequest("nosuch", 9));
        assertThat(((UnknownRequest) r).errorMessage()).isEqualTo("unknown action nosuch");
        // Action names are matched exactly; only keys fold case.
        assertThat(WsJson.decodeRequest("{\"action\":\"QUERY\"}")).isEqualTo(new UnknownRequest("QUERY", 0));
        assertThat(WsJson.decodeRequest("{\"action\":\"x\",\"args\":{\"req_id\":\"x\"}}"))
                .isEqualTo(new UnknownRequest("x", 0));
    }

    @Test
    void versionIsTheOnlyActionThatNeedsNoArgs() {
        assertThat(WsJson.decodeRequest("{\"action\":\"version\"}")).isEqualTo(new VersionRequest(0));
        assertThat(WsJson.decodeRequest("{\"action\":\"version\",\"args\":null}")).isEqualTo(new VersionRequest(0));
        assertThat(WsJson.decodeRequest("{\"action\":\"version\",\"args\":{\"req_id\":5}}"))
                .isEqualTo(new VersionRequest(5));
        assertThat(WsJson.decodeRequest("{\"action\":\"get_current_db\",\"args\":null}"))
                .isEqualTo(new GetCurrentDbRequest(0));
    }

    @Test
    void keysMatchAsInGoCaseInsensitiveLastWinsNullKeeps() {
        assertThat(WsJson.decodeRequest("{\"ACTION\":\"query\",\"Args\":{\"REQ_ID\":5,\"Sql\":\"select 1\"}}"))
                .isEqualTo(new QueryRequest(5, "select 1"));
        assertThat(WsJson.decodeRequest("{\"action\":\"query\",\"args\":{\"sql\":\"a\",\"SQL\":\"b\"}}"))
                .isEqualTo(new QueryRequest(0, "b"));
        assertThat(WsJson.decodeRequest("{\"action\":\"query\",\"args\":{\"sql\":\"a\",\"sql\":null}}"))
                .isEqualTo(new QueryRequest(0, "a"));
        // Go folds the long s (U+017F) to S.
        assertThat(WsJson.decodeRequest("{\"action\":\"query\",\"args\":{\"\u017Fql\":\"a\"}}"))
                .isEqualTo(new QueryRequest(0, "a"));
        // A *int is reset by null; unknown keys of any type are ignored.
        assertThat(WsJson.decodeRequest("{\"action\":\"conn\",\"args\":{\"mode\":0,\"mode\":null,\"x\":{}}}"))
                .isEqualTo(new ConnRequest(0, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(WsJson.decodeRequest("{\"action\":\"query\",\"action\":null,\"args\":{}}"))
                .isEqualTo(new QueryRequest(0, null));
    }

    @Test
    void unsignedIdsRoundTripOverTheWholeRange() {
        String text = "{\"action\":\"stmt2_exec\",\"args\":{\"req_id\":18446744073709551615,"
                + "\"stmt_id\":18446744073709551614}}";
        WsRequest r = WsJson.decodeRequest(text);
        assertThat(r).isEqualTo(new Stmt2ExecRequest(-1L, -2L));
        assertThat(WsJson.encode(r)).isEqualTo(text);
        assertThat(WsJson.encode(new FreeResultRequest(Long.MIN_VALUE, 9223372036854775807L))).isEqualTo(
                "{\"action\":\"free_result\",\"args\":{\"req_id\":9223372036854775808,\"id\":9223372036854775807}}");
    }

    @Test
    void encodingOmitsNullComponentsLikeJdbc() {
        ConnRequest conn = new ConnRequest(6623986890337943553L, "root", "taosdata", null, null, "", "java", "",
                null, null, null, null);
        assertThat(WsJson.encode(conn)).isEqualTo("{\"action\":\"conn\",\"args\":{\"req_id\":6623986890337943553,"
                + "\"user\":\"root\",\"password\":\"taosdata\",\"tz\":\"\",\"app\":\"java\",\"ip\":\"\"}}");
        assertThat(conn.toString()).doesNotContain("taosdata");
        assertThat(WsJson.encode(new SchemalessInsertRequest(0, 1, "ms", "m v=1 1", 0, null))).isEqualTo(
                "{\"action\":\"insert\",\"args\":{\"req_id\":0,\"protocol\":1,\"precision\":\"ms\","
                        + "\"data\":\"m v=1 1\",\"ttl\":0}}");
        assertThat(WsJson.encode(new CheckServerStatusRequest(52, null, 0))).isEqualTo(
                "{\"action\":\"check_server_status\",\"args\":{\"req_id\":52,\"fqdn\":null,\"port\":0}}");
        assertThat(WsJson.encode(new OptionsConnectionRequest(54, List.of(
                new OptionsConnectionRequest.Option(1, "Asia/Shanghai"),
                new OptionsConnectionRequest.Option(3, null)))))
                .isEqualTo("{\"action\":\"options_connection\",\"args\":{\"req_id\":54,\"options\":["
                        + "{\"option\":1,\"value\":\"Asia/Shanghai\"},{\"option\":3,\"value\":null}]}}");
        assertThat(WsJson.encode(new UnknownRequest("nosuch", 9)))
                .isEqualTo("{\"action\":\"nosuch\",\"args\":{\"req_id\":9}}");
    }

    @Test
    void everyKnownRequestRoundTrips() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<WsRequest> all = List.of(new VersionRequest(1),
                new ConnRequest(2, "u", "p", "db", 0, "UTC", "app", "1.2.3.4", "taos4j", "123456", "tok", true),
                new CheckServerStatusRequest(3, "host", 6030),
                new OptionsConnectionRequest(4, List.of(new OptionsConnectionRequest.Option(-1, null))),
                new GetCurrentDbRequest(5), new GetServerInfoRequest(6), new GetConnectionInfoRequest(7, 0),
                new QueryRequest(8, "select \"1\"\n"), new FetchRequest(9, 1), new FetchBlockRequest(10, 1),
                new FreeResultRequest(11, 1), new NumFieldsRequest(12, 2),
                new SchemalessInsertRequest(13, 3, "", "[]", null, "tn"), new StmtInitRequest(14),
                new StmtPrepareRequest(15, 1, "insert into ? values(?)"), new StmtSetTableNameRequest(16, 1, "d.t"),
                new StmtSetTagsJsonRequest(17, 1, json.readTree("[1, \"a\", null, true, 1.10, 12345678901234567890]")),
                new StmtBindJsonRequest(18, 1, json.readTree("[[1,2],[\"2024-01-01T00:00:00Z\",null]]")),
                new StmtAddBatchRequest(19, 1), new StmtExecRequest(20, 1), new StmtCloseRequest(21, 1),
                new StmtGetTagFieldsRequest(22, 1), new StmtGetColFieldsRequest(23, 1),
                new StmtUseResultRequest(24, 1), new StmtNumParamsRequest(25, 1), new StmtGetParamRequest(26, 1, 0),
                new Stmt2InitRequest(27, true, false), new Stmt2PrepareRequest(28, 1, "select ?", true),
                new Stmt2ExecRequest(29, 1), new Stmt2ResultRequest(30, 1), new Stmt2CloseRequest(31, 1),
                new UnknownRequest("later", 32));
        assertThat(all.stream().map(WsRequest::action).distinct()).hasSize(all.size());
        for (WsRequest r : all) {
            WsRequest back = WsJson.decodeRequest(WsJson.encode(r));
            if (r instanceof StmtSetTagsJsonRequest || r instanceof StmtBindJsonRequest) {
                // Trees compare by node type; compare their text instead.
                assertThat(WsJson.encode(back)).isEqualTo(WsJson.encode(r));
            } else {
                assertThat(back).isEqualTo(r);
            }
        }
    }

    @Test
    void deeplyNestedArgumentsNeitherOverflowTheStackNorPassGosDepthLimit() {
        String deep = "[".repeat(9_000) + "]".repeat(9_000);
        String text = "{\"action\":\"bind\",\"args\":{\"req_id\":1,\"stmt_id\":2,\"columns\":" + deep + "}}";
        assertThat(WsJson.encode(WsJson.decodeRequest(text))).isEqualTo(text);
        String tooDeep = "{\"action\":\"bind\",\"args\":{\"columns\":" + "[".repeat(20_000) + "]".repeat(20_000)
                + "}}";
        assertThat(refused(tooDeep).getMessage()).isEqualTo("unmarshal request error");
    }

    @Test
    void rawJsonArgumentsKeepTheirTextualNumbers() {
        String text = "{\"action\":\"set_tags\",\"args\":{\"req_id\":17,\"stmt_id\":1,"
                + "\"tags\":[1,\"a\",null,true,1.10,12345678901234567890,-0.5]}}";
        WsRequest r = WsJson.decodeRequest(text);
        assertThat(((StmtSetTagsJsonRequest) r).tags().size()).isEqualTo(7);
        assertThat(WsJson.encode(r)).isEqualTo(text);
        String bind = "{\"action\":\"bind\",\"args\":{\"req_id\":18,\"stmt_id\":1,\"columns\":\"x\"}}";
        assertThat(WsJson.encode(WsJson.decodeRequest(bind))).isEqualTo(bind);
    }
}
