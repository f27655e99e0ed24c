package io.taos4j.jdbc;

import io.taos4j.TaosException;
import io.taos4j.TaosProperty;
import io.taos4j.jdbc.internal.ConnectionConfig;
import io.taos4j.jdbc.internal.JdbcConnection;
import io.taos4j.jdbc.internal.JdbcProperty;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for TDengine, configured as a bean: either {@link #setUrl(String) url} (any URL
 * {@link TaosDriver} accepts) or {@link #setHost host}/{@link #setPort port}/{@link #setDatabase database}, plus
 * {@link #setUser user}, {@link #setPassword password} and any option of the connector's {@link TaosProperty}
 * catalogue or {@link JdbcProperty} through {@link #setProperty(String, String)} (the common ones also have
 * setters, for pools that configure data sources by bean property). Options in the URL win over the bean's.
 *
 * <p>Each {@link #getConnection()} opens a new connection (use a pool such as HikariCP to reuse them). The setters
 * are not thread-safe; configure first, then share.
 */
public class TaosDataSource implements DataSource {
    private String url;
    private String host;
    private int port;
    private String database;
    private final Properties properties = new Properties();
    private int loginTimeout;
    private PrintWriter logWriter;

    /** The URL that {@link #getConnection()} uses: {@link #setUrl} as set, else one built from host/port/database. */
    public String getUrl() {
        if (url != null) {
            return url;
        }
        return ConnectionConfig.WS_PREFIX + (host == null ? "localhost" : host.contains(":") ? "[" + host + "]" : host)
                + ":" + (port == 0 ? 6041 : port) + "/" + (database == null ? "" : database);
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getHost() {
        return host;
    }

    /** Server host when no URL is set; {@code localhost} by default. */
    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    /** Server port (taosAdapter) when no URL is set; 6041 by default. */
    public void setPort(int port) {
        this.port = port;
    }

    public String getDatabase() {
        return database;
    }

    /** Database to use when no URL is set. */
    public void setDatabase(String database) {
        this.database = database;
    }

    public String getUser() {
        return getProperty(TaosProperty.USER.key());
    }

    public void setUser(String user) {
        setProperty(TaosProperty.USER.key(), user);
    }

    public void setPassword(String password) {
        setProperty(TaosProperty.PASSWORD.key(), password);
    }

    /** Session time zone, e.g. {@code UTC} or {@code Asia/Shanghai}. */
    public void setTimezone(String zone) {
        setProperty(TaosProperty.TIMEZONE.key(), zone);
    }

    /** Longest wait to connect, e.g. {@code 10s}, or milliseconds. */
    public void setConnectTimeout(String timeout) {
        setProperty(TaosProperty.CONNECT_TIMEOUT.key(), timeout);
    }

    /** Longest wait for one reply (the official driver's {@code messageWaitTimeout}), e.g. {@code 60s}. */
    public void setReadTimeout(String timeout) {
        setProperty(TaosProperty.READ_TIMEOUT.key(), timeout);
    }

    public void setCompression(boolean compression) {
        setProperty(TaosProperty.COMPRESSION.key(), Boolean.toString(compression));
    }

    public void setTls(boolean tls) {
        setProperty(TaosProperty.TLS.key(), Boolean.toString(tls));
    }

    /** Application name reported to the server. */
    public void setApp(String app) {
        setProperty(TaosProperty.APP.key(), app);
    }

    /** TDengine Cloud token. */
    public void setToken(String token) {
        setProperty(TaosProperty.TOKEN.key(), token);
    }

    public void setBatchErrorIgnore(boolean ignore) {
        setProperty(JdbcProperty.BATCH_ERROR_IGNORE.key(), Boolean.toString(ignore));
    }

    /**
     * Sets any catalogue option ({@link TaosProperty} key or alias) or JDBC-level option; null removes it.
     *
     * @throws IllegalArgumentException when a catalogue option's value does not parse
     */
    public void setProperty(String name, String value) {
        if (value == null) {
            properties.remove(name);
            return;
        }
        TaosProperty p = TaosProperty.find(name).orElse(null);
        if (p != null) {
            try {
                p.parse(value);
            } catch (TaosException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        properties.setProperty(name, value);
    }

    /** The option as set on this bean, or null. */
    public String getProperty(String name) {
        return properties.getProperty(name);
    }

    /** Sets every entry of {@code options} as {@link #setProperty} does. */
    public void setProperties(Properties options) {
        options.stringPropertyNames().forEach(n -> setProperty(n, options.getProperty(n)));
    }

    /**
     * Opens a connection.
     *
     * @throws java.sql.SQLFeatureNotSupportedException for a native URL ({@code jdbc:TAOS://})
     * @throws SQLException as {@link TaosDriver#connect} does
     */
    @Override
    public Connection getConnection() throws SQLException {
        return open(Map.of());
    }

    /** Opens a connection as {@code user}, overriding the bean's and the URL's credentials. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Map<String, String> o = new java.util.HashMap<>();
        if (user != null) {
            o.put(TaosProperty.USER.key(), user);
        }
        if (password != null) {
            o.put(TaosProperty.PASSWORD.key(), password);
        }
        return open(o);
    }

    private Connection open(Map<String, String> overrides) throws SQLException {
        ConnectionConfig config = ConnectionConfig.parse(getUrl(), properties);
        return JdbcConnection.open(config, overrides, loginTimeout);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    /** Kept for the contract; the driver writes nothing to it. */
    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Seconds to wait for a connection and login; 0 means the connect timeout option decides. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = Math.max(0, seconds);
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("taos4j JDBC does not log through java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("TaosDataSource does not wrap " + type.getName(), "22023");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "TaosDataSource[" + getUrl().replaceAll("(?i)(password|token)=[^&]*", "$1=" + TaosProperty.MASK)
                + "]";
    }
}
