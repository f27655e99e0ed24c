package io.taos4j.jdbc.internal;

import io.taos4j.Dsn;
import io.taos4j.DsnScheme;
import io.taos4j.Endpoint;
import io.taos4j.TaosBuilder;
import io.taos4j.TaosException;
import io.taos4j.TaosProperties;
import io.taos4j.TaosProperty;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What a JDBC URL and its {@code Properties} ask for: a connector {@link Dsn} with its options, and the JDBC-level
 * options ({@link JdbcProperty}). Immutable.
 *
 * <p>URL forms: {@code jdbc:taos4j:<dsn>} with any connector DSN ({@code ws://}, {@code wss://},
 * {@code taos+mem://}...), and the official driver's {@code jdbc:TAOS-WS://host[:port][,host[:port]]/[db]?k=v&...}
 * and {@code jdbc:TAOS-RS://...} (REST in the official driver; served over WebSocket here, which gives the same
 * results). The prefixes are matched exactly, as the official driver matches them. {@code jdbc:TAOS://} (native,
 * libtaos) is not accepted. In the official forms parameter values are taken literally (no percent-decoding) and
 * the database name is lower-cased, as the official driver does.
 *
 * <p>Precedence: what the URL says wins over {@code Properties}; a {@code Properties} entry only fills in what the
 * URL leaves unset. Names are catalogue keys or aliases ({@link TaosProperty}) or {@link JdbcProperty} names.
 *
 * @param url     the URL as given
 * @param dsn     the connector DSN
 * @param options the connector options from {@code Properties} (catalogue names), applied over the DSN
 * @param jdbc    the JDBC-level options, as text
 */
public record ConnectionConfig(String url, Dsn dsn, Map<String, String> options, Map<JdbcProperty, String> jdbc) {
    public static final String TAOS4J_PREFIX = "jdbc:taos4j:";
    public static final String WS_PREFIX = "jdbc:TAOS-WS://";
    public static final String RS_PREFIX = "jdbc:TAOS-RS://";
    public static final String NATIVE_PREFIX = "jdbc:TAOS://";

    public ConnectionConfig {
        options = Map.copyOf(options);
        jdbc = jdbc.isEmpty() ? Map.of() : new EnumMap<>(jdbc);
    }

    /** True for the URL forms this driver serves; exact, case-sensitive prefixes. */
    public static boolean accepts(String url) {
        return url != null && (url.startsWith(TAOS4J_PREFIX) || url.startsWith(WS_PREFIX) || url.startsWith(RS_PREFIX));
    }

    /**
     * Parses a URL and its properties.
     *
     * @throws SQLException 0A000 for a native URL, 22023 (vendor code 0x0118) for a malformed URL or option value
     */
    public static ConnectionConfig parse(String url, Properties info) throws SQLException {
        if (url != null && (url.startsWith(NATIVE_PREFIX) || url.startsWith("jdbc:TSDB://"))) {
            throw SqlExceptions.unsupported("native connections (" + NATIVE_PREFIX + ") are not available in taos4j; "
                    + "use the WebSocket form " + WS_PREFIX + "host:6041/db (taosAdapter) instead");
        }
        if (!accepts(url)) {
            throw SqlExceptions.of(SqlState.UNABLE_TO_CONNECT, "not a taos4j JDBC URL: " + url + " (expected "
                    + TAOS4J_PREFIX + "<dsn>, " + WS_PREFIX + "... or " + RS_PREFIX + "...)");
        }
        Map<JdbcProperty, String> jdbc = new EnumMap<>(JdbcProperty.class);
        try {
            Dsn dsn = url.startsWith(TAOS4J_PREFIX) ? taos4jDsn(url.substring(TAOS4J_PREFIX.length()), jdbc)
                    : officialDsn(url, jdbc, info);
            Map<String, String> options = new LinkedHashMap<>();
            TaosProperties fromUrl = TaosProperties.of(dsn);
            if (info != null) {
                for (String name : info.stringPropertyNames()) {
                    String value = info.getProperty(name);
                    JdbcProperty jp = JdbcProperty.find(name).orElse(null);
                    if (jp != null) {
                        jdbc.putIfAbsent(jp, value);
                    } else if (TaosProperty.find(name).map(p -> !fromUrl.isSet(p)).orElse(true)) {
                        options.put(name, value);
                    }
                }
            }
            ConnectionConfig config = new ConnectionConfig(url, dsn, options, jdbc);
            config.builder().properties();   // every value parses now, not at the first connect
            config.check();
            return config;
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
    }

    /** A connector DSN, less the JDBC-level parameters, which go to {@code jdbc}. */
    private static Dsn taos4jDsn(String text, Map<JdbcProperty, String> jdbc) {
        Dsn dsn = Dsn.parse(text);
        for (String key : List.copyOf(dsn.params().keySet())) {
            JdbcProperty jp = JdbcProperty.find(key).orElse(null);
            if (jp != null) {
                jdbc.put(jp, dsn.param(key));
                dsn = dsn.withParam(key, null);
            }
        }
        return dsn;
    }

    /** The official URL form as a DSN: endpoints, database and parameters, taken literally. */
    private static Dsn officialDsn(String url, Map<JdbcProperty, String> jdbc, Properties info) {
        String rest = url.substring(url.indexOf("//") + 2);
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && eq + 1 < pair.length()) {
                    String key = pair.substring(0, eq);
                    String value = pair.substring(eq + 1);
                    JdbcProperty jp = JdbcProperty.find(key).orElse(null);
                    if (jp != null) {
                        jdbc.put(jp, value);
                    } else {
                        params.put(key, value);
                    }
                }
            }
            rest = rest.substring(0, q);
        }
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = rest.substring(slash + 1).toLowerCase(Locale.ROOT);
            rest = rest.substring(0, slash);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        if (!rest.isEmpty()) {
            for (String e : rest.split(",")) {
                endpoints.add(endpoint(e));
            }
        } else {
            String host = jdbc.containsKey(JdbcProperty.HOST) ? jdbc.get(JdbcProperty.HOST)
                    : info == null ? null : info.getProperty(JdbcProperty.HOST.key());
            String port = jdbc.containsKey(JdbcProperty.PORT) ? jdbc.get(JdbcProperty.PORT)
                    : info == null ? null : info.getProperty(JdbcProperty.PORT.key());
            if (host != null || port != null) {
                endpoints.add(new Endpoint(host == null ? "" : host, port == null ? 0 : parsePort(port)));
            }
        }
        return new Dsn(DsnScheme.WS, null, null, endpoints, null, database, params);
    }

    private static Endpoint endpoint(String text) {
        String host = text;
        String port = "";
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end < 0) {
                throw TaosException.of(io.taos4j.protocol.TaosError.INVALID_PARA, "invalid IPv6 address " + text);
            }
            host = text.substring(1, end);
            port = end + 1 < text.length() && text.charAt(end + 1) == ':' ? text.substring(end + 2) : "";
        } else if (text.lastIndexOf(':') >= 0) {
            host = text.substring(0, text.lastIndexOf(':'));
            port = text.substring(text.lastIndexOf(':') + 1);
        }
        return new Endpoint(host, port.isEmpty() ? 0 : parsePort(port));
    }

    private static int parsePort(String port) {
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw TaosException.of(io.taos4j.protocol.TaosError.INVALID_PARA, "invalid port \"" + port + "\"");
        }
    }

    private void check() throws SQLException {
        String charset = jdbc.get(JdbcProperty.CHARSET);
        if (charset != null) {
            boolean utf8;
            try {
                utf8 = Charset.forName(charset.trim()).equals(StandardCharsets.UTF_8);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                utf8 = false;
            }
            if (!utf8) {
                throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "charset " + charset + " is not supported: "
                        + "TDengine's WebSocket protocol carries text as UTF-8, so charset must be UTF-8");
            }
        }
        String mode = jdbc.get(JdbcProperty.CONNECT_MODE);
        if (mode != null && !mode.trim().equals("0") && !mode.trim().equals("1")) {
            throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, "conmode must be 0 (normal) or 1 (BI), not "
                    + mode);
        }
    }

    /** A connector builder for this configuration; {@code overrides} (catalogue names) win over everything. */
    public TaosBuilder builder(Map<String, String> overrides) {
        TaosBuilder b = TaosBuilder.fromDsn(dsn);
        options.forEach(b::property);
        overrides.forEach(b::property);
        return b;
    }

    public TaosBuilder builder() {
        return builder(Map.of());
    }

    /** {@code batchErrorIgnore}: executeBatch goes on after a failure. */
    public boolean batchErrorIgnore() {
        String v = jdbc.get(JdbcProperty.BATCH_ERROR_IGNORE);
        return v != null && Boolean.parseBoolean(v.trim());
    }

    /** {@code conmode=1}: BI mode. */
    public boolean biMode() {
        String v = jdbc.get(JdbcProperty.CONNECT_MODE);
        return v != null && v.trim().equals("1");
    }

    /** The URL with secrets masked, for messages and {@code DatabaseMetaData.getURL()}. */
    public String maskedUrl() {
        return url.startsWith(TAOS4J_PREFIX) ? TAOS4J_PREFIX + dsn : url.replaceAll("(?i)(password|token)=[^&]*",
                "$1=" + TaosProperty.MASK);
    }
}
