package io.taos4j;

import io.taos4j.protocol.TaosError;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every connection, TLS, reconnection, pool and subscription option the connector understands: its canonical key,
 * its aliases, value type, default, and a one-line description. DSN parameters, JDBC {@code Properties},
 * {@code DataSource} setters and {@code getPropertyInfo} all go through this catalogue.
 *
 * <p><b>Names.</b> {@link #key()} is the canonical DSN key: snake_case for connection options, TDengine's dotted
 * consumer keys for subscriptions ({@code group.id}). {@link #aliases()} are the names the official JDBC driver and
 * the Rust connector use where they differ ({@code connectTimeout}, {@code enableCompression}, {@code conn_retries},
 * {@code td.connect.user}...). {@link #find(String)} matches keys and aliases <em>case-insensitively</em>, so
 * {@code useSSL}, {@code usessl} and {@code USESSL} all find {@link #TLS}; no two names differ only in case.
 *
 * <p><b>Values</b> ({@link #parse(String)}):
 * <ul>
 *   <li>{@link Type#BOOLEAN}: {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off} (any case); an empty
 *       value means true, so {@code ?compression} turns compression on.</li>
 *   <li>{@link Type#DURATION}: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1d}, combinations such as
 *       {@code 1m30s}, ISO-8601 {@code PT10S}, or a bare integer meaning <em>milliseconds</em> (so the
 *       {@code *.ms} consumer keys read naturally; note the Rust connector reads a bare {@code read_timeout} or
 *       {@code conn_timeout} as seconds: write a unit to be unambiguous). Never negative.</li>
 *   <li>{@link Type#INT}, {@link Type#LONG}: decimal, not negative.</li>
 *   <li>{@link Type#ZONE_ID}: an IANA zone such as {@code Asia/Shanghai}, or {@code UTC}, {@code +08:00}.</li>
 *   <li>{@link Type#ENUM}: one of {@link #choices()}, any case; {@link Type#LIST}: comma-separated choices.</li>
 * </ul>
 * A bad value is a {@link TaosException} with code 0x0118 naming the key and the value (never the value of a
 * {@linkplain #isSecret() secret}).
 */
public enum TaosProperty {
    // connection
    USER(Group.CONNECTION, "user", Type.STRING, "root", "User name to log in as.",
            "username", "td.connect.user"),
    PASSWORD(Group.CONNECTION, "password", Type.STRING, "taosdata", true, List.of(), "Password of the user.",
            "pass", "td.connect.pass"),
    DATABASE(Group.CONNECTION, "database", Type.STRING, null, "Database to use after connecting; none by default.",
            "db", "dbname", "td.connect.db"),
    TIMEZONE(Group.CONNECTION, "timezone", Type.ZONE_ID, null,
            "Session time zone (IANA name, e.g. Asia/Shanghai); unset keeps the server's.", "tz"),
    CONNECT_TIMEOUT(Group.CONNECTION, "connect_timeout", Type.DURATION, "10s",
            "Longest wait to open a connection, including the TLS and WebSocket handshakes.",
            "connectTimeout", "httpConnectTimeout", "conn_timeout"),
    READ_TIMEOUT(Group.CONNECTION, "read_timeout", Type.DURATION, "60s",
            "Longest wait for the server's reply to one request (JDBC messageWaitTimeout).",
            "messageWaitTimeout", "message_wait_timeout"),
    COMPRESSION(Group.CONNECTION, "compression", Type.BOOLEAN, "false",
            "Negotiate WebSocket permessage-deflate compression.", "enableCompression", "enable_compression"),
    TCP_NODELAY(Group.CONNECTION, "tcp_nodelay", Type.BOOLEAN, "true",
            "Disable Nagle's algorithm on the socket.", "tcpNoDelay"),
    APP(Group.CONNECTION, "app", Type.STRING, "taos4j",
            "Application name reported to the server (USER_APP), shown in performance_schema.",
            "app_name", "user_app", "appName"),
    APP_IP(Group.CONNECTION, "app_ip", Type.STRING, null,
            "Client IP reported to the server (USER_IP); unset lets the server use the peer address.",
            "user_ip", "appIp"),
    TOKEN(Group.CONNECTION, "token", Type.STRING, null, true, List.of(),
            "TDengine Cloud access token, sent as ?token= on the WebSocket URL.", "td.connect.token", "cloud_token"),
    BEARER_TOKEN(Group.CONNECTION, "bearer_token", Type.STRING, null, true, List.of(),
            "Bearer token sent instead of user and password.", "bearerToken"),
    TOTP_CODE(Group.CONNECTION, "totp_code", Type.STRING, null, true, List.of(),
            "One-time password for users with two-factor authentication.", "totpCode"),
    PREFETCH(Group.CONNECTION, "prefetch", Type.INT, "2",
            "Result blocks fetched ahead of the reader; 0 fetches only on demand.", "prefetch_blocks"),
    ENDPOINT_ORDER(Group.CONNECTION, "endpoint_order", Type.ENUM, "ordered", false, List.of("ordered", "random"),
            "Order in which a multi-host DSN's endpoints are tried: ordered (the first that answers, preferring the "
                    + "first listed again after every failure) or random (shuffled per connection, spreading load).",
            "endpointOrder", "load_balance"),
    SLAVE_CLUSTER_HOST(Group.CONNECTION, "slave_cluster_host", Type.STRING, null,
            "Host of a standby cluster's adapter, tried after the DSN's endpoints (JDBC's active-standby mode).",
            "slaveClusterHost"),
    SLAVE_CLUSTER_PORT(Group.CONNECTION, "slave_cluster_port", Type.INT, "6041",
            "Port of the standby cluster's adapter.", "slaveClusterPort"),
    METRICS(Group.CONNECTION, "metrics", Type.BOOLEAN, "true",
            "Record Micrometer meters (requests, latency, reconnections, pool usage) in Micrometer's global "
                    + "registry when Micrometer is on the class path; ignored otherwise.", "enableMetrics"),

    // TLS
    TLS(Group.TLS, "tls", Type.BOOLEAN, "false",
            "Encrypt the connection with TLS; implied by the wss and https schemes.", "ssl", "useSSL", "use_ssl"),
    TLS_CA_FILE(Group.TLS, "tls_ca_file", Type.PATH, null,
            "PEM file of CA certificates to trust instead of the JVM's trust store.", "tls_ca", "sslCaFile"),
    TLS_TRUST_STORE(Group.TLS, "tls_trust_store", Type.PATH, null,
            "Key store (PKCS12 or JKS) of trusted certificates.", "trustStore", "sslTrustStore"),
    TLS_TRUST_STORE_PASSWORD(Group.TLS, "tls_trust_store_password", Type.STRING, null, true, List.of(),
            "Password of the trust store.", "trustStorePassword", "sslTrustStorePassword"),
    TLS_VERIFY_HOSTNAME(Group.TLS, "tls_verify_hostname", Type.BOOLEAN, "true",
            "Check that the server certificate names the host connected to.", "verifyHostname"),
    TLS_INSECURE(Group.TLS, "tls_insecure", Type.BOOLEAN, "false",
            "Accept any server certificate without validation; for tests only.", "disableSSLCertValidation"),
    TLS_VERSIONS(Group.TLS, "tls_versions", Type.LIST, "TLSv1.2,TLSv1.3", false, List.of("TLSv1.2", "TLSv1.3"),
            "TLS protocol versions to offer, comma-separated.", "tls_version", "tlsVersions"),

    // reconnection
    RECONNECT(Group.RECONNECT, "reconnect", Type.BOOLEAN, "true",
            "Reconnect transparently after a lost connection, restore the current database and send again the "
                    + "requests that are safe to send again (reads, USE; see reconnect_replay_writes).",
            "enableAutoReconnect", "auto_reconnect"),
    RECONNECT_RETRIES(Group.RECONNECT, "reconnect_retries", Type.INT, "5",
            "Reconnection attempts, each trying every endpoint, before the connection is given up.",
            "reconnectRetryCount", "conn_retries"),
    RECONNECT_REPLAY_WRITES(Group.RECONNECT, "reconnect_replay_writes", Type.BOOLEAN, "false",
            "Also send again, after a reconnection, a write whose reply was lost when the caller gave it an explicit "
                    + "request id (declaring it safe to run twice).", "replayWrites"),
    RECONNECT_BACKOFF(Group.RECONNECT, "reconnect_backoff", Type.DURATION, "200ms",
            "Wait before the first reconnection attempt; doubles per attempt up to reconnect_backoff_max.",
            "reconnect_interval", "reconnectIntervalMs", "retry_backoff_ms"),
    RECONNECT_BACKOFF_MAX(Group.RECONNECT, "reconnect_backoff_max", Type.DURATION, "2s",
            "Longest wait between reconnection attempts.", "retry_backoff_max_ms"),

    // pool
    POOL_MAX_SIZE(Group.POOL, "pool_max_size", Type.INT, "10",
            "Most connections a pool holds, idle and in use.", "maximumPoolSize"),
    POOL_MIN_IDLE(Group.POOL, "pool_min_idle", Type.INT, "0",
            "Idle connections a pool keeps open.", "minimumIdle"),
    POOL_MAX_LIFETIME(Group.POOL, "pool_max_lifetime", Type.DURATION, "30m",
            "Age after which a pooled connection is closed once returned.", "maxLifetime"),
    POOL_IDLE_TIMEOUT(Group.POOL, "pool_idle_timeout", Type.DURATION, "10m",
            "Idle time after which a pooled connection above pool_min_idle is closed.", "idleTimeout"),
    POOL_ACQUIRE_TIMEOUT(Group.POOL, "pool_acquire_timeout", Type.DURATION, "30s",
            "Longest wait for a free pooled connection.", "acquireTimeout"),
    POOL_VALIDATE(Group.POOL, "pool_validate", Type.BOOLEAN, "true",
            "Ping a pooled connection before handing it out.", "testOnBorrow"),

    // subscription (TMQ consumer); keys and defaults as TDengine's tmq_conf_set
    GROUP_ID(Group.CONSUMER, "group.id", Type.STRING, null,
            "Consumer group; members share progress. Required to subscribe.", "group_id", "groupId"),
    CLIENT_ID(Group.CONSUMER, "client.id", Type.STRING, null, "Consumer label.", "client_id", "clientId"),
    AUTO_OFFSET_RESET(Group.CONSUMER, "auto.offset.reset", Type.ENUM, "latest", false,
            List.of("earliest", "latest", "none"),
            "Where a group without a committed offset starts: earliest, latest, or none (fail).",
            "offset_reset", "offset_rest"),
    ENABLE_AUTO_COMMIT(Group.CONSUMER, "enable.auto.commit", Type.BOOLEAN, "true",
            "Commit consumed offsets periodically.", "auto_commit"),
    AUTO_COMMIT_INTERVAL(Group.CONSUMER, "auto.commit.interval.ms", Type.DURATION, "5000",
            "Period of automatic commits.", "auto_commit_interval_ms"),
    MSG_WITH_TABLE_NAME(Group.CONSUMER, "msg.with.table.name", Type.BOOLEAN, "true",
            "Carry table names in data messages (always on since TDengine 3.2.0.0).", "with_table_name"),
    SNAPSHOT_ENABLE(Group.CONSUMER, "experimental.snapshot.enable", Type.BOOLEAN, "false",
            "Read historical data from data files before the WAL.", "snapshot_enable", "snapshot"),
    ENABLE_REPLAY(Group.CONSUMER, "enable.replay", Type.BOOLEAN, "false",
            "Replay rows at their original write pace (query topics only).", "enable_replay"),
    SESSION_TIMEOUT(Group.CONSUMER, "session.timeout.ms", Type.DURATION, "12000",
            "Heartbeat silence after which the consumer is dropped and the group rebalances.",
            "session_timeout_ms"),
    HEARTBEAT_INTERVAL(Group.CONSUMER, "heartbeat.interval.ms", Type.DURATION, null,
            "Consumer heartbeat period; unset keeps the server's.", "heartbeat_interval_ms"),
    MAX_POLL_INTERVAL(Group.CONSUMER, "max.poll.interval.ms", Type.DURATION, "300000",
            "Longest gap between polls before the consumer is considered gone.", "max_poll_interval_ms"),
    MSG_ENABLE_BATCHMETA(Group.CONSUMER, "msg.enable.batchmeta", Type.BOOLEAN, "false",
            "Batch several meta changes into one message.", "enable_batch_meta", "batchmeta", "enable.batch.meta"),
    MSG_CONSUME_EXCLUDED(Group.CONSUMER, "msg.consume.excluded", Type.BOOLEAN, "false",
            "Skip data written by replication (taosX) connections.", "msg_consume_excluded", "replica"),
    MSG_CONSUME_RAWDATA(Group.CONSUMER, "msg.consume.rawdata", Type.BOOLEAN, "false",
            "Deliver raw (type 4) messages.", "msg_consume_rawdata"),
    FETCH_MAX_WAIT(Group.CONSUMER, "fetch.max.wait.ms", Type.DURATION, null,
            "Longest server wait per fetch; unset keeps the server's.", "fetch_max_wait_ms"),
    MIN_POLL_ROWS(Group.CONSUMER, "min.poll.rows", Type.INT, null,
            "Fewest rows the server gathers per fetch; unset keeps the server's.", "min_poll_rows"),
    ENABLE_WAL_MARKER(Group.CONSUMER, "enable.wal.marker", Type.BOOLEAN, "false",
            "TDengine-internal write-ahead-log marker option, passed to the server as is.", "enable_wal_marker"),
    CONNECT_IP(Group.CONSUMER, "td.connect.ip", Type.STRING, null,
            "Host of the server for a subscription DSN that names no host (TDengine's consumer key).",
            "connect_ip"),
    CONNECT_PORT(Group.CONSUMER, "td.connect.port", Type.INT, null,
            "Port of the server for a subscription DSN that names no port (TDengine's consumer key).",
            "connect_port");

    /** What a property is about, for documentation and for choosing what to send where. */
    public enum Group { CONNECTION, TLS, RECONNECT, POOL, CONSUMER }

    /** The value type; {@link #javaType()} is the class {@link TaosProperty#parse(String)} returns. */
    public enum Type {
        STRING(String.class), BOOLEAN(Boolean.class), INT(Integer.class), LONG(Long.class),
        DURATION(Duration.class), ZONE_ID(ZoneId.class), PATH(Path.class), ENUM(String.class), LIST(List.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        public Class<?> javaType() {
            return javaType;
        }
    }

    /** The text that replaces a secret value in {@code toString()} and error messages. */
    public static final String MASK = "******";

    private static final Map<String, TaosProperty> BY_NAME = new HashMap<>();

    static {
        for (TaosProperty p : values()) {
            for (String name : p.names()) {
                TaosProperty clash = BY_NAME.put(name.toLowerCase(Locale.ROOT), p);
                if (clash != null) {
                    throw new ExceptionInInitializerError("property name " + name + " used twice: " + clash + ", " + p);
                }
            }
        }
    }

    private final Group group;
    private final String key;
    private final Type type;
    private final String defaultValue;
    private final boolean secret;
    private final List<String> choices;
    private final String description;
    private final List<String> aliases;

    TaosProperty(Group group, String key, Type type, String defaultValue, String description, String... aliases) {
        this(group, key, type, defaultValue, false, List.of(), description, aliases);
    }

    TaosProperty(Group group, String key, Type type, String defaultValue, boolean secret, List<String> choices,
            String description, String... aliases) {
        this.group = group;
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.secret = secret;
        this.choices = choices;
        this.description = description;
        this.aliases = List.of(aliases);
    }

    /**
     * The property with this canonical key or alias, compared case-insensitively.
     *
     * @param keyOrAlias a key as written in a DSN or {@code Properties}; null finds nothing
     */
    public static Optional<TaosProperty> find(String keyOrAlias) {
        return keyOrAlias == null ? Optional.empty()
                : Optional.ofNullable(BY_NAME.get(keyOrAlias.toLowerCase(Locale.ROOT)));
    }

    /**
     * True when a value under this name must never be shown: a secret property's key or alias, or an unknown key
     * whose name contains {@code pass}, {@code secret} or {@code token}.
     */
    public static boolean isSecretName(String keyOrAlias) {
        Optional<TaosProperty> p = find(keyOrAlias);
        if (p.isPresent()) {
            return p.get().secret;
        }
        String k = keyOrAlias.toLowerCase(Locale.ROOT);
        return k.contains("pass") || k.contains("secret") || k.contains("token");
    }

    /** The canonical key, e.g. {@code connect_timeout} or {@code group.id}. */
    public String key() {
        return key;
    }

    /** Other accepted names, e.g. the JDBC driver's {@code connectTimeout}; possibly empty. */
    public List<String> aliases() {
        return aliases;
    }

    /** {@link #key()} followed by {@link #aliases()}. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(key);
        names.addAll(aliases);
        return List.copyOf(names);
    }

    public Group group() {
        return group;
    }

    public Type type() {
        return type;
    }

    /** The default as text, in the form {@link #parse(String)} reads; null when the option has no default. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The default, parsed; null when the option has no default. */
    public Object parsedDefault() {
        return defaultValue == null ? null : parse(defaultValue);
    }

    /** True for passwords and tokens: masked as {@value #MASK} wherever values are printed. */
    public boolean isSecret() {
        return secret;
    }

    /** The allowed values of an {@link Type#ENUM} or {@link Type#LIST} property; empty for other types. */
    public List<String> choices() {
        return choices;
    }

    /** One line saying what the option does. */
    public String description() {
        return description;
    }

    /**
     * Parses a value of this property.
     *
     * @param raw the text, not null
     * @return an instance of {@code type().javaType()}, never null
     * @throws TaosException (0x0118) naming the key and (unless secret) the value when it does not parse
     */
    public Object parse(String raw) {
        return parse(raw, key);
    }

    /** As {@link #parse(String)}, naming {@code writtenKey} (the alias the user wrote) in the error. */
    Object parse(String raw, String writtenKey) {
        if (raw == null) {
            throw new NullPointerException("value of " + key);
        }
        String v = raw.trim();
        try {
            Object value = switch (type) {
                case STRING -> raw;
                case BOOLEAN -> parseBoolean(v);
                case INT -> {
                    Long n = parseCount(v);
                    yield n == null ? null : Integer.valueOf(Math.toIntExact(n));
                }
                case LONG -> parseCount(v);
                case DURATION -> parseDuration(v);
                case ZONE_ID -> ZoneId.of(v);
                case PATH -> parsePath(v);
                case ENUM -> choice(v);
                case LIST -> parseList(v);
            };
            if (value != null) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeException | InvalidPathException e) {
            // reported below
        }
        throw invalid(raw, writtenKey);
    }

    private TaosException invalid(String raw, String writtenKey) {
        String name = writtenKey.equals(key) ? key : key + " (given as " + writtenKey + ")";
        String shown = secret ? MASK : "\"" + raw + "\"";
        return TaosException.of(TaosError.INVALID_PARA, "invalid value " + shown + " for " + name + ": expected "
                + expectation());
    }

    private String expectation() {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case INT, LONG -> "a non-negative integer";
            case DURATION -> "a duration such as 500ms, 10s, 2m, 1h, PT10S, or a number of milliseconds";
            case ZONE_ID -> "a time zone such as Asia/Shanghai, UTC or +08:00";
            case PATH -> "a file path";
            case ENUM -> "one of " + String.join(", ", choices);
            case LIST -> "a comma-separated list of " + String.join(", ", choices);
        };
    }

    private static Boolean parseBoolean(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes", "on" -> Boolean.TRUE;
            case "false", "0", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Long parseCount(String v) {
        if (v.isEmpty() || !isDigits(v, 0, v.length())) {
            return null;
        }
        return Long.parseLong(v);
    }

    private static Path parsePath(String v) {
        return v.isEmpty() ? null : Path.of(v);
    }

    private String choice(String v) {
        for (String c : choices) {
            if (c.equalsIgnoreCase(v)) {
                return c;
            }
        }
        return null;
    }

    private List<String> parseList(String v) {
        List<String> out = new ArrayList<>();
        for (String item : v.split(",", -1)) {
            String c = choice(item.trim());
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /** A duration: {@code 10s}, {@code 500ms}, {@code 1m30s}, {@code PT10S}, or bare milliseconds. */
    static Duration parseDuration(String v) {
        if (v.isEmpty()) {
            return null;
        }
        if (isDigits(v, 0, v.length())) {
            return Duration.ofMillis(Long.parseLong(v));
        }
        if (v.charAt(0) == 'P' || v.charAt(0) == 'p') {
            try {
                Duration d = Duration.parse(v.toUpperCase(Locale.ROOT));
                return d.isNegative() ? null : d;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Duration total = Duration.ZERO;
        int i = 0;
        while (i < v.length()) {
            int start = i;
            while (i < v.length() && Character.isDigit(v.charAt(i)) && v.charAt(i) < 0x80) {
                i++;
            }
            int unitStart = i;
            while (i < v.length() && Character.isLetter(v.charAt(i))) {
                i++;
            }
            if (start == unitStart || unitStart == i) {
                return null;
            }
            long n = Long.parseLong(v.substring(start, unitStart));
            Duration part = switch (v.substring(unitStart, i).toLowerCase(Locale.ROOT)) {
                case "ns" -> Duration.ofNanos(n);
                case "us" -> Duration.ofNanos(Math.multiplyExact(n, 1000L));
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> null;
            };
            if (part == null) {
                return null;
            }
            total = total.plus(part);
        }
        return total;
    }

    private static boolean isDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
