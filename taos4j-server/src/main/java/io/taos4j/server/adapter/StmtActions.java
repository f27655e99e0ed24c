package io.taos4j.server.adapter;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.RawBlock;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.stmt.StmtBindBlock;
import io.taos4j.protocol.ws.CommonResponse;
import io.taos4j.protocol.ws.StmtAddBatchRequest;
import io.taos4j.protocol.ws.StmtBindJsonRequest;
import io.taos4j.protocol.ws.StmtBindRequest;
import io.taos4j.protocol.ws.StmtCloseRequest;
import io.taos4j.protocol.ws.StmtExecRequest;
import io.taos4j.protocol.ws.StmtExecResponse;
import io.taos4j.protocol.ws.StmtGetColFieldsRequest;
import io.taos4j.protocol.ws.StmtGetColFieldsResponse;
import io.taos4j.protocol.ws.StmtGetParamRequest;
import io.taos4j.protocol.ws.StmtGetParamResponse;
import io.taos4j.protocol.ws.StmtGetTagFieldsRequest;
import io.taos4j.protocol.ws.StmtGetTagFieldsResponse;
import io.taos4j.protocol.ws.StmtInitRequest;
import io.taos4j.protocol.ws.StmtInitResponse;
import io.taos4j.protocol.ws.StmtNumParamsRequest;
import io.taos4j.protocol.ws.StmtNumParamsResponse;
import io.taos4j.protocol.ws.StmtPrepareRequest;
import io.taos4j.protocol.ws.StmtPrepareResponse;
import io.taos4j.protocol.ws.StmtSetTableNameRequest;
import io.taos4j.protocol.ws.StmtSetTagsJsonRequest;
import io.taos4j.protocol.ws.StmtSetTagsRequest;
import io.taos4j.protocol.ws.StmtUseResultRequest;
import io.taos4j.protocol.ws.StmtUseResultResponse;
import io.taos4j.protocol.ws.WsBinaryRequest;
import io.taos4j.protocol.ws.WsRequest;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.stmt.ClassicStatement;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The classic statement actions of {@code /ws} (ws-sql.md §8): {@code init}, {@code prepare},
 * {@code set_table_name}, {@code set_tags} and {@code bind} (JSON and binary), {@code add_batch}, {@code exec},
 * {@code get_tag_fields}, {@code get_col_fields}, {@code stmt_num_params}, {@code stmt_get_param},
 * {@code use_result} and {@code close} (no reply unless it fails), with taosAdapter's texts.
 */
final class StmtActions {
    private final Engine engine;
    private final Statements statements;

    StmtActions(Engine engine, Statements statements) {
        this.engine = engine;
        this.statements = statements;
    }

    /** Handles a classic statement request; false when {@code request} is not one. */
    boolean handle(WsRequest request, Session session, long received) {
        if (request instanceof StmtInitRequest r) {
            long id = statements.add(new ClassicStatement(engine, session));
            statements.replies().json(new StmtInitResponse(r.reqId(), elapsed(received), id));
            return true;
        }
        if (request instanceof StmtCloseRequest r) {
            if (statements.isOtherKind(r.stmtId(), false)) {
                statements.failText("stmtID:" + Long.toUnsignedString(r.stmtId()) + ", isStmt2:false not match",
                        r.action(), r.reqId(), r.stmtId(), received);
            } else {
                statements.remove(r.stmtId());
            }
            return true;
        }
        Long classicId = stmtId(request);
        if (classicId == null) {
            return false;
        }
        long stmtId = classicId;
        ClassicStatement s = find(request.action(), request.reqId(), stmtId, received);
        if (s == null) {
            return true;
        }
        try {
            reply(request, s, stmtId, received);
        } catch (RuntimeException e) {
            statements.fail(e, request.action(), request.reqId(), stmtId, received);
        }
        return true;
    }

