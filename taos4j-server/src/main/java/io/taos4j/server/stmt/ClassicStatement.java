package io.taos4j.server.stmt;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.ws.StmtField;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.insert.PreparedInsert;
import io.taos4j.server.insert.PreparedInsert.Target;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One classic statement (ws-sql.md §8): prepare, then per table {@code set_table_name}, {@code set_tags},
 * {@code bind} and {@code add_batch}, then {@code exec}; or for a query {@code bind}, {@code exec},
 * {@code use_result}. Bound rows are only written at execution, all tables at once; a rejected bind drops what was
 * bound since the last execution. Not thread-safe: the session calls it from one thread at a time.
 */
public final class ClassicStatement implements AutoCloseable {
    private final Engine engine;
    private final Session session;
    private Prepared prepared;
    private Target target;
    private Object[] tags;
    /** Rows bound for the current table since its last {@code add_batch}. */
    private final InsertBatch pending = new InsertBatch();
    private final InsertBatch batch = new InsertBatch();
    private List<Expr> queryValues;
    private Result.Query result;

    public ClassicStatement(Engine engine, Session session) {
        this.engine = engine;
        this.session = session;
    }

    /** Prepares {@code sql}; returns whether it is an INSERT. */
    public boolean prepare(String sql) {
        reset();
        prepared = null;
        prepared = Prepared.of(engine, session, sql);
        return prepared.isInsert();
    }

    /** Selects the table the next binds write to. */
    public void setTableName(String name) {
        PreparedInsert insert = insert();
        target = insert.target(name);
        tags = null;
    }

