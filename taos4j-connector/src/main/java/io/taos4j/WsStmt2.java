package io.taos4j;

import io.taos4j.internal.ws.ConnectionLost;
import io.taos4j.internal.ws.WsConnection;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.stmt.BindColumn;
import io.taos4j.protocol.stmt.Stmt2BindEncoder;
import io.taos4j.protocol.stmt.Stmt2BindTable;
import io.taos4j.protocol.ws.Stmt2BindRequest;
import io.taos4j.protocol.ws.Stmt2CloseRequest;
import io.taos4j.protocol.ws.Stmt2ExecRequest;
import io.taos4j.protocol.ws.Stmt2ExecResponse;
import io.taos4j.protocol.ws.Stmt2Field;
import io.taos4j.protocol.ws.Stmt2InitRequest;
import io.taos4j.protocol.ws.Stmt2InitResponse;
import io.taos4j.protocol.ws.Stmt2PrepareRequest;
import io.taos4j.protocol.ws.Stmt2PrepareResponse;
import io.taos4j.protocol.ws.Stmt2ResultRequest;
import io.taos4j.protocol.ws.Stmt2ResultResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link Stmt2} over the {@code /ws} stmt2 actions (ws-sql.md §9).
 *
 * <p>The statement survives reconnections of its {@link Taos}: the server statement lives on one connection, and
 * when a call finds that the session has moved to a new one (or the connection drops under the call), the
 * statement is made again there before the call goes out: {@code stmt2_init}, {@code stmt2_prepare} with the same
 * SQL, the bind payloads the old statement held (kept, encoded, from each bind until the INSERT's execution; a
 * query's current parameters), and for an executed query its execution. Binds have no effect until executed, so a
 * bind cut by a drop is sent again. Replaying an execution follows the connection's rules: a query's is sent again;
 * an INSERT's is sent again only when it never reached the server, otherwise it fails with {@code 0x0213} (it may or
 * may not have written) and the statement holds no binds afterwards.
 */
final class WsStmt2 implements Stmt2 {
    private final TaosConnection owner;
    /** The server statement: its connection and id, replaced when a reconnection makes a new one. */
    private volatile Handle handle;
    private volatile boolean closed;
    private volatile boolean prepared;
    /** The SQL last prepared, made again on a new connection; null before a prepare succeeds. */
    private volatile String sql;
    private volatile boolean insert;
    private volatile List<StmtField> fields = List.of();
    private volatile int parameterCount;
    /** An {@code INSERT INTO ? VALUES} whose tables (so column types) the server knows only when bound. */
    private volatile boolean lateTables;
    /** What the server statement holds: an INSERT's binds since its last execution, or a query's parameters. */
    private final ConcurrentLinkedQueue<ByteBuffer> binds = new ConcurrentLinkedQueue<>();
    /** A query was executed with the held parameters (its result can be asked for). */
    private volatile boolean executed;

    private record Handle(WsConnection connection, long stmtId) {
    }

    private WsStmt2(TaosConnection owner, Handle handle) {
        this.owner = owner;
        this.handle = handle;
    }

    /** Creates the statement on the session's current connection. */
    static CompletableFuture<Stmt2> open(TaosConnection owner) {
        return owner.session().call(WsStmt2::init, true)
                .thenApply(r -> new WsStmt2(owner, new Handle(r.connection(), r.value())));
    }

    private static CompletableFuture<Long> init(WsConnection c) {
        return c.send(new Stmt2InitRequest(c.nextReqId(), false, false))
                .thenApply(r -> ((Stmt2InitResponse) r).stmtId());
    }