    private void reply(WsRequest request, ClassicStatement s, long id, long received) {
        long t = request.reqId();
        var out = statements.replies();
        if (request instanceof StmtPrepareRequest r) {
            boolean insert = s.prepare(r.sql());
            out.json(new StmtPrepareResponse(t, elapsed(received), id, insert));
        } else if (request instanceof StmtSetTableNameRequest r) {
            s.setTableName(r.name());
            out.json(new CommonResponse(r.action(), t, elapsed(received), id));
        } else if (request instanceof StmtSetTagsJsonRequest r) {
            s.setTags(r.tags());
            out.json(new CommonResponse(r.action(), t, elapsed(received), id));
        } else if (request instanceof StmtBindJsonRequest r) {
            s.bind(r.columns());
            out.json(new CommonResponse(r.action(), t, elapsed(received), id));
        } else if (request instanceof StmtAddBatchRequest r) {
            s.addBatch();
            out.json(new CommonResponse(r.action(), t, elapsed(received), id));
        } else if (request instanceof StmtExecRequest) {
            long affected = s.execute();
            out.json(new StmtExecResponse(t, elapsed(received), id, affected));
        } else if (request instanceof StmtGetTagFieldsRequest) {
            out.json(new StmtGetTagFieldsResponse(t, elapsed(received), id, s.tagFields()));
        } else if (request instanceof StmtGetColFieldsRequest) {
            List<io.taos4j.protocol.ws.StmtField> fields = s.columnFields();
            out.json(new StmtGetColFieldsResponse(t, elapsed(received), id, fields.isEmpty() ? null : fields));
        } else if (request instanceof StmtNumParamsRequest) {
            out.json(new StmtNumParamsResponse(t, elapsed(received), id, s.paramCount()));
        } else if (request instanceof StmtGetParamRequest r) {
            int[] p = s.param(r.index());
            out.json(new StmtGetParamResponse(t, elapsed(received), id, r.index(), p[0], p[1]));
        } else if (request instanceof StmtUseResultRequest) {
            Result.Query q = s.takeResult();
            if (q == null) {
                statements.failText("result is nil", request.action(), t, id, received);
                return;
            }
            ServerResult result = statements.register(q);
            out.json(new StmtUseResultResponse(t, elapsed(received), id, result.id(), result.describe()));
        }
    }

    /** Binary {@code set_tags} (1) and {@code bind} (2): a raw block after the 24-byte header. */
    boolean handle(WsBinaryRequest request, long received) {
        if (request instanceof StmtSetTagsRequest r) {
            binary(r.action(), r.reqId(), r.stmtId(), r.block(), true, received);
            return true;
        }
        if (request instanceof StmtBindRequest r) {
            binary(r.action(), r.reqId(), r.stmtId(), r.block(), false, received);
            return true;
        }
        return false;
    }

    private void binary(String action, long reqId, long stmtId, ByteBuffer block, boolean tags, long received) {
        RawBlock b;
        try {
            b = RawBlock.decode(block);
        } catch (ProtocolException e) {
            statements.fail(e, action, reqId, stmtId, received);
            return;
        }
        if (tags && b.rows() != 1) {
            statements.failText("rows not equal 1", action, reqId, stmtId, received);
            return;
        }
        ClassicStatement s = find(action, reqId, stmtId, received);
        if (s == null) {
            return;
        }
        try {
            List<ColumnVector> columns = StmtBindBlock.columns(block);
            TaosType[] types = new TaosType[b.columnCount()];
            for (int c = 0; c < types.length; c++) {
                types[c] = b.type(c);
            }
            if (tags) {
                s.setTags(types, columns);
            } else {
                s.bind(types, columns);
            }
            statements.replies().json(new CommonResponse(action, reqId, elapsed(received), stmtId));
        } catch (RuntimeException e) {
            statements.fail(e, action, reqId, stmtId, received);
        }
    }

    private ClassicStatement find(String action, long reqId, long stmtId, long received) {
        ClassicStatement s = statements.classic(stmtId);
        if (s == null) {
            statements.failText("stmt is nil", action, reqId, stmtId, received);
        }
        return s;
    }

    /** The stmt_id of a classic statement request other than init and close; null for other requests. */
    private static Long stmtId(WsRequest r) {
        if (r instanceof StmtBindJsonRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtPrepareRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtSetTableNameRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtSetTagsJsonRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtAddBatchRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtExecRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtGetTagFieldsRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtGetColFieldsRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtNumParamsRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtGetParamRequest x) {
            return x.stmtId();
        } else if (r instanceof StmtUseResultRequest x) {
            return x.stmtId();
        }
        return null;
    }

    private static long elapsed(long received) {
        return System.nanoTime() - received;
    }
}
