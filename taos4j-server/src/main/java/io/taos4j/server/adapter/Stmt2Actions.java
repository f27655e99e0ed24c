package io.taos4j.server.adapter;

import io.taos4j.protocol.ws.Stmt2BindRequest;
import io.taos4j.protocol.ws.Stmt2BindResponse;
import io.taos4j.protocol.ws.Stmt2CloseRequest;
import io.taos4j.protocol.ws.Stmt2CloseResponse;
import io.taos4j.protocol.ws.Stmt2ExecRequest;
import io.taos4j.protocol.ws.Stmt2ExecResponse;
import io.taos4j.protocol.ws.Stmt2InitRequest;
import io.taos4j.protocol.ws.Stmt2InitResponse;
import io.taos4j.protocol.ws.Stmt2PrepareRequest;
import io.taos4j.protocol.ws.Stmt2PrepareResponse;
import io.taos4j.protocol.ws.Stmt2ResultRequest;
import io.taos4j.protocol.ws.Stmt2ResultResponse;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.stmt.Stmt2Statement;

/**
 * The stmt2 actions of {@code /ws} (ws-sql.md §9): {@code stmt2_init}, {@code stmt2_prepare}, binary
 * {@code stmt2_bind}, {@code stmt2_exec}, {@code stmt2_result}, {@code stmt2_close}, with taosAdapter's replies
 * and texts ({@code stmt2 is nil}, {@code stmtID:N, isStmt2:true not match}, ...).
 */
final class Stmt2Actions {
    private final Engine engine;
    private final Statements statements;

    Stmt2Actions(Engine engine, Statements statements) {
        this.engine = engine;
        this.statements = statements;
    }

    void init(Stmt2InitRequest r, Session session, long received) {
        long id = statements.add(new Stmt2Statement(engine, session));
        statements.replies().json(new Stmt2InitResponse(r.reqId(), elapsed(received), id));
    }

    void prepare(Stmt2PrepareRequest r, long received) {
        Stmt2Statement s = find(Stmt2PrepareRequest.ACTION, r.reqId(), r.stmtId(), received);
        if (s == null) {
            return;
        }
        try {
            Stmt2Statement.Preparation p = s.prepare(r.sql(), r.getFields());
            statements.replies().json(new Stmt2PrepareResponse(r.reqId(), elapsed(received), r.stmtId(),
                    p.isInsert(), p.fields(), p.fieldsCount()));
        } catch (RuntimeException e) {
            statements.fail(e, Stmt2PrepareRequest.ACTION, r.reqId(), r.stmtId(), received);
        }
    }

    void bind(Stmt2BindRequest r, long received) {
        Stmt2Statement s = find(Stmt2BindRequest.ACTION, r.reqId(), r.stmtId(), received);
        if (s == null) {
            return;
        }
        try {
            s.bind(r.payload(), r.colIdx());
            statements.replies().json(new Stmt2BindResponse(r.reqId(), elapsed(received), r.stmtId()));
        } catch (RuntimeException e) {
            statements.fail(e, Stmt2BindRequest.ACTION, r.reqId(), r.stmtId(), received);
        }
    }

    void exec(Stmt2ExecRequest r, long received) {
        Stmt2Statement s = find(Stmt2ExecRequest.ACTION, r.reqId(), r.stmtId(), received);
        if (s == null) {
            return;
        }
        try {
            long affected = s.execute();
            statements.replies().json(new Stmt2ExecResponse(r.reqId(), elapsed(received), r.stmtId(), affected));
        } catch (RuntimeException e) {
            statements.fail(e, Stmt2ExecRequest.ACTION, r.reqId(), r.stmtId(), received);
        }
    }

    /** Checks taosAdapter 3.3.7.5 lacks (it crashes instead): an INSERT, or no result, gets an error reply. */
    void result(Stmt2ResultRequest r, long received) {
        Stmt2Statement s = find(Stmt2ResultRequest.ACTION, r.reqId(), r.stmtId(), received);
        if (s == null) {
            return;
        }
        if (s.isInsert()) {
            statements.failText("stmt is insert, no result set", Stmt2ResultRequest.ACTION, r.reqId(), r.stmtId(),
                    received);
            return;
        }
        Result.Query q = s.takeResult();
        if (q == null) {
            statements.failText("result is nil", Stmt2ResultRequest.ACTION, r.reqId(), r.stmtId(), received);
            return;
        }
        ServerResult result = statements.register(q);
        statements.replies().json(new Stmt2ResultResponse(r.reqId(), elapsed(received), r.stmtId(), result.id(),
                result.describe()));
    }

    void close(Stmt2CloseRequest r, long received) {
        if (statements.isOtherKind(r.stmtId(), true)) {
            statements.failText("stmtID:" + Long.toUnsignedString(r.stmtId()) + ", isStmt2:true not match",
                    Stmt2CloseRequest.ACTION, r.reqId(), r.stmtId(), received);
            return;
        }
        statements.remove(r.stmtId());
        statements.replies().json(new Stmt2CloseResponse(r.reqId(), elapsed(received), r.stmtId()));
    }

    private Stmt2Statement find(String action, long reqId, long stmtId, long received) {
        Stmt2Statement s = statements.stmt2(stmtId);
        if (s == null) {
            statements.failText("stmt2 is nil", action, reqId, stmtId, received);
        }
        return s;
    }

    private static long elapsed(long received) {
        return System.nanoTime() - received;
    }
}
