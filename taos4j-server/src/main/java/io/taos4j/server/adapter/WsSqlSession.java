package io.taos4j.server.adapter;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.ws.BinaryQueryRequest;
import io.taos4j.protocol.ws.CheckServerStatusRequest;
import io.taos4j.protocol.ws.CheckServerStatusResponse;
import io.taos4j.protocol.ws.CommonResponse;
import io.taos4j.protocol.ws.ConnRequest;
import io.taos4j.protocol.ws.ConnResponse;
import io.taos4j.protocol.ws.ErrorResponse;
import io.taos4j.protocol.ws.FetchBlockRequest;
import io.taos4j.protocol.ws.FetchBlockResponse;
import io.taos4j.protocol.ws.FetchRawBlockRequest;
import io.taos4j.protocol.ws.FetchRawBlockResponse;
import io.taos4j.protocol.ws.FetchRequest;
import io.taos4j.protocol.ws.FetchResponse;
import io.taos4j.protocol.ws.FreeResultRequest;
import io.taos4j.protocol.ws.GetConnectionInfoRequest;
import io.taos4j.protocol.ws.GetConnectionInfoResponse;
import io.taos4j.protocol.ws.GetCurrentDbRequest;
import io.taos4j.protocol.ws.GetCurrentDbResponse;
import io.taos4j.protocol.ws.GetServerInfoRequest;
import io.taos4j.protocol.ws.GetServerInfoResponse;
import io.taos4j.protocol.ws.NumFieldsRequest;
import io.taos4j.protocol.ws.NumFieldsResponse;
import io.taos4j.protocol.ws.OptionsConnectionRequest;
import io.taos4j.protocol.ws.QueryRequest;
import io.taos4j.protocol.ws.QueryResponse;
import io.taos4j.protocol.ws.Stmt2BindRequest;
import io.taos4j.protocol.ws.Stmt2CloseRequest;
import io.taos4j.protocol.ws.Stmt2ExecRequest;
import io.taos4j.protocol.ws.Stmt2InitRequest;
import io.taos4j.protocol.ws.Stmt2PrepareRequest;
import io.taos4j.protocol.ws.Stmt2ResultRequest;
import io.taos4j.protocol.ws.SchemalessInsertRequest;
import io.taos4j.protocol.ws.SchemalessInsertResponse;
import io.taos4j.protocol.ws.UnknownRequest;
import io.taos4j.protocol.ws.ValidateSqlRequest;
import io.taos4j.protocol.ws.ValidateSqlResponse;
import io.taos4j.protocol.ws.VersionRequest;
import io.taos4j.protocol.ws.VersionResponse;
import io.taos4j.protocol.ws.WsBinaryRequest;
import io.taos4j.protocol.ws.WsRequest;
import io.taos4j.protocol.ws.WsRequestException;
import io.taos4j.server.catalog.User;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.schemaless.SchemalessWriter;
import io.taos4j.server.schemaless.SmlPrecision;
import io.taos4j.server.schemaless.SmlProtocol;
import io.taos4j.server.schemaless.SmlRequest;
import io.taos4j.server.schemaless.SmlResult;
import io.taos4j.server.sql.SqlError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The taosAdapter {@code /ws} protocol for one connection (ws-sql.md): session actions, queries and both fetch
 * protocols. Called by one thread at a time (the connection's serial executor).
 */
final class WsSqlSession {
    private static final Logger LOG = LoggerFactory.getLogger(WsSqlSession.class);
    private static final String NOT_CONNECTED = "server not connected";

    private final Engine engine;
    private final String peer;
    private final WsSqlHandler.Replies replies;
    private final Map<Long, ServerResult> results = new ConcurrentHashMap<>();
    private final AtomicLong resultIds = new AtomicLong();
    private final Statements statements;
    private final StmtActions stmt;
    private final Stmt2Actions stmt2;
    private final SchemalessWriter schemaless;
    private Session session;
    private boolean closed;

    WsSqlSession(Engine engine, String peer, WsSqlHandler.Replies replies) {
        this.engine = engine;
        this.peer = peer;
        this.replies = replies;
        this.statements = new Statements(replies, this::register);
        this.stmt = new StmtActions(engine, statements);
        this.stmt2 = new Stmt2Actions(engine, statements);
        this.schemaless = new SchemalessWriter(engine.catalog());
    }

    /** A frame the codecs refused: answer as the adapter does (after the connection check where it applies). */
    void rejected(WsRequestException e, long received) {
        long timing = System.nanoTime() - received;
        if (session == null && e.checkedAfterConnection()) {
            replies.errorText(TaosError.ADAPTER_ERROR, NOT_CONNECTED, e.action(), e.reqId(), timing);
            return;
        }
        if (e.reply() == WsRequestException.Reply.FETCH_RAW_BLOCK) {
            replies.binary(e.toFetchRawBlockResponse(timing));
        } else {
            replies.json(e.toErrorResponse(timing));
        }
    }

    void handle(WsRequest request, long received) {
        if (closed) {
            return;
        }
        try {
            if (request instanceof VersionRequest v) {
                replies.json(new VersionResponse(v.reqId(), elapsed(received), engine.info().version()));
                return;
            }
            if (request instanceof ConnRequest c) {
                conn(c, received);
                return;
            }
            if (request instanceof CheckServerStatusRequest c) {
                replies.json(new CheckServerStatusResponse(c.reqId(), elapsed(received), 2, ""));
                return;
            }
            if (session == null) {
                replies.errorText(TaosError.ADAPTER_ERROR, NOT_CONNECTED, request.action(), request.reqId(),
                        elapsed(received));
                return;
            }
            dispatch(request, received);
        } catch (SqlError e) {
            replies.json(new ErrorResponse(e.code(), e.getMessage(), request.action(), request.reqId(),
                    elapsed(received)));
        } catch (RuntimeException e) {
            LOG.error("request {} failed", request.action(), e);
            replies.json(new ErrorResponse(TaosError.TSC_INTERNAL_ERROR.code(), "Internal error: " + e,
                    request.action(), request.reqId(), elapsed(received)));
        }
    }

    void handle(WsBinaryRequest request, long received) {
        if (closed) {
            return;
        }
        if (session == null) {
            replies.errorText(TaosError.ADAPTER_ERROR, NOT_CONNECTED, request.action(), request.reqId(),
                    elapsed(received));
            return;
        }
        try {
            if (request instanceof BinaryQueryRequest q) {
                query(BinaryQueryRequest.ACTION, q.reqId(), q.sql(), received);
            } else if (request instanceof FetchRawBlockRequest f) {
                fetchRawBlock(f, received);
            } else if (request instanceof Stmt2BindRequest b) {
                stmt2.bind(b, received);
            } else if (stmt.handle(request, received)) {
                return;
            } else if (request instanceof ValidateSqlRequest v) {
                replies.json(new ValidateSqlResponse(v.reqId(), elapsed(received), engine.validate(session, v.sql())));
            } else {
                notSupported(request.action(), request.reqId(), received);
            }
        } catch (SqlError e) {
            if (request instanceof FetchRawBlockRequest f) {
                replies.binary(FetchRawBlockResponse.error(elapsed(received), f.reqId(), e.code(), e.getMessage(),
                        f.resultId()));
            } else {
                replies.json(new ErrorResponse(e.code(), e.getMessage(), request.action(), request.reqId(),
                        elapsed(received)));
            }
        } catch (RuntimeException e) {
            LOG.error("request {} failed", request.action(), e);
            replies.json(new ErrorResponse(TaosError.TSC_INTERNAL_ERROR.code(), "Internal error: " + e,
                    request.action(), request.reqId(), elapsed(received)));
        }
    }

    private void dispatch(WsRequest request, long received) {
        long t = request.reqId();
        if (request instanceof QueryRequest q) {
            query(QueryRequest.ACTION, t, q.sql(), received);
        } else if (request instanceof FetchRequest f) {
            fetch(f, received);
        } else if (request instanceof FetchBlockRequest f) {
            fetchBlock(f, received);
        } else if (request instanceof FreeResultRequest f) {
            ServerResult r = results.remove(f.id());
            if (r != null) {
                r.close();
            }
        } else if (request instanceof NumFieldsRequest n) {
            ServerResult r = results.get(n.resultId());
            if (r == null) {
                replies.errorText(TaosError.ADAPTER_ERROR, "result is nil", request.action(), t, elapsed(received));
            } else {
                replies.json(new NumFieldsResponse(t, elapsed(received), r.fields().size()));
            }
        } else if (request instanceof GetCurrentDbRequest) {
            String db = session.database();
            replies.json(new GetCurrentDbResponse(t, elapsed(received), db == null ? "" : db));
        } else if (request instanceof GetServerInfoRequest) {
            replies.json(new GetServerInfoResponse(t, elapsed(received), serverInfo()));
        } else if (request instanceof GetConnectionInfoRequest g) {
            if (g.info() != 0) {
                replies.errorText(TaosError.INVALID_PARA.code(), TaosError.INVALID_PARA.text(), request.action(), t,
                        elapsed(received));
            } else {
                replies.json(new GetConnectionInfoResponse(t, elapsed(received), session.user()));
            }
        } else if (request instanceof SchemalessInsertRequest s) {
            schemaless(s, received);
        } else if (request instanceof OptionsConnectionRequest o) {
            options(o);
            replies.json(new CommonResponse(request.action(), t, elapsed(received), null));
        } else if (request instanceof Stmt2InitRequest r) {
            stmt2.init(r, session, received);
        } else if (request instanceof Stmt2PrepareRequest r) {
            stmt2.prepare(r, received);
        } else if (request instanceof Stmt2ExecRequest r) {
            stmt2.exec(r, received);
        } else if (request instanceof Stmt2ResultRequest r) {
            stmt2.result(r, received);
        } else if (request instanceof Stmt2CloseRequest r) {
            stmt2.close(r, received);
        } else if (stmt.handle(request, session, received)) {
            return;
        } else if (request instanceof UnknownRequest u) {
            replies.errorText(TaosError.ADAPTER_ERROR, "unknown action " + u.action(), u.action(), t,
                    elapsed(received));
        } else {
            notSupported(request.action(), t, received);
        }
    }

    /** Schemaless {@code insert} (ws-sql.md §6), with taosAdapter's and the C client's checks in their order. */
    private void schemaless(SchemalessInsertRequest s, long received) {
        if (s.protocol() == 0) {
            replies.errorText(TaosError.ADAPTER_ERROR, "schemaless write protocol is null", s.action(), s.reqId(),
                    elapsed(received));
            return;
        }
        byte[] data = s.data() == null ? new byte[0] : s.data().getBytes(StandardCharsets.UTF_8);
        if (data.length == 0) {
            throw SqlError.of(TaosError.INVALID_PARA);
        }
        SmlProtocol protocol = SmlProtocol.ofCode(s.protocol());
        if (protocol == null && session.database() != null) {
            throw SqlError.of(TaosError.SML_INVALID_PROTOCOL_TYPE, "protocol invalidate");
        }
        SmlResult r = schemaless.write(session.database(), new SmlRequest(protocol == null ? SmlProtocol.LINE
                : protocol, SmlPrecision.ofName(s.precision()), s.ttl() == null ? 0 : s.ttl(), s.tableNameKey(), data));
        replies.json(new SchemalessInsertResponse(s.reqId(), elapsed(received), r.affectedRows(), r.totalRows()));
    }

    private void notSupported(String action, long reqId, long received) {
        replies.errorText(TaosError.ADAPTER_ERROR, "action " + action
                + " is not supported by this release of the taos4j embedded server", action, reqId, elapsed(received));
    }

    private void conn(ConnRequest c, long received) {
        if (session != null) {
            replies.errorText(TaosError.ADAPTER_ERROR, "duplicate connections", c.action(), c.reqId(),
                    elapsed(received));
            return;
        }
        if (c.mode() != null && c.mode() != 0) {
            replies.errorText(TaosError.ADAPTER_ERROR, "unexpected mode:" + c.mode(), c.action(), c.reqId(),
                    elapsed(received));
            return;
        }
        User user = engine.catalog().user(c.user() == null ? "" : c.user());
        if (user == null) {
            replies.errorText(TaosError.MND_USER_NOT_EXIST.code(), TaosError.MND_USER_NOT_EXIST.text(), c.action(),
                    c.reqId(), elapsed(received));
            return;
        }
        boolean passwordOk = user.password().matches(c.password());
        if (!passwordOk || !user.enabled()) {
            TaosError e = passwordOk ? TaosError.MND_USER_DISABLED : TaosError.MND_AUTH_FAILURE;
            replies.errorText(e.code(), e.text(), c.action(), c.reqId(), elapsed(received));
            return;
        }
        String db = c.db() == null || c.db().isEmpty() ? null : c.db();
        if (db != null && engine.catalog().findDatabase(db) == null
                && !io.taos4j.server.catalog.Catalog.isSystemDatabase(db)) {
            replies.errorText(TaosError.MND_DB_NOT_EXIST.code(), TaosError.MND_DB_NOT_EXIST.text(), c.action(),
                    c.reqId(), elapsed(received));
            return;
        }
        ZoneId zone = engine.info().defaultZone();
        if (c.tz() != null && !c.tz().isEmpty()) {
            try {
                zone = ZoneId.of(c.tz());
            } catch (DateTimeException e) {
                replies.errorText(TaosError.INVALID_PARA.code(), "invalid timezone: " + c.tz(), c.action(), c.reqId(),
                        elapsed(received));
                return;
            }
        }
        Session s = new Session(user.name(), db, zone);
        s.setApp(c.app());
        s.setClientIp(c.ip() == null || c.ip().isEmpty() ? peer : c.ip());
        session = s;
        engine.openSession(s);
        replies.json(new ConnResponse(c.reqId(), elapsed(received), engine.info().version(), null));
    }

    private void options(OptionsConnectionRequest o) {
        for (OptionsConnectionRequest.Option option : o.options()) {
            String value = option.value();
            switch (option.option()) {
                case -1 -> {
                    session.setZone(engine.info().defaultZone());
                    session.setApp("");
                    session.setClientIp(peer);
                }
                case 1 -> {
                    try {
                        session.setZone(value == null ? engine.info().defaultZone() : ZoneId.of(value));
                    } catch (DateTimeException e) {
                        throw SqlError.of(TaosError.INVALID_PARA, "invalid timezone: " + value);
                    }
                }
                case 2 -> session.setClientIp(value == null ? peer : value);
                case 3 -> session.setApp(value);
                default -> {
                    // charset (0) and connector info (4) are accepted and not used
                }
            }
        }
    }

    private void query(String action, long reqId, String sql, long received) {
        Result result = engine.execute(session, sql);
        if (result instanceof Result.Update u) {
            replies.json(QueryResponse.update(action, reqId, elapsed(received), u.affectedRows()));
            return;
        }
        ServerResult r = register((Result.Query) result);
        replies.json(new QueryResponse(action, reqId, elapsed(received), r.id(), false, 0, r.describe()));
    }

    /** Keeps a result set for fetching under the next result id (queries, stmt results). */
    private ServerResult register(Result.Query q) {
        long id = resultIds.incrementAndGet();
        ServerResult r = new ServerResult(id, q.fields(), q.precision(), q.rows());
        results.put(id, r);
        return r;
    }

    private void fetchRawBlock(FetchRawBlockRequest f, long received) {
        ServerResult r = results.get(f.resultId());
        if (r == null) {
            replies.binary(FetchRawBlockResponse.error(elapsed(received), f.reqId(), TaosError.ADAPTER_ERROR,
                    "result is nil", f.resultId()));
            return;
        }
        ByteBuffer reply;
        try {
            reply = r.nextRawBlockReply(f.reqId(), received);
        } catch (SqlError e) {
            results.remove(f.resultId());
            r.close();
            throw e;
        }
        if (reply == null) {
            results.remove(f.resultId());
            replies.binary(FetchRawBlockResponse.end(elapsed(received), f.reqId(), f.resultId()));
        } else {
            replies.binary(reply);
        }
    }

    private void fetch(FetchRequest f, long received) {
        ServerResult r = results.get(f.id());
        if (r == null) {
            replies.errorText(TaosError.ADAPTER_ERROR, "result is nil", f.action(), f.reqId(), elapsed(received));
            return;
        }
        int rows = r.fetchAndHold();
        if (rows == 0) {
            results.remove(f.id());
            replies.json(new FetchResponse(f.reqId(), elapsed(received), f.id(), true, null, 0));
        } else {
            replies.json(new FetchResponse(f.reqId(), elapsed(received), f.id(), false, r.heldLengths(), rows));
        }
    }

    private void fetchBlock(FetchBlockRequest f, long received) {
        ServerResult r = results.get(f.id());
        byte[] block = r == null ? null : r.heldBlock();
        if (block == null) {
            String message = r == null ? "result is nil" : "block is nil";
            replies.errorText(TaosError.ADAPTER_ERROR, message, f.action(), f.reqId(), elapsed(received));
            return;
        }
        replies.binary(new FetchBlockResponse(elapsed(received), f.id(), ByteBuffer.wrap(block)));
    }

    private String serverInfo() {
        String build = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(Instant.ofEpochMilli(engine.info().startTime()).atOffset(ZoneOffset.UTC));
        return "ver:" + engine.info().version() + "\nbuild:Linux-x64 " + build + " +0000\ngitinfo:taos4j";
    }

    private static long elapsed(long received) {
        return System.nanoTime() - received;
    }

    /** Frees every open result and unregisters the session. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        statements.closeAll();
        results.values().forEach(ServerResult::close);
        results.clear();
        if (session != null) {
            engine.closeSession(session);
        }
    }
}
