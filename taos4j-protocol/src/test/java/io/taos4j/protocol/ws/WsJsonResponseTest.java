package io.taos4j.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.ProtocolException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON replies: the adapter's exact text (key order, nulls, escaping, unsigned ids) and client-side decoding. */
class WsJsonResponseTest {

    private static void roundTrips(String text, WsResponse expected) {
        WsResponse decoded = WsJson.decodeResponse(text);
        assertThat(decoded).isEqualTo(expected);
        assertThat(WsJson.encode(expected)).isEqualTo(text);
    }

    @Test
    void queryReplyOfTheSpecExample() {
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"binary_query\",\"req_id\":42,\"timing\":1830441,"
                + "\"id\":1,\"is_update\":false,\"affected_rows\":0,\"fields_count\":3,"
                + "\"fields_names\":[\"ts\",\"c1\",\"c2\"],\"fields_types\":[9,4,8],\"fields_lengths\":[8,4,10],"
                + "\"precision\":0,\"fields_precisions\":[0,0,0],\"fields_scales\":[0,0,0]}",
                new QueryResponse("binary_query", 42, 1830441, 1, false, 0, new ResultFields(3,
                        List.of("ts", "c1", "c2"), List.of(9, 4, 8), List.of(8L, 4L, 10L), 0, List.of(0L, 0L, 0L),
                        List.of(0L, 0L, 0L))));
    }

    @Test
    void updateReplyWritesEveryKeyWithNullArrays() {
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"binary_query\",\"req_id\":43,\"timing\":912000,"
                + "\"id\":0,\"is_update\":true,\"affected_rows\":2,\"fields_count\":0,\"fields_names\":null,"
                + "\"fields_types\":null,\"fields_lengths\":null,\"precision\":0,"
                + "\"fields_precisions\":null,\"fields_scales\":null}",
                QueryResponse.update("binary_query", 43, 912000, 2));
    }

    @Test
    void errorRepliesCarryOnlyTheCommonFieldsPlusStmtId() {
        roundTrips("{\"code\":9731,\"message\":\"Table does not exist\",\"action\":\"binary_query\","
                + "\"req_id\":6623986890340040731,\"timing\":1761633}",
                new ErrorResponse(9731, "Table does not exist", "binary_query", 6623986890340040731L, 1761633));
        roundTrips("{\"code\":555,\"message\":\"Table does not exist\",\"action\":\"stmt2_prepare\","
                + "\"req_id\":1017,\"timing\":424412,\"stmt_id\":6}",
                new ErrorResponse(555, "Table does not exist", "stmt2_prepare", 1017, 424412, 6L));
        // A failed reply to an action nobody knows is still an error reply.
        roundTrips("{\"code\":65535,\"message\":\"unknown binary action 99\",\"action\":\"unknown\",\"req_id\":16,"
                + "\"timing\":9307}", new ErrorResponse(65535, "unknown binary action 99", "unknown", 16, 9307));
        assertThatThrownBy(() -> new ErrorResponse(0, "", "x", 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsignedIdsAreWrittenUnsigned() {
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"stmt2_exec\",\"req_id\":18446744073709551615,"
                + "\"timing\":5,\"stmt_id\":18446744073709551615,\"affected\":100}",
                new Stmt2ExecResponse(-1L, 5, -1L, 100));
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"version\",\"req_id\":18446744073709551614,"
                + "\"timing\":23167,\"version\":\"3.3.7.5.alpha\"}",
                new VersionResponse(-2L, 23167, "3.3.7.5.alpha"));
        assertThatThrownBy(() -> WsJson.decodeResponse("{\"code\":0,\"message\":\"\",\"action\":\"version\","
                + "\"req_id\":18446744073709551616,\"timing\":1,\"version\":\"x\"}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("req_id");
    }

    @Test
    void stringsAreEscapedAsGoEscapesThemWithoutHtmlEscaping() {
        String message = "syntax error near \"a\\b\" <x> & y\n\t\r\b\f\u0001\u001f\u007f\u2028\u2029é😀\ud800";
        String json = WsJson.encode(new ErrorResponse(9728, message, "query", 1, 2));
        assertThat(json).isEqualTo("{\"code\":9728,\"message\":\"syntax error near \\\"a\\\\b\\\" <x> & y"
                + "\\n\\t\\r\\b\\f\\u0001\\u001f\u007f\\u2028\\u2029é😀\\ufffd\",\"action\":\"query\","
                + "\"req_id\":1,\"timing\":2}");
        assertThat(WsJson.decodeResponse(json).message()).isEqualTo(message.replace('\ud800', '\ufffd'));
    }

    @Test
    void stmt2RepliesOfJdbcsPreparedStatement() {
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"stmt2_prepare\",\"req_id\":1008,\"timing\":96999,"
                + "\"stmt_id\":3,\"is_insert\":true,\"fields\":[{\"name\":\"ts\",\"field_type\":9,\"precision\":2,"
                + "\"scale\":0,\"bytes\":8,\"bind_type\":1},{\"name\":\"b\",\"field_type\":8,\"precision\":0,"
                + "\"scale\":0,\"bytes\":7,\"bind_type\":1}],\"fields_count\":2}",
                new Stmt2PrepareResponse(1008, 96999, 3, true, List.of(new Stmt2Field("ts", 9, 2, 0, 8, 1),
                        new Stmt2Field("b", 8, 0, 0, 7, 1)), 2));
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"stmt2_prepare\",\"req_id\":1020,\"timing\":66748,"
                + "\"stmt_id\":7,\"is_insert\":false,\"fields\":null,\"fields_count\":2}",
                new Stmt2PrepareResponse(1020, 66748, 7, false, null, 2));
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"stmt2_result\",\"req_id\":9,\"timing\":29107,"
                + "\"stmt_id\":3,\"id\":13,\"fields_count\":1,\"fields_names\":[\"count(*)\"],\"fields_types\":[5],"
                + "\"fields_lengths\":[8],\"precision\":0,\"fields_precisions\":[0],\"fields_scales\":[0]}",
                new Stmt2ResultResponse(9, 29107, 3, 13, new ResultFields(1, List.of("count(*)"), List.of(5),
                        List.of(8L), 0, List.of(0L), List.of(0L))));
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"stmt2_bind\",\"req_id\":1,\"timing\":2,\"stmt_id\":3}",
                new Stmt2BindResponse(1, 2, 3));
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"stmt2_close\",\"req_id\":1,\"timing\":2,\"stmt_id\":3}",
                new Stmt2CloseResponse(1, 2, 3));
        roundTrips("{\"code\":0,\"message\":\"\",\"action\":\"stmt2_bind_exec\",\"req_id\":1,\"timing\":2,"
                + "\"stmt_id\":3,\"affected\":4}", new Stmt2ExecResponse("stmt2_bind_exec", 1, 2, 3, 4));
    }

    @Test
    void everyOtherReplyInTheAdaptersKeyOrder() {
        String head = "{\"code\":0,\"message\":\"\",\"action\":\"";
        roundTrips(head + "conn\",\"req_id\":1,\"timing\":2,\"version\":\"3.3.8.0\"}",
                new ConnResponse(1, 2, "3.3.8.0"));
        roundTrips(head + "conn\",\"req_id\":1,\"timing\":2,\"version\":\"v\",\"list_instances\":[\"a:6041\"]}",
                new ConnResponse(1, 2, "v", List.of("a:6041")));
        roundTrips(head + "check_server_status\",\"req_id\":52,\"timing\":1,\"status\":2,\"details\":\"\"}",
                new CheckServerStatusResponse(52, 1, 2, ""));
        roundTrips(head + "get_current_db\",\"req_id\":1,\"timing\":2,\"db\":\"\"}",
                new GetCurrentDbResponse(1, 2, ""));
        roundTrips(head + "get_server_info\",\"req_id\":1,\"timing\":2,\"info\":\"ver:3\\nbuild:x\"}",
                new GetServerInfoResponse(1, 2, "ver:3\nbuild:x"));
        roundTrips(head + "get_connection_info\",\"req_id\":1,\"timing\":2,\"info\":\"root\"}",
                new GetConnectionInfoResponse(1, 2, "root"));
        roundTrips(head + "fetch\",\"req_id\":24,\"timing\":1,\"id\":1,\"completed\":false,\"lengths\":[8],\"rows\":1}",
                new FetchResponse(24, 1, 1, false, List.of(8), 1));
        roundTrips(head + "fetch\",\"req_id\":26,\"timing\":1,\"id\":1,\"completed\":true,\"lengths\":null,\"rows\":0}",
                new FetchResponse(26, 1, 1, true, null, 0));
        roundTrips(head + "num_fields\",\"req_id\":29,\"timing\":1,\"num_fields\":2}", new NumFieldsResponse(29, 1, 2));
        roundTrips(head + "insert\",\"req_id\":0,\"timing\":1,\"affected_rows\":1,\"total_rows\":1}",
                new SchemalessInsertResponse(0, 1, 1, 1));
        roundTrips(head + "validate_sql\",\"req_id\":50,\"timing\":1,\"result_code\":-2147473920}",
                new ValidateSqlResponse(50, 1, -2147473920L));
        roundTrips(head + "options_connection\",\"req_id\":54,\"timing\":1}",
                new CommonResponse("options_connection", 54, 1));
        roundTrips(head + "add_batch\",\"req_id\":1,\"timing\":1,\"stmt_id\":2}",
                new CommonResponse("add_batch", 1, 1, 2L));
        roundTrips(head + "init\",\"req_id\":1,\"timing\":1,\"stmt_id\":2}", new StmtInitResponse(1, 1, 2));
        roundTrips(head + "prepare\",\"req_id\":1,\"timing\":1,\"stmt_id\":2,\"is_insert\":true}",
                new StmtPrepareResponse(1, 1, 2, true));
        roundTrips(head + "exec\",\"req_id\":1,\"timing\":1,\"stmt_id\":2,\"affected\":3}",
                new StmtExecResponse(1, 1, 2, 3));
        roundTrips(head + "get_tag_fields\",\"req_id\":1,\"timing\":1,\"stmt_id\":2}",
                new StmtGetTagFieldsResponse(1, 1, 2, null));
        assertThat(WsJson.encode(new StmtGetTagFieldsResponse(1, 1, 2, List.of())))
                .isEqualTo(head + "get_tag_fields\",\"req_id\":1,\"timing\":1,\"stmt_id\":2}");
        roundTrips(head + "get_tag_fields\",\"req_id\":1,\"timing\":1,\"stmt_id\":2,\"fields\":[{\"name\":\"t\","
                + "\"field_type\":4,\"precision\":0,\"scale\":0,\"bytes\":4}]}",
                new StmtGetTagFieldsResponse(1, 1, 2, List.of(new StmtField("t", 4, 0, 0, 4))));
        roundTrips(head + "get_col_fields\",\"req_id\":1,\"timing\":1,\"stmt_id\":2,\"fields\":null}",
                new StmtGetColFieldsResponse(1, 1, 2, null));
        roundTrips(head + "use_result\",\"req_id\":1,\"timing\":1,\"stmt_id\":2,\"result_id\":3,\"fields_count\":0,"
                + "\"fields_names\":null,\"fields_types\":null,\"fields_lengths\":null,\"precision\":0,"
                + "\"fields_precisions\":null,\"fields_scales\":null}",
                new StmtUseResultResponse(1, 1, 2, 3, ResultFields.NONE));
        roundTrips(head + "stmt_num_params\",\"req_id\":1,\"timing\":1,\"stmt_id\":2,\"num_params\":3}",
                new StmtNumParamsResponse(1, 1, 2, 3));
        roundTrips(head + "stmt_get_param\",\"req_id\":1,\"timing\":1,\"stmt_id\":2,\"index\":0,\"data_type\":9,"
                + "\"length\":8}", new StmtGetParamResponse(1, 1, 2, 0, 9, 8));
        roundTrips(head + "stmt2_init\",\"req_id\":1,\"timing\":1,\"stmt_id\":2}", new Stmt2InitResponse(1, 1, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{bad", "[]", "{\"code\":0}", "{\"action\":5}", "{\"action\":\"query\"} {}",
        "{\"code\":0,\"message\":\"\",\"action\":\"nosuch\",\"req_id\":1,\"timing\":1}",
        "{\"code\":0,\"message\":\"\",\"action\":\"free_result\",\"req_id\":1,\"timing\":1}",
        "{\"code\":\"0\",\"action\":\"query\"}",
        "{\"code\":0,\"action\":\"query\",\"fields_types\":[\"INT\"]}",
        "{\"code\":0,\"action\":\"query\",\"fields_lengths\":[1.5]}",
        "{\"code\":0,\"action\":\"query\",\"is_update\":1}",
        "{\"code\":0,\"action\":\"query\",\"id\":-1}",
        "{\"code\":0,\"action\":\"stmt2_prepare\",\"fields\":[{\"field_type\":1}]}",
        "{\"code\":0,\"action\":\"conn\",\"version\":3}"})
    void malformedRepliesAreProtocolErrors(String text) {
        assertThatThrownBy(() -> WsJson.decodeResponse(text)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void clientsTolerateUnknownAndMissingKeys() {
        WsResponse r = WsJson.decodeResponse("{\"action\":\"conn\",\"req_id\":3,\"new_key\":{\"a\":[1]}}");
        assertThat(r).isEqualTo(new ConnResponse(3, 0, null));
        assertThat(WsJson.encode(r)).isEqualTo("{\"code\":0,\"message\":\"\",\"action\":\"conn\",\"req_id\":3,"
                + "\"timing\":0}");
    }
}
