package io.taos4j;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A {@link Stmt2} over the {@code /ws} stmt2 actions (ws-sql.md §9). */
final class WsStmt2 implements Stmt2 {
    private final TaosConnection owner;
    private final WsConnection connection;
    private final long stmtId;
    private volatile boolean closed;
    private volatile boolean prepared;
    private volatile boolean insert;
    private volatile List<StmtField> fields = List.of();
    private volatile int parameterCount;
    /** An {@code INSERT INTO ? VALUES} whose tables (so column types) the server knows only when bound. */
    private volatile boolean lateTables;

    private WsStmt2(TaosConnection owner, WsConnection connection, long stmtId) {
        this.owner = owner;
        this.connection = connection;
        this.stmtId = stmtId;
    }

    /**
     * Creates the statement on the session's current connection. A statement lives on that connection: after a
     * reconnection its calls fail with a clear error and it must be prepared again on a new statement.
     */
    static CompletableFuture<Stmt2> open(TaosConnection owner) {
        return owner.session().call(c -> c.send(new Stmt2InitRequest(c.nextReqId(), false, false)), true)
                .thenApply(r -> new WsStmt2(owner, r.connection(), ((Stmt2InitResponse) r.value()).stmtId()));
    }

    @Override
    public CompletableFuture<Void> prepareAsync(String sql) {
        CompletableFuture<Void> refused = checkOpen();
        if (refused != null) {
            return refused;
        }
        prepared = false;
        return connection.send(new Stmt2PrepareRequest(connection.nextReqId(), stmtId, sql, true))
                .handle((r, e) -> {
                    if (e == null) {
                        return CompletableFuture.completedFuture(r);
                    }
                    TaosException t = Futures.unwrap(e);
                    if (t.code() != TaosError.TSC_STMT_TBNAME_ERROR.code()) {
                        return CompletableFuture.<io.taos4j.protocol.ws.WsResponse>failedFuture(t);
                    }
                    // INSERT INTO ? VALUES (...): fields exist only per bound table; bind with the views' types
                    return connection.send(new Stmt2PrepareRequest(connection.nextReqId(), stmtId, sql, false));
                }).thenCompose(f -> f).thenApply(r -> {
            Stmt2PrepareResponse p = (Stmt2PrepareResponse) r;
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
            prepared = true;
            return null;
        });
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

    @Override
    public CompletableFuture<Void> bindAsync(List<TableBind> tables) {
        CompletableFuture<Void> refused = checkPrepared();
        if (refused != null) {
            return refused;
        }
        List<Stmt2BindTable> wire;
        int length;
        try {
            wire = lateTables ? lateTables(tables) : insert ? insertTables(tables) : queryTables(tables);
            length = Stmt2BindEncoder.payloadLength(wire);
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.INVALID_PARA, e.getMessage()));
        }
        long reqId = connection.nextReqId();
        return connection.sendBinary(Stmt2BindRequest.ACTION, reqId, Stmt2BindEncoder.FRAME_HEADER_LENGTH + length,
                out -> Stmt2BindEncoder.writeFrame(out, reqId, stmtId, Stmt2BindEncoder.ALL_COLUMNS, wire, length))
                .thenApply(r -> null);
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
    public CompletableFuture<Long> executeAsync() {
        CompletableFuture<Long> refused = checkPrepared();
        if (refused != null) {
            return refused;
        }
        return connection.send(new Stmt2ExecRequest(connection.nextReqId(), stmtId))
                .thenApply(r -> ((Stmt2ExecResponse) r).affected());
    }

    @Override
    public CompletableFuture<ResultSet> resultSetAsync() {
        CompletableFuture<ResultSet> refused = checkPrepared();
        if (refused != null) {
            return refused;
        }
        return connection.send(new Stmt2ResultRequest(connection.nextReqId(), stmtId)).thenApply(r -> {
            Stmt2ResultResponse q = (Stmt2ResultResponse) r;
            return owner.openResultSet(connection, q.id(), q.fields());
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
        if (!connection.isOpen()) {
            return CompletableFuture.completedFuture(null);
        }
        return connection.send(new Stmt2CloseRequest(connection.nextReqId(), stmtId)).thenApply(r -> null);
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
        return "Stmt2[id=" + stmtId + ", insert=" + insert + ", fields=" + fields + "]";
    }
}
