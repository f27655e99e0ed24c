package io.taos4j;

import io.taos4j.internal.metrics.Meters;
import io.taos4j.internal.ws.ReconnectPolicy;
import io.taos4j.internal.ws.WsConnection;
import io.taos4j.internal.ws.WsDialer;
import io.taos4j.internal.ws.WsSession;
import io.taos4j.internal.ws.WsTarget;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.spi.EmbeddedServerProvider;
import io.taos4j.protocol.ws.ConnRequest;
import io.taos4j.protocol.ws.ConnResponse;
import io.taos4j.protocol.ws.VersionRequest;
import io.taos4j.protocol.ws.VersionResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link Taos} connections from a DSN (the Rust connector's {@code TaosBuilder}):
 *
 * <pre>{@code
 * try (Taos taos = TaosBuilder.fromDsn("ws://localhost:6041/power").build()) { ... }
 * try (Taos taos = TaosBuilder.fromDsn("taos+mem://").build()) { ... }   // embedded server in this JVM
 * }</pre>
 *
 * <p>DSN grammar: {@link Dsn}. Options come from the DSN's {@code ?key=value} parameters and from
 * {@link #property}/{@link #properties} calls (which win); every option is a {@link TaosProperty}. A builder is
 * immutable once built from and may be reused to open several connections; its setters are not thread-safe.
 *
 * <p><b>Endpoints.</b> {@link #build()} tries the DSN's endpoints (then {@link TaosProperty#SLAVE_CLUSTER_HOST}, when
 * set) in order, or shuffled with {@code endpoint_order=random}; a network failure moves on to the next one, a login
 * failure (wrong password, unknown database) ends the attempt. Building does not retry: the first connection fails
 * fast with {@code 0x000B} when no endpoint answers.
 *
 * <p><b>Reconnection.</b> Once built, a connection reconnects by itself when its socket drops
 * ({@link TaosProperty#RECONNECT}, on by default): {@link TaosProperty#RECONNECT_RETRIES} attempts, the first at once
 * and the next after a backoff doubling from {@link TaosProperty#RECONNECT_BACKOFF} up to
 * {@link TaosProperty#RECONNECT_BACKOFF_MAX}, each trying every endpoint in the order above. It then restores the
 * current database and sends again only what is safe to send again; the exact rules are in {@link Taos}.
 *
 * <p><b>Pools and metrics.</b> {@link #pool()} and {@link #poolBuilder()} make a {@link Pool} of connections built
 * by this builder. Meters go to Micrometer's global registry (or {@link #meterRegistry(Object)}) when Micrometer is
 * on the class path and {@link TaosProperty#METRICS} is on.
 */
public final class TaosBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(TaosBuilder.class);

    private final Dsn dsn;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private volatile Meters meters;

    private TaosBuilder(Dsn dsn) {
        this.dsn = dsn;
    }

    /**
     * A builder for a DSN such as {@code ws://root:taosdata@localhost:6041/db?timezone=UTC}.
     *
     * @throws TaosException 0x0118 naming the problem and its position when the DSN is malformed
     */
    public static TaosBuilder fromDsn(String dsn) {
        return new TaosBuilder(Dsn.parse(Objects.requireNonNull(dsn, "dsn")));
    }

    public static TaosBuilder fromDsn(Dsn dsn) {
        return new TaosBuilder(Objects.requireNonNull(dsn, "dsn"));
    }

    /** Sets an option, overriding the DSN's value. */
    public TaosBuilder property(TaosProperty property, String value) {
        overrides.put(property.key(), value);
        return this;
    }

    /** Sets an option by key or alias (e.g. JDBC's {@code messageWaitTimeout}). */
    public TaosBuilder property(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /** Sets options from {@code java.util.Properties} (keys or aliases of {@link TaosProperty}). */
    public TaosBuilder properties(Properties properties) {
        properties.stringPropertyNames().forEach(k -> overrides.put(k, properties.getProperty(k)));
        return this;
    }

    public Dsn dsn() {
        return dsn;
    }

    /** The effective options: the DSN's, then the builder's. */
    public TaosProperties properties() {
        return TaosProperties.of(dsn).with(overrides);
    }

    /**
     * Opens a connection, waiting up to the connect timeout per endpoint.
     *
     * @throws TaosException {@code 0x000B} when no endpoint can be reached, or TDengine's code when logging in fails
     *                       (e.g. {@code 0x0357} authentication failure, {@code 0x0388} unknown database)
     */
    public Taos build() {
        return Futures.await(buildAsync(), this);
    }

    /**
     * Uses {@code registry}, a Micrometer {@code io.micrometer.core.instrument.MeterRegistry}, for this builder's
     * meters instead of Micrometer's global registry (typed {@code Object} so that Micrometer stays optional).
     *
     * @throws IllegalArgumentException when it is not a {@code MeterRegistry} or Micrometer is missing
     */
    public TaosBuilder meterRegistry(Object registry) {
        this.meters = Meters.of(Objects.requireNonNull(registry, "registry"));
        return this;
    }

    /**
     * A pool of connections to this DSN, configured by the {@code pool_*} properties; see {@link PoolBuilder}.
     *
     * @throws TaosException 0x0118 when a pool property is invalid
     */
    public Pool pool() {
        return poolBuilder().build();
    }

    /** A pool builder for this DSN, starting from the {@code pool_*} properties. */
    public PoolBuilder poolBuilder() {
        return new PoolBuilder(this, properties());
    }

    Meters meters(TaosProperties props) {
        Meters m = meters;
        if (m == null) {
            m = props.getBoolean(TaosProperty.METRICS) ? Meters.of(null) : Meters.none();
            meters = m;
        }
        return m;
    }

    /** Opens a connection asynchronously; see {@link #build()}. */
    public CompletableFuture<Taos> buildAsync() {
        TaosProperties props;
        try {
            props = properties();
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
        DsnScheme scheme = dsn.scheme();
        if (scheme.isSubscription()) {
            return failed(TaosError.INVALID_PARA, "a " + scheme.text() + ":// DSN is for subscriptions; "
                    + "use a query DSN such as " + scheme.forQuery().text() + "://");
        }
        if (scheme.isNative()) {
            return failed(TaosError.OPS_NOT_SUPPORT, "native connections (taos://) are not available in this "
                    + "release of taos4j; use the WebSocket DSN ws://host:6041 (taosAdapter) instead");
        }
        EmbeddedServerProvider.Handle embedded = null;
        List<WsTarget> targets;
        Meters m;
        try {
            m = meters(props);
            if (scheme.isEmbedded()) {
                embedded = acquireEmbedded(dsn);
                targets = List.of(new WsTarget(embedded.address(), "localhost", "/ws", null, null, false,
                        props.getDuration(TaosProperty.CONNECT_TIMEOUT)));
            } else {
                targets = Targets.of(dsn, props);
            }
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return failed(TaosError.INVALID_PARA, e.getMessage());
        }
        EmbeddedServerProvider.Handle handle = embedded;
        ZoneId zone = props.getZoneId(TaosProperty.TIMEZONE);
        WsDialer.Order order = "random".equals(props.getString(TaosProperty.ENDPOINT_ORDER))
                ? WsDialer.Order.RANDOM : WsDialer.Order.ORDERED;
        Duration readTimeout = props.getDuration(TaosProperty.READ_TIMEOUT);
        WsDialer first = new WsDialer(targets, order, readTimeout, c -> login(c, props, zone, true));
        WsDialer again = new WsDialer(targets, order, readTimeout, c -> login(c, props, zone, false));
        ReconnectPolicy policy = new ReconnectPolicy(props.getBoolean(TaosProperty.RECONNECT),
                props.getInt(TaosProperty.RECONNECT_RETRIES), props.getDuration(TaosProperty.RECONNECT_BACKOFF),
                props.getDuration(TaosProperty.RECONNECT_BACKOFF_MAX));
        CompletableFuture<Taos> result = first.dial().thenApply(d -> {
            LOG.info("connected to {} as {} (server {})", d.connection().target().safeUrl(),
                    props.getString(TaosProperty.USER), d.serverVersion());
            return new TaosConnection(new WsSession(d, again, policy, m), props,
                    zone == null ? ZoneId.systemDefault() : zone, m);
        });
        if (handle != null) {
            result = result.whenComplete((t, e) -> {
                if (e != null) {
                    handle.close();
                } else {
                    ((TaosConnection) t).onClose(handle::close);
                }
            });
        }
        return result;
    }

    /** Starts or finds the embedded server of a {@code taos+mem}/{@code taos+file} (or {@code tmq+...}) DSN. */
    static EmbeddedServerProvider.Handle acquireEmbedded(Dsn dsn) {
        EmbeddedServerProvider provider = ServiceLoader.load(EmbeddedServerProvider.class,
                TaosBuilder.class.getClassLoader()).findFirst().orElse(null);
        if (provider == null) {
            throw new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(), "the " + dsn.scheme().text()
                    + ":// DSN runs the embedded server, which is not on the class path: add the dependency "
                    + "io.taos4j:taos4j-server");
        }
        try {
            return provider.acquire(dsn.embeddedName() == null ? "" : dsn.embeddedName(),
                    dsn.scheme().isFile() ? dsn.dataDir() : null);
        } catch (RuntimeException e) {
            throw new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(),
                    "cannot start the embedded server: " + e.getMessage(), 0, e);
        }
    }

    /** Logs in on a new connection; the database only on the first login (reconnections re-send USE). */
    private static CompletableFuture<String> login(WsConnection c, TaosProperties props, ZoneId zone,
                                                   boolean withDatabase) {
        ConnRequest conn = new ConnRequest(c.nextReqId(), props.getString(TaosProperty.USER),
                props.getString(TaosProperty.PASSWORD), withDatabase ? props.getString(TaosProperty.DATABASE) : null,
                null, zone == null ? "" : zone.getId(), props.getString(TaosProperty.APP),
                props.getString(TaosProperty.APP_IP) == null ? "" : props.getString(TaosProperty.APP_IP),
                "taos4j-" + TaosConnection.VERSION, props.getString(TaosProperty.TOTP_CODE),
                props.getString(TaosProperty.BEARER_TOKEN), null);
        return c.send(conn)
                .exceptionally(e -> {
                    TaosException te = Futures.unwrap(e);
                    throw new TaosException(te.code(), te.serverMessage(), te.reqId(), te);
                })
                .thenCompose(r -> {
                    String version = ((ConnResponse) r).version();
                    if (version != null && !version.isEmpty()) {
                        return CompletableFuture.completedFuture(version);
                    }
                    return c.send(new VersionRequest(c.nextReqId())).thenApply(v -> ((VersionResponse) v).version());
                });
    }

    private static CompletableFuture<Taos> failed(TaosError error, String message) {
        return CompletableFuture.failedFuture(new TaosException(error.code(), message));
    }

    @Override
    public String toString() {
        return "TaosBuilder[" + dsn + "]";
    }
}
