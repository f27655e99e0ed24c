package io.taos4j.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How a prepared statement's SQL and parameter rows reach the server. {@link TextBinder} runs SQL without
 * parameters as text. Statements with {@code ?} placeholders go through {@link Stmt2Binder}: one row as a stmt2
 * parameterised execution (queries included), {@code addBatch}/{@code executeBatch} rows as one multi-row stmt2
 * bind. Implementations are used by one statement at a time.
 */
interface Binder extends AutoCloseable {

    /** The number of {@code ?} placeholders. */
    int parameterCount();

    /**
     * Runs the statement once.
     *
     * @param row one value per placeholder (empty without placeholders)
     * @return the connector's result: rows, or an affected-row count
     */
    CompletableFuture<io.taos4j.ResultSet> execute(List<Parameter> row) throws SQLException;

    /**
     * Runs the statement for every row as one request (a multi-row bind).
     *
     * @return the affected rows of the whole batch
     */
    CompletableFuture<Long> executeBatch(List<List<Parameter>> rows) throws SQLException;

    /** Frees what the binder holds on the server; idempotent. */
    @Override
    void close();
}
