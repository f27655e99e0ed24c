package io.taos4j.server.stmt;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.stmt.BindRecord;
import io.taos4j.protocol.stmt.Stmt2BindPayload;
import io.taos4j.protocol.ws.Stmt2Field;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.insert.PreparedInsert;
import io.taos4j.server.insert.PreparedInsert.Target;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One stmt2 statement (ws-sql.md §9): prepare, any number of binds, execute, and for queries the result. Binds
 * accumulate until the next execution; a rejected bind drops everything bound since the last execution, so nothing
 * of a rejected batch is ever written. Not thread-safe: the session calls it from one thread at a time.
 */
public final class Stmt2Statement implements AutoCloseable {
    private final Engine engine;
    private final Session session;
    private Prepared prepared;
    private final InsertBatch batch = new InsertBatch();
    /** A query planned with its bound values, waiting for execution. */
    private Result.Query planned;
    /** A query's result after execution, waiting for {@code stmt2_result}. */
    private Result.Query result;

    public Stmt2Statement(Engine engine, Session session) {
        this.engine = engine;
        this.session = session;
    }

    /** The outcome of a prepare: whether it is an INSERT, its fields (null unless asked for), their count. */
    public record Preparation(boolean isInsert, List<Stmt2Field> fields, int fieldsCount) {
    }

    /**
     * Prepares {@code sql}, dropping whatever the statement held before.
     *
     * @param getFields whether to report an INSERT's fields (a query never reports fields, only their count)
     * @throws SqlError for statements that cannot be prepared
     */
    public Preparation prepare(String sql, boolean getFields) {
        reset();
        prepared = null;
        Prepared p = Prepared.of(engine, session, sql);
        prepared = p;
        if (!p.isInsert()) {
            return new Preparation(false, null, p.paramCount());
        }
        if (!getFields) {
            return new Preparation(true, null, 0);
        }
        List<Stmt2Field> fields = p.stmt2Fields();
        return new Preparation(true, fields, fields.size());
    }

    /**
     * Binds one payload.
     *
     * @param colIdx -1 to bind every placeholder (all clients do); binding one column at a time is refused
     * @throws ProtocolException for a malformed payload (taosAdapter's text, code 0xFFFF on the wire)
     * @throws SqlError for values the statement rejects
     */
    public void bind(ByteBuffer payload, int colIdx) {
        Stmt2BindPayload p = Stmt2BindPayload.decode(payload);
        if (prepared == null) {
            throw SqlError.of(TaosError.TSC_STMT_API_ERROR);
        }
        if (colIdx >= 0) {
            throw SqlError.of(TaosError.TSC_STMT_API_ERROR, TaosError.TSC_STMT_API_ERROR.text()
                    + ": binding one column at a time (col_idx " + colIdx + ") is not supported; bind with -1");
        }
        try {
            if (prepared.isInsert()) {
                bindInsert(p);
            } else {
                bindQuery(p);
            }
        } catch (RuntimeException e) {
            batch.clear();
            throw e;
        }
    }

    private void bindInsert(Stmt2BindPayload p) {
        PreparedInsert insert = prepared.insert();
        if (insert.namesTables() && !p.hasTableNames()) {
            throw SqlError.of(TaosError.TSC_STMT_TBNAME_ERROR);
        }
        if (p.tagCount() != insert.tagCount() && !(p.tagCount() == 0 && p.tableCount() > 0)) {
            throw InsertBinder.bindNumber(insert.tagCount() + " tags expected, " + p.tagCount() + " bound");
        }
        if (p.columnCount() == 0) {
            throw InsertBinder.bindNumber("no columns bound");
        }
        InsertBatch staged = new InsertBatch();
        int tags = p.tagCount();
        int cols = p.columnCount();
        for (int t = 0; t < p.tableCount(); t++) {
            Target target = insert.target(p.tableName(t));
            TaosType[] colTypes = new TaosType[cols];
            ColumnVector[] colValues = new ColumnVector[cols];
            for (int i = 0; i < cols; i++) {
                BindRecord r = p.column(t, i);
                colTypes[i] = r.type();
                colValues[i] = r.toVector();
            }
            ColumnVector[] columns = InsertBinder.columns(target, colTypes, colValues);
            TaosType[] tagTypes = new TaosType[tags];
            ColumnVector[] tagValues = new ColumnVector[tags];
            for (int i = 0; i < tags; i++) {
                BindRecord r = p.tag(t, i);
                tagTypes[i] = r.type();
                tagValues[i] = r.toVector();
            }
            Object[] tagObjects = tags == 0 && insert.tagCount() > 0 ? InsertBinder.tags(target, null)
                    : InsertBinder.tags(target, tagTypes, tagValues);
            staged.add(target, tagObjects, columns);
        }
        batch.addAll(staged);
    }

    private void bindQuery(Stmt2BindPayload p) {
        int expected = prepared.paramCount();
        if (p.tableCount() != 1 || p.columnCount() != expected || p.tagCount() != 0) {
            throw InsertBinder.bindNumber(expected + " query parameters expected, " + p.columnCount() + " bound in "
                    + p.tableCount() + " tables");
        }
        List<Expr> values = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            BindRecord r = p.column(0, i);
            values.add(QueryParams.literal(r.type(), r.toVector()));
        }
        closePlanned();
        planned = prepared.plan(engine, session, values);
    }

    /**
     * Executes: writes everything bound since the last execution, or runs the bound query.
     *
     * @return rows written; 0 for queries
     * @throws SqlError 0x070F {@code invalid input} when nothing was bound, and any write or plan error
     */
    public long execute() {
        if (prepared == null) {
            throw SqlError.of(TaosError.TSC_STMT_API_ERROR);
        }
        if (prepared.isInsert()) {
            if (batch.isEmpty()) {
                throw SqlError.of(TaosError.QRY_INVALID_INPUT);
            }
            Instant now = Instant.now();
            return batch.execute(engine.catalog(), now.getEpochSecond() * 1_000_000_000L + now.getNano());
        }
        if (planned == null) {
            if (prepared.paramCount() > 0) {
                throw SqlError.of(TaosError.QRY_INVALID_INPUT);
            }
            planned = prepared.plan(engine, session, List.of());
        }
        closeResult();
        result = planned;
        planned = null;
        return 0;
    }

    /** True when the statement is a prepared INSERT. */
    public boolean isInsert() {
        return prepared != null && prepared.isInsert();
    }

    /**
     * Hands the executed query's result to the caller, who then owns (and closes) it.
     *
     * @return the result, or null when there is none (not executed, or already taken)
     */
    public Result.Query takeResult() {
        Result.Query r = result;
        result = null;
        return r;
    }

    private void reset() {
        batch.clear();
        closePlanned();
        closeResult();
    }

    private void closePlanned() {
        if (planned != null) {
            planned.rows().close();
            planned = null;
        }
    }

    private void closeResult() {
        if (result != null) {
            result.rows().close();
            result = null;
        }
    }

    @Override
    public void close() {
        reset();
        prepared = null;
    }
}
