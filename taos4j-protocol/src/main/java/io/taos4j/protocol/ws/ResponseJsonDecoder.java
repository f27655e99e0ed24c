package io.taos4j.protocol.ws;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.taos4j.protocol.ProtocolException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads JSON replies on the client: a non-zero {@code code} gives {@link ErrorResponse}, otherwise the action picks
 * the record. Unknown keys are ignored (newer adapters add keys); a missing key reads as the Go zero value
 * ({@code 0}, {@code false}, null list); a key of the wrong JSON type is a {@link ProtocolException}.
 */
final class ResponseJsonDecoder {
    private static final BigInteger U64_LIMIT = BigInteger.ONE.shiftLeft(64);

    private final JsonNode root;
    private final String action;

    private ResponseJsonDecoder(JsonNode root, String action) {
        this.root = root;
        this.action = action;
    }

    static WsResponse decode(ObjectReader reader, String text) {
        JsonNode root;
        try {
            root = reader.readTree(text);
        } catch (JacksonException e) {
            throw new ProtocolException("/ws reply is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolException("/ws reply is not a JSON object");
        }
        JsonNode actionNode = root.get("action");
        if (actionNode == null || !actionNode.isTextual()) {
            throw new ProtocolException("/ws reply has no action string");
        }
        return new ResponseJsonDecoder(root, actionNode.textValue()).read();
    }

    private WsResponse read() {
        int code = int32("code");
        long reqId = u64("req_id");
        long timing = i64("timing");
        if (code != 0) {
            String message = string("message");
            return new ErrorResponse(code, message == null ? "" : message, action, reqId, timing, u64OrNull("stmt_id"));
        }
        return switch (action) {
            case QueryResponse.ACTION_QUERY, QueryResponse.ACTION_BINARY_QUERY -> new QueryResponse(action, reqId,
                    timing, u64("id"), bool("is_update"), i64("affected_rows"), fields());
            case FetchResponse.ACTION -> new FetchResponse(reqId, timing, u64("id"), bool("completed"),
                    list("lengths", n -> n.canConvertToInt() ? n.intValue() : null), int32("rows"));
            case VersionResponse.ACTION -> new VersionResponse(reqId, timing, string("version"));
            case ConnResponse.ACTION -> new ConnResponse(reqId, timing, string("version"),
                    list("list_instances", n -> n.isTextual() ? n.textValue() : null));
            case CheckServerStatusResponse.ACTION ->
                    new CheckServerStatusResponse(reqId, timing, int32("status"), string("details"));
            case GetCurrentDbResponse.ACTION -> new GetCurrentDbResponse(reqId, timing, string("db"));
            case GetServerInfoResponse.ACTION -> new GetServerInfoResponse(reqId, timing, string("info"));
            case GetConnectionInfoResponse.ACTION -> new GetConnectionInfoResponse(reqId, timing, string("info"));
            case NumFieldsResponse.ACTION -> new NumFieldsResponse(reqId, timing, int32("num_fields"));
            case SchemalessInsertResponse.ACTION ->
                    new SchemalessInsertResponse(reqId, timing, i64("affected_rows"), int32("total_rows"));
            case ValidateSqlResponse.ACTION -> new ValidateSqlResponse(reqId, timing, i64("result_code"));
            case StmtInitResponse.ACTION -> new StmtInitResponse(reqId, timing, u64("stmt_id"));
            case StmtPrepareResponse.ACTION ->
                    new StmtPrepareResponse(reqId, timing, u64("stmt_id"), bool("is_insert"));
            case StmtExecResponse.ACTION -> new StmtExecResponse(reqId, timing, u64("stmt_id"), i64("affected"));
            case StmtGetTagFieldsResponse.ACTION ->
                    new StmtGetTagFieldsResponse(reqId, timing, u64("stmt_id"), list("fields", this::stmtField));
            case StmtGetColFieldsResponse.ACTION ->
                    new StmtGetColFieldsResponse(reqId, timing, u64("stmt_id"), list("fields", this::stmtField));
            case StmtUseResultResponse.ACTION ->
                    new StmtUseResultResponse(reqId, timing, u64("stmt_id"), u64("result_id"), fields());
            case StmtNumParamsResponse.ACTION ->
                    new StmtNumParamsResponse(reqId, timing, u64("stmt_id"), int32("num_params"));
            case StmtGetParamResponse.ACTION -> new StmtGetParamResponse(reqId, timing, u64("stmt_id"),
                    int32("index"), int32("data_type"), int32("length"));
            case Stmt2InitResponse.ACTION -> new Stmt2InitResponse(reqId, timing, u64("stmt_id"));
            case Stmt2PrepareResponse.ACTION -> new Stmt2PrepareResponse(reqId, timing, u64("stmt_id"),
                    bool("is_insert"), list("fields", this::stmt2Field), int32("fields_count"));
            case Stmt2BindResponse.ACTION -> new Stmt2BindResponse(reqId, timing, u64("stmt_id"));
            case Stmt2ExecResponse.ACTION, Stmt2ExecResponse.ACTION_BIND_EXEC ->
                    new Stmt2ExecResponse(action, reqId, timing, u64("stmt_id"), i64("affected"));
            case Stmt2ResultResponse.ACTION ->
                    new Stmt2ResultResponse(reqId, timing, u64("stmt_id"), u64("id"), fields());
            case Stmt2CloseResponse.ACTION -> new Stmt2CloseResponse(reqId, timing, u64("stmt_id"));
            case "options_connection", WriteRawRequest.ACTION, WriteRawBlockRequest.ACTION,
                    WriteRawBlockWithFieldsRequest.ACTION, StmtSetTableNameRequest.ACTION,
                    StmtSetTagsRequest.ACTION, StmtBindRequest.ACTION, StmtAddBatchRequest.ACTION ->
                    new CommonResponse(action, reqId, timing, u64OrNull("stmt_id"));
            default -> throw new ProtocolException("unknown action in a successful /ws reply: '" + action + "'");
        };
    }

    private ResultFields fields() {
        return new ResultFields(int32("fields_count"), list("fields_names", n -> n.isTextual() ? n.textValue() : null),
                list("fields_types", n -> n.canConvertToInt() ? n.intValue() : null),
                list("fields_lengths", n -> n.canConvertToLong() ? n.longValue() : null), int32("precision"),
                list("fields_precisions", n -> n.canConvertToLong() ? n.longValue() : null),
                list("fields_scales", n -> n.canConvertToLong() ? n.longValue() : null));
    }

    private StmtField stmtField(JsonNode n) {
        if (!n.isObject() || !n.path("name").isTextual()) {
            return null;
        }
        return new StmtField(n.get("name").textValue(), small(n, "field_type"), small(n, "precision"),
                small(n, "scale"), small(n, "bytes"));
    }

    private Stmt2Field stmt2Field(JsonNode n) {
        StmtField f = stmtField(n);
        return f == null ? null
                : new Stmt2Field(f.name(), f.fieldType(), f.precision(), f.scale(), f.bytes(), small(n, "bind_type"));
    }

    private int small(JsonNode object, String key) {
        JsonNode n = object.get(key);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw bad(key, "an int");
        }
        return n.intValue();
    }