    /**
     * The statement on {@code c}: the current one, or one made there like it. A drop while making it is reported as
     * a request that never reached the server, since nothing with an effect was sent.
     */
    private CompletableFuture<Handle> on(WsConnection c) {
        Handle h = handle;
        if (h.connection() == c) {
            return CompletableFuture.completedFuture(h);
        }
        return init(c).thenCompose(id -> {
            Handle fresh = new Handle(c, id);
            String again = sql;
            CompletableFuture<?> chain = again == null ? CompletableFuture.completedFuture(null)
                    : prepareOn(fresh, again);
            for (ByteBuffer b : binds) {
                chain = chain.thenCompose(v -> sendBind(fresh, b));
            }
            if (!insert && executed) {
                chain = chain.thenCompose(v -> execOn(fresh));
            }
            return chain.thenApply(v -> {
                handle = fresh;
                return fresh;
            });
        }).handle((fresh, e) -> {
            if (e == null) {
                return CompletableFuture.completedFuture(fresh);
            }
            TaosException t = Futures.unwrap(e);
            if (t instanceof ConnectionLost lost) {
                t = new ConnectionLost("while preparing the statement again on a new connection", lost.reqId(),
                        false);
            }
            return CompletableFuture.<Handle>failedFuture(t);
        }).thenCompose(f -> f);
    }

    @Override
    public CompletableFuture<Void> prepareAsync(String sql) {
        CompletableFuture<Void> refused = checkOpen();
        if (refused != null) {
            return refused;
        }
        prepared = false;
        this.sql = null;
        binds.clear();
        executed = false;
        return owner.session().call(c -> on(c).thenCompose(h -> prepareOn(h, sql)), true).thenApply(r -> {
            Stmt2PrepareResponse p = r.value();
            insert = p.isInsert();
            lateTables = p.isInsert() && p.fields() == null;
            List<StmtField> out = new ArrayList<>();
            if (p.fields() != null) {
                for (Stmt2Field f : p.fields()) {
                    out.add(new StmtField(f.name(), TaosType.ofCode(f.fieldType()), f.bytes(), f.precision(),
                            f.scale(), kind(f.bindType())));
                }
            }
            fields = Collections.unmodifiableList(out);
            parameterCount = insert ? out.size() : p.fieldsCount();
            this.sql = sql;
            prepared = true;
            return null;
        });
    }

    /** Prepares {@code sql} on {@code h}; an {@code INSERT INTO ? VALUES} is prepared without fields. */
    private static CompletableFuture<Stmt2PrepareResponse> prepareOn(Handle h, String sql) {
        WsConnection c = h.connection();
        return c.send(new Stmt2PrepareRequest(c.nextReqId(), h.stmtId(), sql, true))
                .handle((r, e) -> {
                    if (e == null) {
                        return CompletableFuture.completedFuture(r);
                    }
                    TaosException t = Futures.unwrap(e);
                    if (t.code() != TaosError.TSC_STMT_TBNAME_ERROR.code()) {
                        return CompletableFuture.<io.taos4j.protocol.ws.WsResponse>failedFuture(t);
                    }
                    // INSERT INTO ? VALUES (...): fields exist only per bound table; bind with the views' types
                    return c.send(new Stmt2PrepareRequest(c.nextReqId(), h.stmtId(), sql, false));
                }).thenCompose(f -> f).thenApply(r -> (Stmt2PrepareResponse) r);
    }

    private static StmtField.Kind kind(int bindType) {
        return switch (bindType) {
            case Stmt2Field.BIND_TABLE_NAME -> StmtField.Kind.TABLE_NAME;
            case Stmt2Field.BIND_TAG -> StmtField.Kind.TAG;
            case Stmt2Field.BIND_QUERY -> StmtField.Kind.QUERY;
            default -> StmtField.Kind.COLUMN;
        };
    }

    @Override
    public boolean isInsert() {
        return insert;
    }

