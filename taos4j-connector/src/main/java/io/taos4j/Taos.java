package io.taos4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A connection to TDengine (or to the embedded server): runs SQL and returns affected-row counts or streamed result
 * sets. Create one with {@link TaosBuilder#fromDsn(String)}, or borrow one from a {@link Pool}.
 *
 * <p><b>Sync and async.</b> Every blocking call has a {@link CompletableFuture} twin ({@code ...Async}); the blocking
 * form only waits on it. Nothing in the connector holds a monitor while waiting, so blocking calls are fine on
 * virtual threads. Futures complete on the connector's callback threads (never its network threads), so a callback
 * may itself block, but short callbacks are better.
 *
 * <p><b>Request ids.</b> Each request carries a {@code req_id}, generated unless the caller passes one to the
 * {@code reqId} overloads (0 means "generate"). TDengine logs it, and a {@link TaosException} reports it.
 *
 * <p><b>Thread safety.</b> One connection may serve several threads at once; their requests are pipelined on the
 * same socket. A {@link ResultSet} is read by one thread at a time.
 *
 * <p><b>Reconnection</b> (on by default, {@link TaosProperty#RECONNECT}). When the socket drops, the connection
 * dials again with backoff ({@link TaosProperty#RECONNECT_RETRIES}, {@link TaosProperty#RECONNECT_BACKOFF}), trying
 * the DSN's endpoints in order, logs in, re-sends {@code USE <database>} for the current database, and then:
 * <ul>
 *   <li>requests issued while reconnecting wait for the new connection and are sent on it;</li>
 *   <li>a request the server cannot have received (the socket was already closed, or its frame was not written in
 *       full) is sent on the new connection, whatever it is;</li>
 *   <li>a read that was sent but not answered ({@code SELECT}, {@code SHOW}, {@code DESCRIBE}, {@code EXPLAIN},
 *       {@code WITH}) and {@code USE} are sent again;</li>
 *   <li>a write that was sent but not answered ({@code INSERT}, {@code DELETE}, DDL...) is <em>not</em> sent again,
 *       since it may have run: it fails with {@code 0x0213} saying so, unless it was given an explicit request id and
 *       {@link TaosProperty#RECONNECT_REPLAY_WRITES} is on;</li>
 *   <li>a {@link ResultSet} whose rows were still being fetched fails on its next fetch with {@code 0x0213}: results
 *       live on the server connection that produced them, so run the query again.</li>
 * </ul>
 * When every attempt fails the connection is closed for good and each call fails with {@code 0x0213}.
 *
 * <p>{@link #close()} closes the connection and every result set still open on it (a pooled connection goes back to
 * its pool instead). All failures are {@link TaosException}s carrying TDengine's error code.
 */
public interface Taos extends AutoCloseable {

    /**
     * Executes a statement without a result set (DDL, INSERT, USE ...).
     *
     * @return affected rows (rows written for INSERT, 0 for DDL)
     */
    default long exec(String sql) {
        return exec(sql, 0);
    }

    /** As {@link #exec(String)}, sending {@code reqId} (0: generate one). */
    default long exec(String sql, long reqId) {
        return Futures.await(execAsync(sql, reqId), this);
    }

    default CompletableFuture<Long> execAsync(String sql) {
        return execAsync(sql, 0);
    }

    CompletableFuture<Long> execAsync(String sql, long reqId);

    /** Executes statements one after the other, stopping at the first failure; returns the summed affected rows. */
    default long execMany(String... sqls) {
        return execMany(Arrays.asList(sqls));
    }

    default long execMany(Iterable<String> sqls) {
        return Futures.await(execManyAsync(sqls), this);
    }

    default CompletableFuture<Long> execManyAsync(Iterable<String> sqls) {
        CompletableFuture<Long> total = CompletableFuture.completedFuture(0L);
        for (String sql : sqls) {
            total = total.thenCompose(sum -> execAsync(sql).thenApply(n -> sum + n));
        }
        return total;
    }

    /** Runs a query; the rows are fetched block by block as the result set is read. Close the result set. */
    default ResultSet query(String sql) {
        return query(sql, 0);
    }

    /** As {@link #query(String)}, sending {@code reqId} (0: generate one). */
    default ResultSet query(String sql, long reqId) {
        return Futures.await(queryAsync(sql, reqId), this);
    }

    default CompletableFuture<ResultSet> queryAsync(String sql) {
        return queryAsync(sql, 0);
    }

    CompletableFuture<ResultSet> queryAsync(String sql, long reqId);

    /** Runs a query and maps every row to {@code type} (a record, a POJO or a Map); see {@link ResultSet#deserialize}. */
    default <T> List<T> query(String sql, Class<T> type) {
        return Futures.await(queryAsync(sql, type), this);
    }

    /** As {@link #query(String, Class)}, without blocking: the result set is read and closed asynchronously. */
    default <T> CompletableFuture<List<T>> queryAsync(String sql, Class<T> type) {
        return queryAsync(sql).thenCompose(rs -> rs.deserializeAsync(type).whenComplete((l, e) -> rs.close()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The columns and tags of a table ({@code DESCRIBE}); {@code table} may be qualified, {@code db.t}. */
    default List<TableColumn> describe(String table) {
        return Futures.await(describeAsync(table), this);
    }

    default CompletableFuture<List<TableColumn>> describeAsync(String table) {
        return queryAsync("DESCRIBE " + Identifiers.qualified(table), TableColumn.class);
    }

    /** {@code CREATE DATABASE IF NOT EXISTS `name`}. */
    default void createDatabase(String name) {
        createDatabase(name, "");
    }

    /**
     * {@code CREATE DATABASE IF NOT EXISTS `name` options}, e.g. {@code createDatabase("power", "PRECISION 'ns'")}.
     *
     * @param options database options as SQL, appended as written (may be empty)
     */
    default void createDatabase(String name, String options) {
        Futures.await(createDatabaseAsync(name, options), this);
    }

    default CompletableFuture<Void> createDatabaseAsync(String name, String options) {
        String sql = "CREATE DATABASE IF NOT EXISTS " + Identifiers.quote(name)
                + (options == null || options.isBlank() ? "" : " " + options.trim());
        return execAsync(sql).thenApply(n -> null);
    }

    /** Runs {@code USE `database`}; {@link #database()} follows. */
    default void useDatabase(String database) {
        Futures.await(useDatabaseAsync(database), this);
    }

    default CompletableFuture<Void> useDatabaseAsync(String database) {
        return execAsync("USE " + Identifiers.quote(database)).thenApply(n -> null);
    }

    /** The names of the databases the user sees ({@code SHOW DATABASES}), system databases included. */
    default List<String> databases() {
        return Futures.await(databasesAsync(), this);
    }

    default CompletableFuture<List<String>> databasesAsync() {
        return firstColumn("SHOW DATABASES");
    }

    /** True when a database of that name exists (TDengine folds unquoted names to lower case). */
    default boolean databaseExists(String name) {
        return Futures.await(databaseExistsAsync(name), this);
    }

    default CompletableFuture<Boolean> databaseExistsAsync(String name) {
        return databasesAsync().thenApply(names -> names.contains(name)
                || names.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** The names of the subscription topics ({@code SHOW TOPICS}). */
    default List<String> topics() {
        return Futures.await(topicsAsync(), this);
    }

    default CompletableFuture<List<String>> topicsAsync() {
        return firstColumn(("SHOW TOPICS"));
    }

    private CompletableFuture<List<String>> firstColumn(String sql) {
        return queryAsync(sql).thenCompose(rs -> rs.deserializeAsync(Object[].class).whenComplete((l, e) -> rs.close()))
                .thenApply(rows -> {
                    List<String> out = new ArrayList<>(rows.size());
                    rows.forEach(r -> out.add(String.valueOf(r[0])));
                    return out;
                });
    }


    // ---- prepared statements -----------------------------------------------------------------------------------

    /**
     * A new stmt2 prepared statement (see {@link Stmt2}); close it when done.
     *
     * @throws TaosException when the connection cannot create statements
     */
    default Stmt2 stmt2() {
        return Futures.await(stmt2Async(), this);
    }

    /** The asynchronous form of {@link #stmt2()}. */
    default CompletableFuture<Stmt2> stmt2Async() {
        return CompletableFuture.failedFuture(TaosException.of(io.taos4j.protocol.TaosError.OPS_NOT_SUPPORT,
                getClass().getSimpleName() + " does not create prepared statements"));
    }

    /**
     * A new classic prepared statement (see {@link Stmt}); close it when done.
     *
     * @throws TaosException when the connection cannot create statements
     */
    default Stmt stmt() {
        return Futures.await(stmtAsync(), this);
    }

    /** The asynchronous form of {@link #stmt()}. */
    default CompletableFuture<Stmt> stmtAsync() {
        return CompletableFuture.failedFuture(TaosException.of(io.taos4j.protocol.TaosError.OPS_NOT_SUPPORT,
                getClass().getSimpleName() + " does not create prepared statements"));
    }


    // ---- schemaless ----------------------------------------------------------------------------------------------

    /**
     * Writes schemaless data (InfluxDB line protocol, OpenTSDB telnet or JSON) into the current database, creating
     * and widening tables as TDengine's schemaless rules say. The whole payload is one request: when TDengine
     * rejects it, nothing of it is written.
     *
     * @return rows written
     * @throws TaosException with TDengine's code, e.g. {@code 0x3002} for a malformed line, {@code 0x2616} when no
     *                       database is selected
     */
    default long put(SmlData data) {
        return Futures.await(putAsync(data), this);
    }

    /**
     * The asynchronous {@link #put(SmlData)}: completes with the rows written, or fails with a {@link TaosException}.
     * Connections that cannot write schemaless data fail with {@code 0x0100} (operation not supported).
     */
    default CompletableFuture<Long> putAsync(SmlData data) {
        return CompletableFuture.failedFuture(new TaosException(io.taos4j.protocol.TaosError.OPS_NOT_SUPPORT.code(),
                "schemaless writes are not supported by " + getClass().getName()));
    }

    /** The server's version string, e.g. {@code 3.3.8.0}, as reported at the last login (no round trip). */
    String serverVersion();

    /** The current database as this connection knows it (set by the DSN or USE), or null. */
    String database();

    /** True once {@link #close()} was called or the connection was lost for good. */
    boolean isClosed();

    /** Closes the connection and its open result sets (a pooled one returns to its pool); idempotent. */
    @Override
    void close();
}
