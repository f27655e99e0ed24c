package io.taos4j.jdbc;

import io.taos4j.TaosException;
import io.taos4j.TaosProperties;
import io.taos4j.TaosProperty;
import io.taos4j.jdbc.internal.ConnectionConfig;
import io.taos4j.jdbc.internal.DriverInfo;
import io.taos4j.jdbc.internal.JdbcConnection;
import io.taos4j.jdbc.internal.JdbcProperty;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The taos4j JDBC driver, registered with {@link DriverManager} through {@code ServiceLoader}.
 *
 * <p>URLs:
 * <ul>
 *   <li>{@code jdbc:taos4j:<dsn>}: any taos4j connector DSN, e.g. {@code jdbc:taos4j:ws://root:taosdata@host:6041/db}
 *       or {@code jdbc:taos4j:taos+mem://} (an embedded server in this JVM, with {@code taos4j-server} on the class
 *       path);</li>
 *   <li>{@code jdbc:TAOS-WS://host:6041/db?user=root&password=taosdata} and {@code jdbc:TAOS-RS://...}: the official
 *       taos-jdbcdriver's forms, so switching drivers means changing one dependency (TAOS-RS is served over
 *       WebSocket here).</li>
 * </ul>
 * Prefixes match exactly. {@code jdbc:TAOS://} (native, libtaos) is not accepted, so that a native driver on the
 * class path can take it; {@link TaosDataSource} given such a URL says that native connections are not available.
 * The official driver accepts the same {@code TAOS-WS}/{@code TAOS-RS} prefixes: with both on the class path
 * {@link DriverManager} uses whichever registered first, so keep one of them.
 *
 * <p>Options come from the URL and from {@code Properties} (the URL wins); names are those of the connector's
 * {@link TaosProperty} catalogue, including the official driver's names as aliases ({@code messageWaitTimeout},
 * {@code enableCompression}, {@code useSSL}...), plus a few JDBC-level ones (see {@link #getPropertyInfo}).
 *
 * <p>{@link #jdbcCompliant()} is false: TDengine is not SQL-92 entry level (no transactions, no UPDATE statement,
 * no NOT NULL constraints), which JDBC compliance requires. Thread-safe.
 */
public final class TaosDriver implements Driver {

    static {
        try {
            DriverManager.registerDriver(new TaosDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Connects, waiting up to {@link DriverManager#getLoginTimeout()} seconds when that is set.
     *
     * @return the connection, or null when the URL is not one of this driver's
     * @throws SQLException with SQLSTATE 28000 for bad credentials, 08001 when the server cannot be reached, 3D000
     *                      for an unknown database, 22023 for a bad option value
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        ConnectionConfig config = ConnectionConfig.parse(url, info);
        return JdbcConnection.open(config, Map.of(), DriverManager.getLoginTimeout());
    }

    /** True for {@code jdbc:taos4j:}, {@code jdbc:TAOS-WS://} and {@code jdbc:TAOS-RS://} URLs (exact prefixes). */
    @Override
    public boolean acceptsURL(String url) throws SQLException {
        if (url == null) {
            throw new SQLException("url is null", "HY009");
        }
        return ConnectionConfig.accepts(url);
    }

    /**
     * Every connection option: the connector's connection, TLS and reconnection options (canonical names; the
     * official driver's names are accepted as aliases), then the JDBC-level ones. Values are those the URL and
     * {@code info} give, else the defaults; secrets are masked.
     */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Properties given = info == null ? new Properties() : info;
        TaosProperties values = TaosProperties.empty();
        ConnectionConfig config = null;
        if (url != null && acceptsURL(url)) {
            try {
                config = ConnectionConfig.parse(url, given);
                values = config.builder().properties();
            } catch (SQLException | TaosException e) {
                values = TaosProperties.empty();
            }
        }
        List<DriverPropertyInfo> out = new ArrayList<>();
        for (TaosProperty p : TaosProperty.values()) {
            if (p.group() == TaosProperty.Group.POOL || p.group() == TaosProperty.Group.CONSUMER) {
                continue;
            }
            String value = values.isSet(p) && p.isSecret() ? TaosProperty.MASK : values.raw(p);
            DriverPropertyInfo d = new DriverPropertyInfo(p.key(), value);
            d.description = p.description() + (p.aliases().isEmpty() ? "" : " Also: " + String.join(", ",
                    p.aliases()) + ".");
            d.required = false;
            if (p.type() == TaosProperty.Type.BOOLEAN) {
                d.choices = new String[] {"true", "false"};
            } else if (!p.choices().isEmpty()) {
                d.choices = p.choices().toArray(new String[0]);
            }
            out.add(d);
        }
        for (JdbcProperty p : JdbcProperty.values()) {
            if (p.kind() == JdbcProperty.Kind.USED) {
                String v = config != null && config.jdbc().containsKey(p) ? config.jdbc().get(p)
                        : given.getProperty(p.key(), p.defaultValue());
                DriverPropertyInfo d = new DriverPropertyInfo(p.key(), v);
                d.description = p.description();
                out.add(d);
            }
        }
        return out.toArray(new DriverPropertyInfo[0]);
    }

    /** The major version of this driver (the taos4j release), not of TDengine. */
    @Override
    public int getMajorVersion() {
        return DriverInfo.MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return DriverInfo.MINOR;
    }

    /** False: TDengine is not SQL-92 entry level (no transactions, no UPDATE), which JDBC compliance requires. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    /** The driver does not log through java.util.logging. */
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("taos4j JDBC does not log through java.util.logging");
    }
}