    @Override
    public List<StmtField> fields() {
        return fields;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    private List<Stmt2BindTable> insertTables(List<TableBind> tables) {
        if (tables.isEmpty()) {
            throw TaosException.of(TaosError.INVALID_PARA, "no tables to bind");
        }
        List<StmtField> all = fields;
        List<StmtField> tagFields = new ArrayList<>();
        List<StmtField> columnFields = new ArrayList<>();
        boolean named = false;
        for (StmtField f : all) {
            switch (f.kind()) {
                case TABLE_NAME -> named = true;
                case TAG -> tagFields.add(f);
                default -> columnFields.add(f);
            }
        }
        List<Stmt2BindTable> out = new ArrayList<>(tables.size());
        for (TableBind t : tables) {
            if (named && t.name() == null) {
                throw TaosException.of(TaosError.TSC_STMT_TBNAME_ERROR, "the statement binds a table name");
            }
            if (!t.tags().isEmpty() && t.tags().size() != tagFields.size()) {
                throw TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, tagFields.size() + " tags expected, "
                        + t.tags().size() + " given for table " + t.name());
            }
            if (t.columns().size() != columnFields.size()) {
                throw TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, columnFields.size()
                        + " columns expected, " + t.columns().size() + " given for table " + t.name());
            }
            List<BindColumn> tags = new ArrayList<>(t.tags().size());
            for (int i = 0; i < t.tags().size(); i++) {
                StmtField f = tagFields.get(i);
                ColumnView v = ColumnView.ofValues(Collections.singletonList(t.tags().get(i)));
                tags.add(column(v, f));
            }
            List<BindColumn> columns = new ArrayList<>(columnFields.size());
            for (int i = 0; i < columnFields.size(); i++) {
                columns.add(column(t.columns().get(i), columnFields.get(i)));
            }
            out.add(new Stmt2BindTable(named ? t.name() : null, tags, columns));
        }
        return out;
    }

    private static BindColumn column(ColumnView v, StmtField f) {
        ColumnVector values = BindConversion.convert(v, f.type(), Precision.ofCode(f.precision()), f.name());
        return new BindColumn(f.type(), values);
    }

    /** Tables named when bound: each view travels with its own type, which must be its column's. */
    private static List<Stmt2BindTable> lateTables(List<TableBind> tables) {
        List<Stmt2BindTable> out = new ArrayList<>(tables.size());
        for (TableBind t : tables) {
            if (t.name() == null) {
                throw TaosException.of(TaosError.TSC_STMT_TBNAME_ERROR, "the statement binds a table name");
            }
            List<BindColumn> columns = new ArrayList<>(t.columns().size());
            for (ColumnView v : t.columns()) {
                columns.add(new BindColumn(BindConversion.queryType(v), BindConversion.queryVector(v)));
            }
            out.add(new Stmt2BindTable(t.name(), List.of(), columns));
        }
        return out;
    }

    private List<Stmt2BindTable> queryTables(List<TableBind> tables) {
        if (tables.size() != 1) {
            throw TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, "a query binds one set of parameters, not "
                    + tables.size());
        }
        TableBind t = tables.get(0);
        if (t.columns().size() != parameterCount) {
            throw TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, parameterCount + " parameters expected, "
                    + t.columns().size() + " given");
        }
        List<BindColumn> columns = new ArrayList<>(parameterCount);
        for (ColumnView v : t.columns()) {
            columns.add(new BindColumn(BindConversion.queryType(v), BindConversion.queryVector(v)));
        }
        return List.of(new Stmt2BindTable(null, List.of(), columns));
    }

    @Override
    public CompletableFuture<Void> bindAsync(List<TableBind> tables) {
        CompletableFuture<Void> refused = checkPrepared();
        if (refused != null) {
            return refused;
        }
        ByteBuffer payload;
        try {
            List<Stmt2BindTable> wire = lateTables ? lateTables(tables) : insert ? insertTables(tables)
                    : queryTables(tables);
            payload = Stmt2BindEncoder.encodePayload(wire);
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.INVALID_PARA, e.getMessage()));
        }
        if (!insert) {
            // a query's parameters replace the previous ones
            binds.clear();
            executed = false;
        }
        // no effect until executed: sent again on a new connection whenever it is cut
        return owner.session().call(c -> on(c).thenCompose(h -> sendBind(h, payload)), true).handle((r, e) -> {
            if (e != null) {
                // the server drops every bind of a statement whose bind fails
                binds.clear();
                throw e instanceof CompletionException ce ? ce : new CompletionException(e);
            }
            binds.add(payload);
            return null;
        });
    }

    private static CompletableFuture<Void> sendBind(Handle h, ByteBuffer payload) {
        WsConnection c = h.connection();
        long reqId = c.nextReqId();
        ByteBuffer body = payload.duplicate();
        return c.sendBinary(Stmt2BindRequest.ACTION, reqId, Stmt2BindEncoder.FRAME_HEADER_LENGTH + body.remaining(),
                out -> {
                    Stmt2BindEncoder.writeHeader(out, reqId, h.stmtId(), Stmt2BindEncoder.ALL_COLUMNS);
                    out.put(body);
                }).thenApply(r -> null);
    }

    @Override
    public CompletableFuture<Long> executeAsync() {
        CompletableFuture<Long> refused = checkPrepared();
        if (refused != null) {
            return refused;
        }
        boolean write = insert;
        // a query's execution is a read and is sent again after a drop; an INSERT's only if it never went out
        return owner.session().call(c -> on(c).thenCompose(WsStmt2::execOn), !write).handle((r, e) -> {
            if (write) {
                binds.clear();
            }
            if (e != null) {
                throw e instanceof CompletionException ce ? ce : new CompletionException(e);
            }
            if (!write) {
                executed = true;
            }
            return r.value();
        });
    }

    private static CompletableFuture<Long> execOn(Handle h) {
        WsConnection c = h.connection();
        return c.send(new Stmt2ExecRequest(c.nextReqId(), h.stmtId())).thenApply(r -> ((Stmt2ExecResponse) r).affected());
    }

    @Override
    public CompletableFuture<ResultSet> resultSetAsync() {
        CompletableFuture<ResultSet> refused = checkPrepared();
        if (refused != null) {
            return refused;
        }
        return owner.session().call(c -> on(c).thenCompose(h -> h.connection()
                .send(new Stmt2ResultRequest(h.connection().nextReqId(), h.stmtId()))), true).thenApply(r -> {
                    Stmt2ResultResponse q = (Stmt2ResultResponse) r.value();
                    return owner.openResultSet(r.connection(), q.id(), q.fields());
                });
    }

    @Override
    public CompletableFuture<ResultSet> queryAsync(Object... params) {
        List<ColumnView> views = new ArrayList<>(params.length);
        try {
            for (Object p : params) {
                views.add(ColumnView.ofValues(Collections.singletonList(p)));
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.INVALID_PARA, e.getMessage()));
        }
        return bindAsync(List.of(new TableBind(null, List.of(), views)))
                .thenCompose(v -> executeAsync())
                .thenCompose(n -> resultSetAsync());
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        closed = true;
        binds.clear();
        Handle h = handle;
        // a statement on a dropped connection is gone with it
        if (!h.connection().isOpen()) {
            return CompletableFuture.completedFuture(null);
        }
        return h.connection().send(new Stmt2CloseRequest(h.connection().nextReqId(), h.stmtId()))
                .thenApply(r -> null);
    }

    private <T> CompletableFuture<T> checkOpen() {
        if (closed) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.TSC_STMT_API_ERROR, "statement is closed"));
        }
        return null;
    }

    private <T> CompletableFuture<T> checkPrepared() {
        CompletableFuture<T> refused = checkOpen();
        if (refused == null && !prepared) {
            refused = CompletableFuture.failedFuture(TaosException.of(TaosError.TSC_STMT_API_ERROR,
                    "prepare a statement first"));
        }
        return refused;
    }

    @Override
    public String toString() {
        return "Stmt2[id=" + handle.stmtId() + ", insert=" + insert + ", fields=" + fields + "]";
    }
}
