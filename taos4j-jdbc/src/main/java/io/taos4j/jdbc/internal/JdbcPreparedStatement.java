package io.taos4j.jdbc.internal;

import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A prepared statement. Its SQL goes through a {@link Binder}: without {@code ?} placeholders it runs as text;
 * with placeholders it is prepared with stmt2 when created (bad SQL fails here, as with the official driver) and
 * every execution binds its parameters (see {@link Stmt2Binder}). {@code addBatch}/{@code executeBatch} collect
 * parameter rows and run them as one multi-row bind.
 */
public final class JdbcPreparedStatement extends ParameterSetters {
    private final String sql;
    private final Binder binder;
    private final List<List<Parameter>> batch = new ArrayList<>();

    JdbcPreparedStatement(JdbcConnection connection, String sql) throws SQLException {
        super(connection, Placeholders.count(requireSql(sql)));
        this.sql = sql;
        this.binder = parameters.length == 0 ? new TextBinder(connection.taos(), sql)
                : Stmt2Binder.prepare(connection, sql, parameters.length, limits());
    }

    private static String requireSql(String sql) throws SQLException {
        if (sql == null) {
            throw SqlExceptions.of(SqlState.SYNTAX_ERROR, "SQL is null");
        }
        return sql;
    }

    /** The bound row; every placeholder must have a value (07001 otherwise). */
    private List<Parameter> row() throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                throw SqlExceptions.of(SqlState.WRONG_PARAMETER_COUNT, "parameter " + (i + 1) + " of "
                        + parameters.length + " is not set");
            }
        }
        return List.of(parameters);
    }

    @Override
    public boolean execute() throws SQLException {
        beginExecution();
        return complete(binder.execute(row()));
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        if (!execute()) {
            throw SqlExceptions.of(SqlState.GENERAL_ERROR, "executeQuery ran a statement without a result set; "
                    + "use executeUpdate or execute");
        }
        return getResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return clamp(executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        if (execute()) {
            getMoreResults();
            throw SqlExceptions.of(SqlState.GENERAL_ERROR, "executeUpdate ran a query; use executeQuery or execute");
        }
        return getLargeUpdateCount();
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        batch.add(row());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] out = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = clamp(counts[i]);
        }
        return out;
    }

    /**
     * Without placeholders each entry runs as text, with the same failure rules as {@link JdbcStatement}. With
     * placeholders all rows go as one multi-row bind, which succeeds or fails as a whole; its counts are
     * {@link java.sql.Statement#SUCCESS_NO_INFO} per row (one bind reports one total), as the official driver's.
     */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        beginExecution();
        List<List<Parameter>> rows = List.copyOf(batch);
        batch.clear();
        long[] counts = new long[rows.size()];
        if (binder.parameterCount() > 0) {
            if (!rows.isEmpty()) {
                try {
                    Await.await(binder.executeBatch(rows), limits(), null);
                } catch (SQLException e) {
                    throw batchFailure(new long[0], e);
                }
                Arrays.fill(counts, SUCCESS_NO_INFO);
            }
            return counts;
        }
        for (int i = 0; i < rows.size(); i++) {
            try {
                io.taos4j.ResultSet rs = Await.await(binder.execute(rows.get(i)), limits(),
                        io.taos4j.ResultSet::close);
                counts[i] = rs.affectedRows();
                rs.close();
            } catch (SQLException e) {
                if (!connection.config().batchErrorIgnore()) {
                    throw batchFailure(Arrays.copyOf(counts, i), e);
                }
                counts[i] = EXECUTE_FAILED;
            }
        }
        return counts;
    }

    /** Unknown before execution: TDengine describes a result only by running the statement. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new JdbcParameterMetaData(parameters.length,
                binder instanceof Stmt2Binder s ? s.fields() : List.of());
    }

    private SQLException notOnPrepared() {
        return SqlExceptions.of(SqlState.FUNCTION_SEQUENCE_ERROR, "a PreparedStatement runs its own SQL; "
                + "methods taking SQL text are not allowed on it (use Connection.createStatement)");
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    void closeQuietly() {
        if (!isClosed()) {
            binder.close();
        }
        super.closeQuietly();
    }

    @Override
    public String toString() {
        return "JdbcPreparedStatement[" + sql + "]";
    }
}