    /** A JSON array read element by element; null when absent or {@code null}. */
    private <T> List<T> list(String key, Function<JsonNode, T> element) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw bad(key, "an array");
        }
        List<T> out = new ArrayList<>(n.size());
        for (JsonNode e : n) {
            T value = e.isNumber() && !e.isIntegralNumber() ? null : element.apply(e);
            if (value == null) {
                throw bad(key, "an array of the expected element type");
            }
            out.add(value);
        }
        return out;
    }

    private String string(String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw bad(key, "a string");
        }
        return n.textValue();
    }

    private boolean bool(String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw bad(key, "a boolean");
        }
        return n.booleanValue();
    }

    private int int32(String key) {
        long v = i64(key);
        if (v != (int) v) {
            throw bad(key, "a 32-bit integer");
        }
        return (int) v;
    }

    private long i64(String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw bad(key, "a 64-bit integer");
        }
        return n.longValue();
    }

    private long u64(String key) {
        Long v = u64OrNull(key);
        return v == null ? 0 : v;
    }

    private Long u64OrNull(String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber()) {
            throw bad(key, "an unsigned 64-bit integer");
        }
        BigInteger v = n.bigIntegerValue();
        if (v.signum() < 0 || v.compareTo(U64_LIMIT) >= 0) {
            throw bad(key, "an unsigned 64-bit integer");
        }
        return v.longValue();
    }

    private ProtocolException bad(String key, String what) {
        return new ProtocolException("/ws reply to '" + action + "': '" + key + "' is not " + what);
    }
}