    /** Tag values from a one-row block's columns. */
    public void setTags(TaosType[] types, List<ColumnVector> values) {
        Target t = currentTarget();
        int[] slots = t.tags();
        if (values.size() != slots.length) {
            throw new ProtocolException("stmt tags count not match");
        }
        Object[] out = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            out[i] = BindValues.tag(types[i], values.get(i), t.schema().tag(slots[i]));
        }
        tags = out;
    }

    /** Tag values from the JSON form. */
    public void setTags(JsonNode values) {
        Target t = currentTarget();
        int[] slots = t.tags();
        if (values == null || !values.isArray() || values.size() != slots.length) {
            throw new ProtocolException(JsonBinds.TAG_ERROR + "expected an array of " + slots.length + " tags");
        }
        Object[] out = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Column tag = t.schema().tag(slots[i]);
            TaosType type = tag.type().type();
            ColumnVector v = JsonBinds.vector(values.get(i).isArray() ? values.get(i)
                    : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(values.get(i)),
                    type, precision(t), JsonBinds.TAG_ERROR);
            out[i] = BindValues.tag(type, v, tag);
        }
        tags = out;
    }

    /** Binds columns (a block's, with the block's types) for the current table, or a query's values. */
    public void bind(TaosType[] types, List<ColumnVector> columns) {
        try {
            if (!isInsert()) {
                List<Expr> values = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    if (types[i] == TaosType.TIMESTAMP) {
                        throw SqlError.of(TaosError.ADAPTER_ERROR, "unsupported data type 9");
                    }
                    values.add(QueryParams.literal(types[i], columns.get(i)));
                }
                queryValues = values;
                return;
            }
            Target t = currentTarget();
            if (columns.size() != t.columns().length) {
                throw new ProtocolException("stmt column count not match");
            }
            pending.add(t, InsertBinder.tags(t, tags), InsertBinder.columns(t, types,
                    columns.toArray(ColumnVector[]::new)));
        } catch (RuntimeException e) {
            pending.clear();
            batch.clear();
            throw e;
        }
    }

    /** Binds columns in the JSON form (ws-sql.md §8.1). */
    public void bind(JsonNode columns) {
        if (columns == null || !columns.isArray()) {
            throw new ProtocolException(JsonBinds.COLUMN_ERROR + "expected an array of columns");
        }
        int n = columns.size();
        TaosType[] types = new TaosType[n];
        List<ColumnVector> values = new ArrayList<>(n);
        Target t = isInsert() ? currentTarget() : null;
        for (int i = 0; i < n; i++) {
            if (t != null && i < t.columns().length) {
                types[i] = t.schema().column(t.columns()[i]).type().type();
            } else {
                types[i] = JsonBinds.inferred(columns.get(i));
            }
            values.add(JsonBinds.vector(columns.get(i), types[i], t == null ? Precision.MILLISECONDS : precision(t),
                    JsonBinds.COLUMN_ERROR));
        }
        bind(types, values);
    }

    /** Ends the current table's batch. */
    public void addBatch() {
        if (prepared == null) {
            throw SqlError.of(TaosError.TSC_STMT_API_ERROR);
        }
        batch.addAll(pending);
    }

    /** Executes; returns the rows written (0 for queries). */
    public long execute() {
        if (prepared == null) {
            throw SqlError.of(TaosError.TSC_STMT_API_ERROR);
        }
        if (isInsert()) {
            batch.addAll(pending);
            if (batch.isEmpty()) {
                throw SqlError.of(TaosError.QRY_INVALID_INPUT);
            }
            Instant now = Instant.now();
            return batch.execute(engine.catalog(), now.getEpochSecond() * 1_000_000_000L + now.getNano());
        }
        if (queryValues == null && prepared.paramCount() > 0) {
            throw SqlError.of(TaosError.QRY_INVALID_INPUT);
        }
        closeResult();
        result = prepared.plan(engine, session, queryValues == null ? List.of() : queryValues);
        return 0;
    }

    /** The executed query's result, handed over to the caller; null when there is none. */
    public Result.Query takeResult() {
        Result.Query r = result;
        result = null;
        return r;
    }

    public boolean isInsert() {
        return prepared != null && prepared.isInsert();
    }

    /** The tag placeholders' fields; empty when the statement binds no tags. */
    public List<StmtField> tagFields() {
        PreparedInsert insert = insert();
        if (insert.superTable() == null && (target == null || target.stable() == null)) {
            return List.of();
        }
        Target t = target != null ? target : insert.target(null);
        List<Column> cols = new ArrayList<>();
        for (int slot : t.tags()) {
            cols.add(t.schema().tag(slot));
        }
        return Prepared.classicFields(cols, 0);
    }

    /** The column placeholders' fields (the precision only on a leading TIMESTAMP, as TDengine reports it). */
    public List<StmtField> columnFields() {
        Target t = currentTarget();
        List<Column> cols = new ArrayList<>();
        for (int slot : t.columns()) {
            cols.add(t.schema().column(slot));
        }
        return Prepared.classicFields(cols, precision(t).code());
    }

    /** Placeholders: column placeholders of an INSERT, all of a query. */
    public int paramCount() {
        if (prepared == null) {
            throw SqlError.of(TaosError.TSC_STMT_API_ERROR);
        }
        return isInsert() ? currentTarget().columns().length : prepared.paramCount();
    }

    /** Type code and bytes of column placeholder {@code index}. */
    public int[] param(int index) {
        List<StmtField> fields = columnFields();
        if (index < 0 || index >= fields.size()) {
            throw InsertBinder.bindNumber("no parameter " + index);
        }
        return new int[] {fields.get(index).fieldType(), fields.get(index).bytes()};
    }

    private PreparedInsert insert() {
        if (prepared == null || !prepared.isInsert()) {
            throw SqlError.of(TaosError.TSC_STMT_API_ERROR);
        }
        return prepared.insert();
    }

    private Target currentTarget() {
        PreparedInsert insert = insert();
        if (target == null) {
            if (insert.namesTables()) {
                throw SqlError.of(TaosError.TSC_STMT_TBNAME_ERROR);
            }
            target = insert.target(null);
        }
        return target;
    }

    private static Precision precision(Target t) {
        return t.db().precision();
    }

    private void reset() {
        pending.clear();
        batch.clear();
        target = null;
        tags = null;
        queryValues = null;
        closeResult();
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
