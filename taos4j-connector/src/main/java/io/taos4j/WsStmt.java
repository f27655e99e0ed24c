package io.taos4j;

import io.taos4j.internal.ws.WsConnection;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.stmt.StmtBindBlock;
import io.taos4j.protocol.ws.StmtAddBatchRequest;
import io.taos4j.protocol.ws.StmtCloseRequest;
import io.taos4j.protocol.ws.StmtExecRequest;
import io.taos4j.protocol.ws.StmtExecResponse;
import io.taos4j.protocol.ws.StmtGetColFieldsRequest;
import io.taos4j.protocol.ws.StmtGetColFieldsResponse;
import io.taos4j.protocol.ws.StmtGetTagFieldsRequest;
import io.taos4j.protocol.ws.StmtGetTagFieldsResponse;
import io.taos4j.protocol.ws.StmtInitRequest;
import io.taos4j.protocol.ws.StmtInitResponse;
import io.taos4j.protocol.ws.StmtNumParamsRequest;
import io.taos4j.protocol.ws.StmtNumParamsResponse;
import io.taos4j.protocol.ws.StmtPrepareRequest;
import io.taos4j.protocol.ws.StmtPrepareResponse;
import io.taos4j.protocol.ws.StmtSetTableNameRequest;
import io.taos4j.protocol.ws.StmtUseResultRequest;
import io.taos4j.protocol.ws.StmtUseResultResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Stmt} over the classic statement actions of {@code /ws} (ws-sql.md §8), binding with binary raw blocks.
 * The tag and column fields are fetched once per prepare and reused for every table of the statement.
 */
final class WsStmt implements Stmt {
    private final TaosConnection owner;
    private final WsConnection connection;
    private final long stmtId;
    private volatile boolean closed;
    private volatile boolean prepared;
    private volatile boolean insert;
    private volatile List<StmtField> tagFields;
    private volatile List<StmtField> columnFields;

    private WsStmt(TaosConnection owner, WsConnection connection, long stmtId) {
        this.owner = owner;
        this.connection = connection;
        this.stmtId = stmtId;
    }

    /**
     * Creates the statement on the session's current connection. A statement lives on that connection: after a
     * reconnection its calls fail with a clear error and it must be prepared again on a new statement.
     */
    static CompletableFuture<Stmt> open(TaosConnection owner) {
        return owner.session().call(c -> c.send(new StmtInitRequest(c.nextReqId())), true)
                .thenApply(r -> new WsStmt(owner, r.connection(), ((StmtInitResponse) r.value()).stmtId()));
    }

    @Override
    public CompletableFuture<Void> prepareAsync(String sql) {
        if (closed) {
            return closedFuture();
        }
        prepared = false;
        tagFields = null;
        columnFields = null;
        return connection.send(new StmtPrepareRequest(connection.nextReqId(), stmtId, sql)).thenApply(r -> {
            insert = ((StmtPrepareResponse) r).isInsert();
            prepared = true;
            return null;
        });
    }

    @Override
    public boolean isInsert() {
        return insert;
    }

    @Override
    public CompletableFuture<Void> setTableNameAsync(String name) {
        return ready().thenCompose(v -> connection.send(
                new StmtSetTableNameRequest(connection.nextReqId(), stmtId, name))).thenApply(r -> null);
    }

