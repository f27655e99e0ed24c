package io.taos4j.protocol.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Decodes JSON request text the way taosAdapter's {@code handleMessage} does (ws-sql.md §2.3): first the envelope
 * {@code {"action": string, "args": any}}, then the action's {@code args} into its record. Texts and req_id rules
 * follow {@code controller/ws/ws/handler.go}.
 */
final class RequestJsonDecoder {
    /** One known action: the noun of its unmarshal error text, whether it needs a session, and its builder. */
    private record Action(String errorText, boolean afterConnection, Function<GoArgs, WsRequest> build) {
    }

    private static final Map<String, Action> ACTIONS = new HashMap<>();

    static {
        // Actions the adapter serves without a session; their args errors come before the session check.
        free(VersionRequest.ACTION, "version", a -> new VersionRequest(a.u64("req_id")));
        free(ConnRequest.ACTION, "connect", a -> new ConnRequest(a.u64("req_id"), a.string("user"),
                a.string("password"), a.string("db"), a.intPointer("mode"), a.string("tz"), a.string("app"),
                a.string("ip"), a.string("connector"), a.string("totp_code"), a.string("bearer_token"),
                a.boolOrNull("list_instances")));
        free(CheckServerStatusRequest.ACTION, "check server status",
                a -> new CheckServerStatusRequest(a.u64("req_id"), a.string("fqdn"), a.int32("port")));

        on(QueryRequest.ACTION, "query", a -> new QueryRequest(a.u64("req_id"), a.string("sql")));
        on(FetchRequest.ACTION, "fetch", a -> new FetchRequest(a.u64("req_id"), a.u64("id")));
        on(FetchBlockRequest.ACTION, "fetch block", a -> new FetchBlockRequest(a.u64("req_id"), a.u64("id")));
        on(FreeResultRequest.ACTION, "free result", a -> new FreeResultRequest(a.u64("req_id"), a.u64("id")));
        on(NumFieldsRequest.ACTION, "num fields",
                a -> new NumFieldsRequest(a.u64("req_id"), a.u64("result_id")));
        on(SchemalessInsertRequest.ACTION, "schemaless insert", a -> new SchemalessInsertRequest(a.u64("req_id"),
                a.int32("protocol"), a.string("precision"), a.string("data"), a.int32OrNull("ttl"),
                a.string("table_name_key")));

        on(StmtInitRequest.ACTION, "stmt init", a -> new StmtInitRequest(a.u64("req_id")));
        on(StmtPrepareRequest.ACTION, "stmt prepare",
                a -> new StmtPrepareRequest(a.u64("req_id"), a.u64("stmt_id"), a.string("sql")));
        on(StmtSetTableNameRequest.ACTION, "stmt set table name",
                a -> new StmtSetTableNameRequest(a.u64("req_id"), a.u64("stmt_id"), a.string("name")));
        on(StmtSetTagsJsonRequest.ACTION, "stmt set tags",
                a -> new StmtSetTagsJsonRequest(a.u64("req_id"), a.u64("stmt_id"), a.raw("tags")));
        on(StmtBindJsonRequest.ACTION, "stmt bind",
                a -> new StmtBindJsonRequest(a.u64("req_id"), a.u64("stmt_id"), a.raw("columns")));
        on(StmtAddBatchRequest.ACTION, "stmt add batch",
                a -> new StmtAddBatchRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(StmtExecRequest.ACTION, "stmt exec", a -> new StmtExecRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(StmtCloseRequest.ACTION, "stmt close", a -> new StmtCloseRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(StmtGetTagFieldsRequest.ACTION, "stmt get tag fields",
                a -> new StmtGetTagFieldsRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(StmtGetColFieldsRequest.ACTION, "stmt get col fields",
                a -> new StmtGetColFieldsRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(StmtUseResultRequest.ACTION, "stmt use result",
                a -> new StmtUseResultRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(StmtNumParamsRequest.ACTION, "stmt num params",
                a -> new StmtNumParamsRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(StmtGetParamRequest.ACTION, "stmt get param",
                a -> new StmtGetParamRequest(a.u64("req_id"), a.u64("stmt_id"), a.int32("index")));

        on(Stmt2InitRequest.ACTION, "stmt2 init", a -> new Stmt2InitRequest(a.u64("req_id"),
                a.bool("single_stb_insert"), a.bool("single_table_bind_once")));
        on(Stmt2PrepareRequest.ACTION, "stmt2 prepare", a -> new Stmt2PrepareRequest(a.u64("req_id"),
                a.u64("stmt_id"), a.string("sql"), a.bool("get_fields")));
        on(Stmt2ExecRequest.ACTION, "stmt2 exec", a -> new Stmt2ExecRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(Stmt2ResultRequest.ACTION, "stmt2 result",
                a -> new Stmt2ResultRequest(a.u64("req_id"), a.u64("stmt_id")));
        on(Stmt2CloseRequest.ACTION, "stmt2 close", a -> new Stmt2CloseRequest(a.u64("req_id"), a.u64("stmt_id")));

        on(GetCurrentDbRequest.ACTION, "get current db", a -> new GetCurrentDbRequest(a.u64("req_id")));
        on(GetServerInfoRequest.ACTION, "get server info", a -> new GetServerInfoRequest(a.u64("req_id")));
        on(OptionsConnectionRequest.ACTION, "options connection",
                a -> new OptionsConnectionRequest(a.u64("req_id"), a.options("options")));
        on(GetConnectionInfoRequest.ACTION, "get connection info",
                a -> new GetConnectionInfoRequest(a.u64("req_id"), a.int32("info")));
    }

    private static void free(String action, String noun, Function<GoArgs, WsRequest> build) {
        ACTIONS.put(action, new Action("unmarshal " + noun + " request error", false, build));
    }

    private static void on(String action, String noun, Function<GoArgs, WsRequest> build) {
        ACTIONS.put(action, new Action("unmarshal " + noun + " request error", true, build));
    }

    private RequestJsonDecoder() {
    }

    static WsRequest decode(ObjectMapper mapper, String text) {
        char[] chars = text.toCharArray();
        String action = null;
        int argsAt = -1;
        boolean malformed;
        try (JsonParser p = mapper.createParser(chars, 0, chars.length)) {
            boolean typeError = false;
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (GoArgs.matches(key, "action")) {
                        if (v == JsonToken.VALUE_STRING) {
                            action = p.getText();
                        } else if (v != JsonToken.VALUE_NULL) {
                            typeError = true;
                        }
                    } else if (GoArgs.matches(key, "args")) {
                        // Like Go's json.RawMessage: remember where the value starts, read it per action later.
                        argsAt = Math.toIntExact(p.currentTokenLocation().getCharOffset());
                    }
                    p.skipChildren();
                }
            } else if (t != JsonToken.VALUE_NULL) {
                typeError = true; // an array, a scalar, or no value at all
                p.skipChildren();
            }
            malformed = typeError || p.nextToken() != null;
        } catch (IOException | RuntimeException e) {
            malformed = true;
        }
        if (malformed) {
            throw WsRequestException.beforeConnection("", 0, "unmarshal request error");
        }
        if (action == null || action.isEmpty()) {
            throw WsRequestException.beforeConnection("", reqIdOf(mapper, chars, argsAt), "request no action");
        }
        Action known = ACTIONS.get(action);
        if (known == null) {
            return new UnknownRequest(action, reqIdOf(mapper, chars, argsAt));
        }
        if (argsAt < 0 && VersionRequest.ACTION.equals(action)) {
            return new VersionRequest(0); // the adapter reads args of version only when present
        }
        try {
            if (argsAt >= 0) {
                try (JsonParser p = mapper.createParser(chars, argsAt, chars.length - argsAt)) {
                    GoArgs args = GoArgs.read(p);
                    WsRequest request = known.build.apply(args);
                    if (!args.failed()) {
                        return request;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through: the args could not be read into the action's shape
        }
        long reqId = reqIdOf(mapper, chars, argsAt);
        throw known.afterConnection
                ? WsRequestException.afterConnection(action, reqId, known.errorText)
                : WsRequestException.beforeConnection(action, reqId, known.errorText);
    }

    private static long reqIdOf(ObjectMapper mapper, char[] chars, int argsAt) {
        if (argsAt < 0) {
            return 0;
        }
        try (JsonParser p = mapper.createParser(chars, argsAt, chars.length - argsAt)) {
            return GoArgs.lenientReqId(p);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
