package io.taos4j;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A classic prepared statement (taosAdapter's {@code init}, {@code prepare}, {@code set_table_name},
 * {@code set_tags}, {@code bind}, {@code add_batch}, {@code exec} actions): one table at a time. Obtain one from
 * {@link Taos#stmt()}; for many tables per call prefer {@link Stmt2}.
 *
 * <pre>{@code
 * try (Stmt stmt = taos.stmt()) {
 *     stmt.prepare("INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?)");
 *     stmt.setTableName("d1");
 *     stmt.setTags("SF", 2);
 *     stmt.bind(ColumnView.ofTimestamps(ts), ColumnView.ofFloats(current), ColumnView.ofInts(voltage));
 *     stmt.addBatch();
 *     long written = stmt.execute();
 * }
 * }</pre>
 *
 * <p>Values are converted to the types the server reports for the placeholders ({@link #columnFields()},
 * {@link #tagFields()}) and sent as raw blocks. Batches accumulate until {@link #execute()}, which writes them all
 * at once; the statement is reusable afterwards. For a query, {@link #bind} one value per placeholder,
 * {@link #execute()} and read {@link #resultSet()}.
 *
 * <p>Every blocking call has an {@code ...Async} twin; the blocking form waits on it. Not thread-safe: use a
 * statement from one thread at a time and wait for each call before the next. {@link #close()} frees it on the
 * server. Failures are {@link TaosException}s with TDengine's code.
 */
public interface Stmt extends AutoCloseable {

    /** Prepares {@code sql}. */
    default void prepare(String sql) {
        Futures.await(prepareAsync(sql), this);
    }

    CompletableFuture<Void> prepareAsync(String sql);

    /** True when the prepared statement is an INSERT. */
    boolean isInsert();

    /** Selects the table the following binds write to ({@code db.table} allowed). */
    default void setTableName(String name) {
        Futures.await(setTableNameAsync(name), this);
    }

    CompletableFuture<Void> setTableNameAsync(String name);

    /** Sets the tag values of the current table (used when it is created); elements may be null. */
    default void setTags(Object... tags) {
        Futures.await(setTagsAsync(tags), this);
    }

    CompletableFuture<Void> setTagsAsync(Object... tags);

    /** Binds rows for the current table: one view per column placeholder (or one value each for a query). */
    default void bind(ColumnView... columns) {
        Futures.await(bindAsync(columns), this);
    }

    CompletableFuture<Void> bindAsync(ColumnView... columns);

    /** Closes the current table's batch. */
    default void addBatch() {
        Futures.await(addBatchAsync(), this);
    }

    CompletableFuture<Void> addBatchAsync();

    /** Executes every batch: returns the rows written (0 for a query). */
    default long execute() {
        return Futures.await(executeAsync(), this);
    }

    CompletableFuture<Long> executeAsync();

    /** The result of the query just executed. Close it when done. */
    default ResultSet resultSet() {
        return Futures.await(resultSetAsync(), this);
    }

    CompletableFuture<ResultSet> resultSetAsync();

    /** The tag placeholders; empty when the statement binds no tags. */
    default List<StmtField> tagFields() {
        return Futures.await(tagFieldsAsync(), this);
    }

    CompletableFuture<List<StmtField>> tagFieldsAsync();

    /** The column placeholders of the current table. */
    default List<StmtField> columnFields() {
        return Futures.await(columnFieldsAsync(), this);
    }

    CompletableFuture<List<StmtField>> columnFieldsAsync();

    /** Number of placeholders the server reports (column placeholders for an INSERT). */
    default int parameterCount() {
        return Futures.await(parameterCountAsync(), this);
    }

    CompletableFuture<Integer> parameterCountAsync();

    /** Frees the statement on the server; idempotent. */
    @Override
    void close();
}
