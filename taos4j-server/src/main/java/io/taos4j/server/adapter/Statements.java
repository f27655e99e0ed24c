package io.taos4j.server.adapter;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.ws.ErrorResponse;
import io.taos4j.server.engine.Result;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.stmt.ClassicStatement;
import io.taos4j.server.stmt.Stmt2Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements of one {@code /ws} session (ws-sql.md §1.4): classic and stmt2 statements share one id counter
 * starting at 1; an id of one kind used with the other kind's actions is unknown. Also the error mapping both
 * kinds share: TDengine errors keep their code, protocol-level problems answer 0xFFFF, every reply carries the
 * {@code stmt_id}. Called from the session's thread only.
 */
final class Statements {
    private static final Logger LOG = LoggerFactory.getLogger(Statements.class);

    private final Map<Long, Object> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final WsSqlHandler.Replies replies;
    /** Registers a result set with the session; returns it with its new id. */
    private final Function<Result.Query, ServerResult> results;

    Statements(WsSqlHandler.Replies replies, Function<Result.Query, ServerResult> results) {
        this.replies = replies;
        this.results = results;
    }

    long add(Object statement) {
        long id = ids.incrementAndGet();
        byId.put(id, statement);
        return id;
    }

    ClassicStatement classic(long id) {
        return byId.get(id) instanceof ClassicStatement s ? s : null;
    }

    Stmt2Statement stmt2(long id) {
        return byId.get(id) instanceof Stmt2Statement s ? s : null;
    }

    /** True when {@code id} is a statement of the other kind. */
    boolean isOtherKind(long id, boolean stmt2) {
        Object s = byId.get(id);
        return s != null && (s instanceof Stmt2Statement) != stmt2;
    }

    void remove(long id) {
        Object s = byId.remove(id);
        if (s instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing statement {} failed", id, e);
            }
        }
    }

    ServerResult register(Result.Query query) {
        return results.apply(query);
    }

    WsSqlHandler.Replies replies() {
        return replies;
    }

    /** Answers a failed statement action. */
    void fail(RuntimeException e, String action, long reqId, long stmtId, long received) {
        long timing = System.nanoTime() - received;
        if (e instanceof SqlError s) {
            replies.json(new ErrorResponse(s.code(), s.getMessage(), action, reqId, timing, stmtId));
        } else if (e instanceof ProtocolException p) {
            replies.json(new ErrorResponse(TaosError.ADAPTER_ERROR, p.getMessage(), action, reqId, timing, stmtId));
        } else {
            LOG.error("statement action {} failed", action, e);
            replies.json(new ErrorResponse(TaosError.TSC_INTERNAL_ERROR.code(), "Internal error: " + e, action,
                    reqId, timing, stmtId));
        }
    }

    void failText(String message, String action, long reqId, long stmtId, long received) {
        replies.json(new ErrorResponse(TaosError.ADAPTER_ERROR, message, action, reqId,
                System.nanoTime() - received, stmtId));
    }

    /** Closes every statement (session end). */
    void closeAll() {
        for (Long id : byId.keySet()) {
            remove(id);
        }
    }
}