    @Override
    public CompletableFuture<Void> setTagsAsync(Object... tags) {
        List<Object> values = Arrays.asList(tags.clone());
        return tagFieldsAsync().thenCompose(fields -> columnFieldsAsync().thenCompose(cols -> {
            if (values.size() != fields.size()) {
                throw TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, fields.size() + " tags expected, "
                        + values.size() + " given");
            }
            Precision precision = precision(cols);
            List<ColumnSchema> schema = new ArrayList<>();
            List<ColumnVector> vectors = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                StmtField f = fields.get(i);
                schema.add(schema(f));
                vectors.add(BindConversion.convert(ColumnView.ofValues(Collections.singletonList(values.get(i))),
                        f.type(), precision, f.name()));
            }
            return connection.send(StmtBindBlock.setTags(connection.nextReqId(), stmtId, schema, vectors));
        })).thenApply(r -> null);
    }

    @Override
    public CompletableFuture<Void> bindAsync(ColumnView... columns) {
        List<ColumnView> views = List.of(columns);
        if (!prepared) {
            return ready();
        }
        if (!insert) {
            try {
                return bindQuery(views);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return columnFieldsAsync().thenCompose(fields -> {
            if (views.size() != fields.size()) {
                throw TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, fields.size() + " columns expected, "
                        + views.size() + " given");
            }
            Precision precision = precision(fields);
            List<ColumnSchema> schema = new ArrayList<>();
            List<ColumnVector> vectors = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                StmtField f = fields.get(i);
                schema.add(schema(f));
                vectors.add(BindConversion.convert(views.get(i), f.type(), precision, f.name()));
            }
            return connection.send(StmtBindBlock.bind(connection.nextReqId(), stmtId, schema, vectors));
        }).thenApply(r -> null);
    }

    /** Query values travel with their own types; the adapter takes no TIMESTAMP here, so ticks go as BIGINT. */
    private CompletableFuture<Void> bindQuery(List<ColumnView> views) {
        List<ColumnSchema> schema = new ArrayList<>();
        List<ColumnVector> vectors = new ArrayList<>();
        for (ColumnView v : views) {
            TaosType type = BindConversion.queryType(v);
            ColumnVector values = BindConversion.queryVector(v);
            if (type == TaosType.TIMESTAMP) {
                type = TaosType.BIGINT;
                values = BindConversion.convert(v, TaosType.BIGINT, Precision.MILLISECONDS, "parameter");
            }
            if (type.isDecimal()) {
                type = TaosType.VARCHAR;
            }
            if (type.isVarLength()) {
                BinaryVector b = (BinaryVector) values;
                int width = 1;
                for (int r = 0; r < b.size(); r++) {
                    width = Math.max(width, b.length(r));
                }
                schema.add(type == TaosType.VARCHAR ? ColumnSchema.varchar(width) : ColumnSchema.varbinary(width));
            } else {
                schema.add(ColumnSchema.of(type));
            }
            vectors.add(values);
        }
        return connection.send(StmtBindBlock.bind(connection.nextReqId(), stmtId, schema, vectors))
                .thenApply(r -> null);
    }

    private static ColumnSchema schema(StmtField f) {
        try {
            return new ColumnSchema(f.type(), f.bytes());
        } catch (IllegalArgumentException e) {
            throw TaosException.of(TaosError.INVALID_PARA, f.name() + " (" + f.type().sqlName()
                    + ") cannot be bound through the classic statement; use Stmt2");
        }
    }

    /** The precision TDengine reports on a leading TIMESTAMP column (ms when there is none). */
    private static Precision precision(List<StmtField> columns) {
        for (StmtField f : columns) {
            if (f.type() == TaosType.TIMESTAMP) {
                return Precision.ofCode(f.precision());
            }
        }
        return Precision.MILLISECONDS;
    }

    @Override
    public CompletableFuture<Void> addBatchAsync() {
        return ready().thenCompose(v -> connection.send(new StmtAddBatchRequest(connection.nextReqId(), stmtId)))
                .thenApply(r -> null);
    }

    @Override
    public CompletableFuture<Long> executeAsync() {
        return ready().thenCompose(v -> connection.send(new StmtExecRequest(connection.nextReqId(), stmtId)))
                .thenApply(r -> ((StmtExecResponse) r).affected());
    }

    @Override
    public CompletableFuture<ResultSet> resultSetAsync() {
        return ready().thenCompose(v -> connection.send(new StmtUseResultRequest(connection.nextReqId(), stmtId)))
                .thenApply(r -> {
                    StmtUseResultResponse u = (StmtUseResultResponse) r;
                    return owner.openResultSet(connection, u.resultId(), u.fields());
                });
    }

    @Override
    public CompletableFuture<List<StmtField>> tagFieldsAsync() {
        List<StmtField> known = tagFields;
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return ready().thenCompose(v -> connection.send(new StmtGetTagFieldsRequest(connection.nextReqId(), stmtId)))
                .thenApply(r -> tagFields = fields(((StmtGetTagFieldsResponse) r).fields(), StmtField.Kind.TAG));
    }

    @Override
    public CompletableFuture<List<StmtField>> columnFieldsAsync() {
        List<StmtField> known = columnFields;
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return ready().thenCompose(v -> connection.send(new StmtGetColFieldsRequest(connection.nextReqId(), stmtId)))
                .thenApply(r -> columnFields = fields(((StmtGetColFieldsResponse) r).fields(),
                        StmtField.Kind.COLUMN));
    }

    private static List<StmtField> fields(List<io.taos4j.protocol.ws.StmtField> wire, StmtField.Kind kind) {
        List<StmtField> out = new ArrayList<>();
        if (wire != null) {
            for (io.taos4j.protocol.ws.StmtField f : wire) {
                out.add(new StmtField(f.name(), TaosType.ofCode(f.fieldType()), f.bytes(), f.precision(), f.scale(),
                        kind));
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public CompletableFuture<Integer> parameterCountAsync() {
        return ready().thenCompose(v -> connection.send(new StmtNumParamsRequest(connection.nextReqId(), stmtId)))
                .thenApply(r -> ((StmtNumParamsResponse) r).numParams());
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            connection.sendNoReply(new StmtCloseRequest(connection.nextReqId(), stmtId)); // the adapter never replies
        }
    }

    private CompletableFuture<Void> ready() {
        if (closed) {
            return closedFuture();
        }
        if (!prepared) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.TSC_STMT_API_ERROR,
                    "prepare a statement first"));
        }
        return CompletableFuture.completedFuture(null);
    }

    private static <T> CompletableFuture<T> closedFuture() {
        return CompletableFuture.failedFuture(TaosException.of(TaosError.TSC_STMT_API_ERROR, "statement is closed"));
    }

    @Override
    public String toString() {
        return "Stmt[id=" + stmtId + ", insert=" + insert + "]";
    }
}
