package io.taos4j.jdbc.internal;

import io.taos4j.Taos;
import io.taos4j.TaosException;
import io.taos4j.TaosProperty;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.ClientInfoStatus;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A JDBC connection over one connector {@link Taos} connection. TDengine has no transactions: the connection is
 * always in auto-commit mode, at isolation level {@link Connection#TRANSACTION_NONE}. Thread-safe as far as the
 * connector is; statements and result sets follow JDBC's single-thread use, except {@link Statement#cancel()}.
 * {@link #unwrap(Class)} gives the connector connection ({@link Taos}).
 */
public final class JdbcConnection extends JdbcWrapper implements Connection {
    private final Taos taos;
    private final ConnectionConfig config;
    private final ZoneId zone;
    private final Set<JdbcStatement> statements = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile int networkTimeoutMs;
    private volatile boolean readOnly;
    private volatile int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;

    private JdbcConnection(Taos taos, ConnectionConfig config) {
        this.taos = taos;
        this.config = config;
        ZoneId z = (ZoneId) config.builder().properties().get(TaosProperty.TIMEZONE);
        this.zone = z == null ? ZoneId.systemDefault() : z;
    }

    /**
     * Opens a connection.
     *
     * @param overrides           catalogue options that win over the configuration (a DataSource's user/password)
     * @param loginTimeoutSeconds the longest wait for the connection and login, 0 for the connector's connect timeout
     */
    public static JdbcConnection open(ConnectionConfig config, Map<String, String> overrides, int loginTimeoutSeconds)
            throws SQLException {
        Map<String, String> o = new HashMap<>(overrides);
        if (loginTimeoutSeconds > 0 && !config.builder(o).properties().isSet(TaosProperty.CONNECT_TIMEOUT)) {
            o.put(TaosProperty.CONNECT_TIMEOUT.key(), loginTimeoutSeconds + "s");
        }
        CompletableFuture<Taos> opening;
        try {
            opening = config.builder(o).buildAsync();
        } catch (TaosException e) {
            throw SqlExceptions.ofConnect(e);
        }
        Await.Limits limits = new Await.Limits(loginTimeoutSeconds * 1000L, 0, null, null);
        try {
            return new JdbcConnection(Await.await(opening, limits, Taos::close), config);
        } catch (SQLException e) {
            if (e.getCause() instanceof TaosException te) {
                throw SqlExceptions.ofConnect(te);
            }
            throw e;
        }
    }

    /** The connector connection. */
    public Taos taos() {
        return taos;
    }

    public ConnectionConfig config() {
        return config;
    }

    /** The session time zone: the {@code timezone} option, else the JVM's. */
    public ZoneId zone() {
        return zone;
    }

    int networkTimeoutMs() {
        return networkTimeoutMs;
    }

    Await.Limits limits() {
        return new Await.Limits(0, networkTimeoutMs, null, this);
    }

    void checkOpen() throws SQLException {
        if (isClosed()) {
            throw SqlExceptions.closed("connection");
        }
    }

    void forget(JdbcStatement statement) {
        statements.remove(statement);
    }

    private <S extends JdbcStatement> S track(S statement) {
        statements.add(statement);
        return statement;
    }

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return track(new JdbcStatement(this));
    }

    @Override
    public Statement createStatement(int type, int concurrency) throws SQLException {
        checkCursor(type, concurrency, holdability);
        return createStatement();
    }

    @Override
    public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
        checkCursor(type, concurrency, holdability);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        return track(new JdbcPreparedStatement(this, sql));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency) throws SQLException {
        checkCursor(type, concurrency, holdability);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
            throws SQLException {
        checkCursor(type, concurrency, holdability);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        JdbcStatement.checkKeys(autoGeneratedKeys);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        throw JdbcStatement.noGeneratedKeys();
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        throw JdbcStatement.noGeneratedKeys();
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw SqlExceptions.unsupported("CallableStatement is not supported: TDengine has no stored procedures");
    }

    @Override
    public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability) throws SQLException {
        return prepareCall(sql);
    }

    private void checkCursor(int type, int concurrency, int holdability) throws SQLException {
        checkOpen();
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            throw SqlExceptions.unsupported("only forward-only result sets are supported (TDengine streams results)");
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw SqlExceptions.unsupported("only read-only result sets are supported (no updatable cursors)");
        }
        checkHoldability(holdability);
    }

    private static void checkHoldability(int holdability) throws SQLException {
        if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "unknown holdability " + holdability);
        }
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        if (!autoCommit) {
            throw SqlExceptions.unsupported("transactions are not supported: TDengine applies every statement at "
                    + "once, so the connection stays in auto-commit mode");
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return true;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        throw SqlExceptions.of(SqlState.INVALID_TRANSACTION_STATE,
                "commit is not allowed in auto-commit mode (TDengine has no transactions)");
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        throw SqlExceptions.of(SqlState.INVALID_TRANSACTION_STATE,
                "rollback is not allowed in auto-commit mode (TDengine has no transactions)");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (JdbcStatement s : statements.toArray(new JdbcStatement[0])) {
            s.closeQuietly();
        }
        taos.close();
    }

    @Override
    public boolean isClosed() {
        return closed || taos.isClosed();
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new JdbcDatabaseMetaData(this);
    }

    /** A hint only (JDBC allows that): TDengine has no read-only sessions, so writes are not refused. */
    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    /** Runs {@code USE catalog}: catalogs are TDengine databases. A null catalog is ignored. */
    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
        if (catalog != null && !catalog.equals(taos.database())) {
            Await.await(taos.execAsync("USE " + io.taos4j.Identifiers.quote(catalog)), limits(), null);
        }
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return taos.database();
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        if (level != TRANSACTION_NONE) {
            throw SqlExceptions.unsupported("transactions are not supported: the only isolation level is "
                    + "TRANSACTION_NONE");
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return TRANSACTION_NONE;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return new HashMap<>();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw SqlExceptions.unsupported("user-defined type maps are not supported: TDengine has no UDTs");
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        checkHoldability(holdability);
        this.holdability = holdability;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return holdability;
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw noSavepoints();
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        throw noSavepoints();
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        throw noSavepoints();
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        throw noSavepoints();
    }

    private static SQLException noSavepoints() {
        return SqlExceptions.unsupported("savepoints are not supported: TDengine has no transactions");
    }

    @Override
    public Clob createClob() throws SQLException {
        throw SqlExceptions.unsupported("CLOB is not a TDengine type; use VARCHAR or NCHAR");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw SqlExceptions.unsupported("Connection.createBlob is not supported; bind a byte[] instead");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw SqlExceptions.unsupported("NCLOB is not a TDengine type; use NCHAR");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw SqlExceptions.unsupported("SQLXML is not a TDengine type");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        throw SqlExceptions.unsupported("ARRAY is not a TDengine type");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw SqlExceptions.unsupported("STRUCT is not a TDengine type");
    }

    /** Round-trips {@code SELECT server_version()} within {@code timeout} seconds (0: the network timeout). */
    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "timeout must not be negative: " + timeout);
        }
        if (isClosed()) {
            return false;
        }
        Await.Limits limits = new Await.Limits(timeout * 1000L, 0, null, null);
        try (io.taos4j.ResultSet rs = Await.await(taos.queryAsync("SELECT server_version()"), limits,
                io.taos4j.ResultSet::close)) {
            return Await.await(rs.nextBlockAsync(), limits, null) != null;
        } catch (SQLException | TaosException e) {
            return false;
        }
    }

    /**
     * TDengine takes the application name only when connecting (the {@code app} option), so client info cannot be
     * set on an open connection.
     */
    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        throw SqlExceptions.clientInfo("client info cannot be changed on an open connection; set the application "
                + "name with the app (app_name) option when connecting", Map.of(String.valueOf(name),
                ClientInfoStatus.REASON_UNKNOWN_PROPERTY));
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        Map<String, ClientInfoStatus> failed = new HashMap<>();
        properties.stringPropertyNames().forEach(n -> failed.put(n, ClientInfoStatus.REASON_UNKNOWN_PROPERTY));
        if (!failed.isEmpty()) {
            throw SqlExceptions.clientInfo("client info cannot be changed on an open connection; set the "
                    + "application name with the app (app_name) option when connecting", failed);
        }
    }

    /** {@code ApplicationName} is the {@code app} option sent when connecting; other names have no value. */
    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return "ApplicationName".equals(name) ? config.builder().properties().getString(TaosProperty.APP) : null;
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        Properties p = new Properties();
        p.setProperty("ApplicationName", getClientInfo("ApplicationName"));
        return p;
    }

    /** TDengine has no schemas: ignored, as JDBC prescribes. */
    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return null;
    }

    /** Marks the connection closed at once and closes it on {@code executor}. */
    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "abort needs an executor");
        }
        if (closed) {
            return;
        }
        closed = true;
        executor.execute(this::closeAfterAbort);
    }

    private void closeAfterAbort() {
        for (JdbcStatement s : statements.toArray(new JdbcStatement[0])) {
            s.closeQuietly();
        }
        taos.close();
    }

    /** Called when a reply did not arrive within the network timeout: JDBC says the connection is then closed. */
    void abortAfterNetworkTimeout() {
        if (!closed) {
            closed = true;
            CompletableFuture.runAsync(this::closeAfterAbort);
        }
    }

    /** Every later wait for the server gives up after {@code milliseconds} (0: no limit) and closes the connection. */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (executor == null) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "setNetworkTimeout needs an executor");
        }
        if (milliseconds < 0) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "timeout must not be negative: " + milliseconds);
        }
        this.networkTimeoutMs = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMs;
    }

    @Override
    Object delegate() {
        return taos;
    }

    @Override
    public String toString() {
        return "JdbcConnection[" + config.maskedUrl() + (isClosed() ? ", closed]" : "]");
    }
}
