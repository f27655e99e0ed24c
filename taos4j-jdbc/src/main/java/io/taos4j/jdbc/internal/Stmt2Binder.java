package io.taos4j.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A statement with {@code ?} placeholders, bound with stmt2 (TDengine's parameter binding): not wired yet, because
 * the connector's public {@code Stmt2} API is still being built. Every execution fails with
 * {@link java.sql.SQLFeatureNotSupportedException} naming what is missing; the statement's parameters, batches
 * and checks already work up to this point. Wiring it: prepare {@code sql} once with {@code Stmt2}, bind
 * {@code row} (or all {@code rows}, column-wise, as one multi-row bind) and execute; a query returns its rows.
 */
final class Stmt2Binder implements Binder {
    private final String sql;
    private final int parameters;

    Stmt2Binder(String sql, int parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    @Override
    public int parameterCount() {
        return parameters;
    }

    @Override
    public CompletableFuture<io.taos4j.ResultSet> execute(List<Parameter> row) throws SQLException {
        throw missing("executing a statement with ? parameters");
    }

    @Override
    public CompletableFuture<Long> executeBatch(List<List<Parameter>> rows) throws SQLException {
        throw missing("executeBatch of a statement with ? parameters (a multi-row bind)");
    }

    private SQLException missing(String what) {
        return SqlExceptions.unsupported(what + " needs stmt2 parameter binding, which the taos4j connector does "
                + "not offer yet (its Stmt2 API is in progress); statement: " + sql);
    }

    @Override
    public void close() {
    }
}
