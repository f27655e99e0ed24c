package io.taos4j.jdbc.internal;

import io.taos4j.ColumnView;
import io.taos4j.Stmt2;
import io.taos4j.StmtField;
import io.taos4j.TableBind;
import io.taos4j.TaosException;
import io.taos4j.protocol.TaosError;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * A statement with {@code ?} placeholders, run with the connector's {@link Stmt2} (TDengine's parameter binding),
 * prepared once when the JDBC statement is created and reused by every execution.
 *
 * <ul>
 * <li>An INSERT binds column-wise: one execution binds one row; {@code executeBatch} binds all rows in one request,
 * grouped by table when the statement names its table with a placeholder ({@code INSERT INTO ? USING stb TAGS(?)
 * VALUES(?, ?)}; the first row of a table gives its tags). Values are converted to the types the server gave the
 * placeholders ({@link ParameterValues}).</li>
 * <li>{@code INSERT INTO ? VALUES (...)} without {@code USING}: the server types the columns only per table, so
 * each table named in a batch gets its own statement with the name in place of the first placeholder (one
 * request per table).</li>
 * <li>A query binds one value per placeholder with the value's own type and returns its rows.</li>
 * </ul>
 */
final class Stmt2Binder implements Binder {
    /** Table names that may stand in for the first placeholder of a late-table INSERT. */
    private static final Pattern TABLE_NAME = Pattern.compile("[\\p{L}\\p{N}_.`]+");

