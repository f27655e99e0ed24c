package io.taos4j;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A stmt2 prepared statement (taosAdapter's {@code stmt2_*} actions, what the official drivers use): prepare an
 * INSERT or a query with {@code ?} placeholders once, then bind values column-wise for many tables in one call and
 * execute. Obtain one from {@link Taos#stmt2()}.
 *
 * <pre>{@code
 * try (Stmt2 stmt = taos.stmt2()) {
 *     stmt.prepare("INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?)");
 *     stmt.bind(TableBind.of("d1", List.of("SF", 2), ColumnView.ofTimestamps(ts), ColumnView.ofFloats(current),
 *             ColumnView.ofInts(voltage)));
 *     long written = stmt.execute();
 * }
 * }</pre>
 *
 * <p>INSERT placeholders are typed by the server ({@link #fields()}); {@link ColumnView}s and tag values are
 * converted to those types when bound, and a value that does not fit fails the bind locally. Binds accumulate until
 * {@link #execute()}, which writes all of them at once; the server rejects a batch as a whole (nothing of it is
 * written) and then holds nothing. A query binds one value per placeholder ({@link #query(Object...)}) and returns
 * a {@link ResultSet}. The statement can be bound and executed again and again, and prepared anew.
 *
 * <p>Every blocking call has an {@code ...Async} twin; the blocking form waits on it. Not thread-safe: use a
 * statement from one thread at a time, and wait for each call (or its future) before the next. {@link #close()}
 * frees the statement on the server; result sets it returned stay usable and are closed separately. Failures are
 * {@link TaosException}s with TDengine's code.
 */
public interface Stmt2 extends AutoCloseable {

    /** Prepares {@code sql}: an INSERT with placeholders, or a SELECT with placeholders. */
    default void prepare(String sql) {
        Futures.await(prepareAsync(sql), this);
    }

    CompletableFuture<Void> prepareAsync(String sql);

    /** True when the prepared statement is an INSERT. */
    boolean isInsert();

    /**
     * An INSERT's placeholders in order, as the server typed them; empty for queries (the server does not type
     * query parameters) and before {@link #prepare}.
     */
    List<StmtField> fields();

    /** Number of placeholders. */
    int parameterCount();

    /** Binds rows for one or more tables. */
    default void bind(TableBind... tables) {
        bind(Arrays.asList(tables));
    }

    default void bind(List<TableBind> tables) {
        Futures.await(bindAsync(tables), this);
    }

    /**
     * Binds rows for tables; the values are converted and encoded before the future is returned, so the views may
     * change afterwards.
     */
    CompletableFuture<Void> bindAsync(List<TableBind> tables);

    /** Executes what was bound: returns the rows written (0 for a query, whose rows {@link #resultSet()} gives). */
    default long execute() {
        return Futures.await(executeAsync(), this);
    }

    CompletableFuture<Long> executeAsync();

    /** The result of the query just executed. Close it when done. */
    default ResultSet resultSet() {
        return Futures.await(resultSetAsync(), this);
    }

    CompletableFuture<ResultSet> resultSetAsync();

    /**
     * Binds one value per placeholder ({@link ColumnView#ofValues} rules), executes the prepared query and returns
     * its rows. {@link java.time.Instant}s travel as RFC 3339 text, read in the queried table's precision.
     */
    default ResultSet query(Object... params) {
        return Futures.await(queryAsync(params), this);
    }

    CompletableFuture<ResultSet> queryAsync(Object... params);

    /** Frees the statement on the server; idempotent. */
    @Override
    default void close() {
        Futures.await(closeAsync(), this);
    }

    CompletableFuture<Void> closeAsync();
}
