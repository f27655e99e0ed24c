package io.taos4j.protocol.ws;

/**
 * Writes JSON requests as {@code {"action":"<name>","args":{"req_id":N,...}}}. {@code req_id} comes first, the
 * other keys in the order JDBC and Rust send them; null components are left out (JDBC omits nulls too), except
 * {@code check_server_status}'s {@code fqdn} and an option's {@code value}, where {@code null} has a meaning.
 */
final class RequestJsonEncoder {
    private RequestJsonEncoder() {
    }

    static String encode(WsRequest request) {
        JsonOut o = new JsonOut(64 + payloadLength(request));
        o.beginObject().name("action").string(request.action()).name("args").beginObject();
        o.name("req_id").unsigned(request.reqId());
        writeArgs(o, request);
        return o.endObject().endObject().toString();
    }

    private static int payloadLength(WsRequest request) {
        if (request instanceof SchemalessInsertRequest s && s.data() != null) {
            return s.data().length() + 64;
        }
        if (request instanceof QueryRequest q && q.sql() != null) {
            return q.sql().length();
        }
        return 64;
    }

    private static void writeArgs(JsonOut o, WsRequest r) {
        if (r instanceof Stmt2PrepareRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
            optional(o, "sql", s.sql());
            o.name("get_fields").bool(s.getFields());
        } else if (r instanceof Stmt2InitRequest s) {
            o.name("single_stb_insert").bool(s.singleStbInsert());
            o.name("single_table_bind_once").bool(s.singleTableBindOnce());
        } else if (r instanceof Stmt2ExecRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof Stmt2ResultRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof Stmt2CloseRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof FreeResultRequest f) {
            o.name("id").unsigned(f.id());
        } else if (r instanceof SchemalessInsertRequest s) {
            o.name("protocol").number(s.protocol());
            optional(o, "precision", s.precision());
            optional(o, "data", s.data());
            if (s.ttl() != null) {
                o.name("ttl").number(s.ttl());
            }
            optional(o, "table_name_key", s.tableNameKey());
        } else if (r instanceof ConnRequest c) {
            writeConn(o, c);
        } else if (r instanceof QueryRequest q) {
            optional(o, "sql", q.sql());
        } else if (r instanceof FetchRequest f) {
            o.name("id").unsigned(f.id());
        } else if (r instanceof FetchBlockRequest f) {
            o.name("id").unsigned(f.id());
        } else if (r instanceof NumFieldsRequest n) {
            o.name("result_id").unsigned(n.resultId());
        } else if (r instanceof CheckServerStatusRequest c) {
            o.name("fqdn").string(c.fqdn());
            o.name("port").number(c.port());
        } else if (r instanceof OptionsConnectionRequest c) {
            writeOptions(o, c);
        } else if (r instanceof GetConnectionInfoRequest c) {
            o.name("info").number(c.info());
        } else {
            writeClassicStmt(o, r);
        }
    }

    private static void writeConn(JsonOut o, ConnRequest c) {
        optional(o, "user", c.user());
        optional(o, "password", c.password());
        optional(o, "db", c.db());
        if (c.mode() != null) {
            o.name("mode").number(c.mode());
        }
        optional(o, "tz", c.tz());
        optional(o, "app", c.app());
        optional(o, "ip", c.ip());
        optional(o, "connector", c.connector());
        optional(o, "totp_code", c.totpCode());
        optional(o, "bearer_token", c.bearerToken());
        if (c.listInstances() != null) {
            o.name("list_instances").bool(c.listInstances());
        }
    }

    private static void writeOptions(JsonOut o, OptionsConnectionRequest c) {
        if (c.options() == null) {
            return;
        }
        o.name("options").beginArray();
        for (OptionsConnectionRequest.Option option : c.options()) {
            o.beginObject().name("option").number(option.option()).name("value").string(option.value()).endObject();
        }
        o.endArray();
    }

    /** The classic stmt actions and the actions whose only argument is req_id. */
    private static void writeClassicStmt(JsonOut o, WsRequest r) {
        if (r instanceof StmtPrepareRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
            optional(o, "sql", s.sql());
        } else if (r instanceof StmtSetTableNameRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
            optional(o, "name", s.name());
        } else if (r instanceof StmtSetTagsJsonRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
            if (s.tags() != null) {
                o.name("tags").tree(s.tags());
            }
        } else if (r instanceof StmtBindJsonRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
            if (s.columns() != null) {
                o.name("columns").tree(s.columns());
            }
        } else if (r instanceof StmtGetParamRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("index").number(s.index());
        } else if (r instanceof StmtAddBatchRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof StmtExecRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof StmtCloseRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof StmtGetTagFieldsRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof StmtGetColFieldsRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof StmtUseResultRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof StmtNumParamsRequest s) {
            o.name("stmt_id").unsigned(s.stmtId());
        }
        // VersionRequest, GetCurrentDbRequest, GetServerInfoRequest, StmtInitRequest, UnknownRequest: req_id only.
    }

    private static void optional(JsonOut o, String name, String value) {
        if (value != null) {
            o.name(name).string(value);
        }
    }
}