    private final JdbcConnection connection;
    private final String sql;
    private final int parameters;
    private final Stmt2 stmt;
    /** Late-table INSERTs: the statement of each table named so far. */
    private final Map<String, Stmt2> perTable = new LinkedHashMap<>();
    /**
     * The last execution sent. A wait that timed out or was cancelled leaves it running; the next one starts after
     * it, so that the binds of two executions never interleave on one server statement.
     */
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    private Stmt2Binder(JdbcConnection connection, String sql, int parameters, Stmt2 stmt) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = parameters;
        this.stmt = stmt;
    }

    /** Prepares {@code sql} on the server; fails as TDengine does for bad SQL or unknown tables. */
    static Stmt2Binder prepare(JdbcConnection connection, String sql, int parameters, Await.Limits limits)
            throws SQLException {
        Stmt2 stmt = Await.await(prepared(connection, sql), limits, Stmt2::closeAsync);
        Stmt2Binder binder = new Stmt2Binder(connection, sql, parameters, stmt);
        int typed = stmt.isInsert() ? stmt.fields().size() : stmt.parameterCount();
        if (!binder.lateTables() && typed != parameters) {
            binder.close();
            throw SqlExceptions.of(TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, "the server counts "
                    + typed + " parameters in the statement, the driver " + parameters + ": " + sql));
        }
        return binder;
    }

    private static CompletableFuture<Stmt2> prepared(JdbcConnection connection, String sql) {
        return connection.taos().stmt2Async().thenCompose(s -> s.prepareAsync(sql).handle((v, e) -> e)
                .thenCompose(e -> {
                    if (e == null) {
                        return CompletableFuture.completedFuture(s);
                    }
                    s.closeAsync();
                    return CompletableFuture.failedFuture(e);
                }));
    }

    /** True for {@code INSERT INTO ? VALUES}: columns are typed per table only. */
    private boolean lateTables() {
        return stmt.isInsert() && stmt.fields().isEmpty() && parameters > 0;
    }

    boolean isInsert() {
        return stmt.isInsert();
    }

    /** The placeholders as the server typed them, one per parameter; null when it did not (queries, late tables). */
    List<StmtField> fields() {
        return stmt.isInsert() && !lateTables() ? stmt.fields() : null;
    }

    @Override
    public int parameterCount() {
        return parameters;
    }

    @Override
    public CompletableFuture<io.taos4j.ResultSet> execute(List<Parameter> row) throws SQLException {
        if (!stmt.isInsert()) {
            ZoneId zone = connection.zone();
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ParameterValues.plain(row.get(i).value(), i + 1, zone);
            }
            return after(() -> stmt.queryAsync(values));
        }
        return executeBatch(List.of(row)).thenApply(UpdateCount::new);
    }

    @Override
    public CompletableFuture<Long> executeBatch(List<List<Parameter>> rows) throws SQLException {
        if (!stmt.isInsert()) {
            throw SqlExceptions.of(SqlState.GENERAL_ERROR, "a query cannot run as a batch; executeBatch takes "
                    + "INSERT statements: " + sql);
        }
        if (lateTables()) {
            return lateBatch(rows);
        }
        List<TableBind> tables = tables(stmt.fields(), rows, 0);
        return after(() -> stmt.bindAsync(tables).thenCompose(v -> stmt.executeAsync()));
    }

    /** Runs {@code next} once the previous execution has ended, whatever its outcome. */
    private <T> CompletableFuture<T> after(java.util.function.Supplier<CompletableFuture<T>> next) {
        CompletableFuture<T> f = tail.handle((v, e) -> null).thenCompose(v -> next.get());
        tail = f;
        return f;
    }

    /**
     * The rows as stmt2 tables: grouped by the table-name parameter when there is one, tags from each table's first
     * row, the columns converted column-wise. {@code offset} is the number of parameters before {@code fields}.
     */
    private List<TableBind> tables(List<StmtField> fields, List<List<Parameter>> rows, int offset)
            throws SQLException {
        int name = -1;
        List<Integer> tags = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            switch (fields.get(i).kind()) {
                case TABLE_NAME -> name = i;
                case TAG -> tags.add(i);
                default -> columns.add(i);
            }
        }
        Map<String, List<List<Parameter>>> byTable = new LinkedHashMap<>();
        for (List<Parameter> row : rows) {
            String table = name < 0 ? "" : tableName(row.get(offset + name).value(), offset + name + 1);
            byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(row);
        }
        ZoneId zone = connection.zone();
        List<TableBind> out = new ArrayList<>(byTable.size());
        for (Map.Entry<String, List<List<Parameter>>> e : byTable.entrySet()) {
            List<List<Parameter>> group = e.getValue();
            List<Object> tagValues = new ArrayList<>(tags.size());
            for (int t : tags) {
                tagValues.add(ParameterValues.typed(group.get(0).get(offset + t).value(), fields.get(t),
                        offset + t + 1, zone));
            }
            List<ColumnView> views = new ArrayList<>(columns.size());
            for (int c : columns) {
                List<Object> values = new ArrayList<>(group.size());
                for (List<Parameter> row : group) {
                    values.add(row.get(offset + c).value());
                }
                views.add(ParameterValues.column(values, fields.get(c), offset + c + 1, zone));
            }
            out.add(new TableBind(name < 0 ? null : e.getKey(), tagValues, views));
        }
        return out;
    }

    private static String tableName(Object value, int index) throws SQLException {
        if (!(value instanceof String s) || s.isBlank()) {
            throw SqlExceptions.of(TaosException.of(TaosError.TSC_STMT_TBNAME_ERROR, "parameter " + index
                    + " is the table name and must be a non-empty string, not " + value));
        }
        return s;
    }

    /** {@code INSERT INTO ? VALUES}: each table through its own statement, which the server types. */
    private CompletableFuture<Long> lateBatch(List<List<Parameter>> rows) throws SQLException {
        Map<String, List<List<Parameter>>> byTable = new LinkedHashMap<>();
        for (List<Parameter> row : rows) {
            byTable.computeIfAbsent(tableName(row.get(0).value(), 1), k -> new ArrayList<>()).add(row);
        }
        List<Stmt2> statements = new ArrayList<>();
        List<List<TableBind>> binds = new ArrayList<>();
        for (Map.Entry<String, List<List<Parameter>>> e : byTable.entrySet()) {
            Stmt2 table = tableStatement(e.getKey());
            statements.add(table);
            binds.add(tables(table.fields(), e.getValue(), 1));
        }
        return after(() -> {
            CompletableFuture<Long> total = CompletableFuture.completedFuture(0L);
            for (int i = 0; i < statements.size(); i++) {
                Stmt2 table = statements.get(i);
                List<TableBind> b = binds.get(i);
                total = total.thenCompose(sum -> table.bindAsync(b).thenCompose(v -> table.executeAsync())
                        .thenApply(n -> sum + n));
            }
            return total;
        });
    }

    private Stmt2 tableStatement(String table) throws SQLException {
        Stmt2 s = perTable.get(table);
        if (s != null) {
            return s;
        }
        if (!TABLE_NAME.matcher(table).matches()) {
            throw SqlExceptions.of(TaosException.of(TaosError.TSC_STMT_TBNAME_ERROR, "not a table name: " + table));
        }
        int at = Placeholders.positions(sql)[0];
        String named = sql.substring(0, at) + table + sql.substring(at + 1);
        s = Await.await(prepared(connection, named),
                new Await.Limits(0, connection.networkTimeoutMs(), null, connection), Stmt2::closeAsync);
        if (s.fields().size() != parameters - 1) {
            s.closeAsync();
            throw SqlExceptions.of(TaosException.of(TaosError.TSC_STMT_BIND_NUMBER_ERROR, "table " + table + " takes "
                    + s.fields().size() + " values, the statement binds " + (parameters - 1)));
        }
        perTable.put(table, s);
        return s;
    }

    /** Frees the statements on the server without waiting. */
    @Override
    public void close() {
        stmt.closeAsync();
        for (Stmt2 s : perTable.values()) {
            s.closeAsync();
        }
        perTable.clear();
    }
}
