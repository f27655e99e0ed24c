package io.taos4j.protocol.ws;

import java.util.List;

/**
 * Writes JSON replies byte for byte as taosAdapter does: the five common fields, then the action's keys in the
 * order of the adapter's Go structs ({@code controller/ws/ws/*.go}); on success every key is written and nil
 * slices as {@code null}, except the two {@code omitempty} keys ({@code conn}'s {@code list_instances},
 * {@code get_tag_fields}' {@code fields}).
 */
final class ResponseJsonEncoder {
    private ResponseJsonEncoder() {
    }

    static String encode(WsResponse r) {
        int capacity = 128;
        if (r instanceof QueryResponse q) {
            capacity = 256 + 32 * q.fields().count();
        }
        JsonOut o = new JsonOut(capacity);
        o.beginObject();
        o.name("code").number(r.code());
        o.name("message").string(r.message());
        o.name("action").string(r.action());
        o.name("req_id").unsigned(r.reqId());
        o.name("timing").number(r.timing());
        writeBody(o, r);
        return o.endObject().toString();
    }

    private static void writeBody(JsonOut o, WsResponse r) {
        if (r instanceof QueryResponse q) {
            o.name("id").unsigned(q.id());
            o.name("is_update").bool(q.isUpdate());
            o.name("affected_rows").number(q.affectedRows());
            writeFields(o, q.fields());
        } else if (r instanceof ErrorResponse e) {
            optionalStmtId(o, e.stmtId());
        } else if (r instanceof Stmt2BindResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof Stmt2ExecResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("affected").number(s.affected());
        } else if (r instanceof Stmt2InitResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof Stmt2PrepareResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("is_insert").bool(s.isInsert());
            writeStmt2Fields(o, s.fields());
            o.name("fields_count").number(s.fieldsCount());
        } else if (r instanceof Stmt2ResultResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("id").unsigned(s.id());
            writeFields(o, s.fields());
        } else if (r instanceof Stmt2CloseResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof SchemalessInsertResponse s) {
            o.name("affected_rows").number(s.affectedRows());
            o.name("total_rows").number(s.totalRows());
        } else if (r instanceof ConnResponse c) {
            if (c.version() != null) {
                o.name("version").string(c.version());
            }
            if (c.listInstances() != null) {
                o.name("list_instances").stringList(c.listInstances());
            }
        } else if (r instanceof VersionResponse v) {
            o.name("version").string(v.version());
        } else if (r instanceof CommonResponse c) {
            optionalStmtId(o, c.stmtId());
        } else {
            writeOther(o, r);
        }
    }

    /** The replies nobody sends on a hot path. */
    private static void writeOther(JsonOut o, WsResponse r) {
        if (r instanceof FetchResponse f) {
            o.name("id").unsigned(f.id());
            o.name("completed").bool(f.completed());
            o.name("lengths").numberList(f.lengths());
            o.name("rows").number(f.rows());
        } else if (r instanceof NumFieldsResponse n) {
            o.name("num_fields").number(n.numFields());
        } else if (r instanceof ValidateSqlResponse v) {
            o.name("result_code").number(v.resultCode());
        } else if (r instanceof CheckServerStatusResponse c) {
            o.name("status").number(c.status());
            o.name("details").string(c.details());
        } else if (r instanceof GetCurrentDbResponse g) {
            o.name("db").string(g.db());
        } else if (r instanceof GetServerInfoResponse g) {
            o.name("info").string(g.info());
        } else if (r instanceof GetConnectionInfoResponse g) {
            o.name("info").string(g.info());
        } else if (r instanceof StmtInitResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
        } else if (r instanceof StmtPrepareResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("is_insert").bool(s.isInsert());
        } else if (r instanceof StmtExecResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("affected").number(s.affected());
        } else if (r instanceof StmtGetTagFieldsResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            if (s.fields() != null && !s.fields().isEmpty()) {
                writeStmtFields(o, s.fields());
            }
        } else if (r instanceof StmtGetColFieldsResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            writeStmtFields(o, s.fields());
        } else if (r instanceof StmtUseResultResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("result_id").unsigned(s.resultId());
            writeFields(o, s.fields());
        } else if (r instanceof StmtNumParamsResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("num_params").number(s.numParams());
        } else if (r instanceof StmtGetParamResponse s) {
            o.name("stmt_id").unsigned(s.stmtId());
            o.name("index").number(s.index());
            o.name("data_type").number(s.dataType());
            o.name("length").number(s.length());
        }
    }

    private static void optionalStmtId(JsonOut o, Long stmtId) {
        if (stmtId != null) {
            o.name("stmt_id").unsigned(stmtId);
        }
    }

    private static void writeFields(JsonOut o, ResultFields f) {
        o.name("fields_count").number(f.count());
        o.name("fields_names").stringList(f.names());
        o.name("fields_types").numberList(f.types());
        o.name("fields_lengths").numberList(f.lengths());
        o.name("precision").number(f.precision());
        o.name("fields_precisions").numberList(f.precisions());
        o.name("fields_scales").numberList(f.scales());
    }

    private static void writeStmtFields(JsonOut o, List<StmtField> fields) {
        o.name("fields");
        if (fields == null) {
            o.nullValue();
            return;
        }
        o.beginArray();
        for (StmtField f : fields) {
            o.beginObject();
            o.name("name").string(f.name());
            o.name("field_type").number(f.fieldType());
            o.name("precision").number(f.precision());
            o.name("scale").number(f.scale());
            o.name("bytes").number(f.bytes());
            o.endObject();
        }
        o.endArray();
    }

    private static void writeStmt2Fields(JsonOut o, List<Stmt2Field> fields) {
        o.name("fields");
        if (fields == null) {
            o.nullValue();
            return;
        }
        o.beginArray();
        for (Stmt2Field f : fields) {
            o.beginObject();
            o.name("name").string(f.name());
            o.name("field_type").number(f.fieldType());
            o.name("precision").number(f.precision());
            o.name("scale").number(f.scale());
            o.name("bytes").number(f.bytes());
            o.name("bind_type").number(f.bindType());
            o.endObject();
        }
        o.endArray();
    }
}
