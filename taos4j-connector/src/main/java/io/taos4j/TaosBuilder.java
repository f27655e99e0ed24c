package io.taos4j;

import io.taos4j.internal.ws.WsConnection;
import io.taos4j.internal.ws.WsTarget;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.spi.EmbeddedServerProvider;
import io.taos4j.protocol.ws.ConnRequest;
import io.taos4j.protocol.ws.ConnResponse;
import io.taos4j.protocol.ws.VersionRequest;
import io.taos4j.protocol.ws.VersionResponse;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

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
 */
public final class TaosBuilder {
    private final Dsn dsn;
    private final Map<String, String> overrides = new LinkedHashMap<>();

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
     * Opens a connection, waiting up to the connect timeout.
     *
     * @throws TaosException with TDengine's code when connecting or logging in fails
     */
    public Taos build() {
        return Futures.await(buildAsync(), this);
    }

    /** Opens a connection asynchronously. */
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
        List<WsTarget> targets = new ArrayList<>();
        Duration connectTimeout = props.getDuration(TaosProperty.CONNECT_TIMEOUT);
        try {
            if (scheme.isEmbedded()) {
                embedded = acquireEmbedded();
                targets.add(new WsTarget(embedded.address(), "localhost", "/ws", null, false, null, false, false,
                        List.of(), false, connectTimeout));
            } else {
                boolean tls = scheme.isTls() || props.getBoolean(TaosProperty.TLS);
                String token = props.getString(TaosProperty.TOKEN);
                for (Endpoint e : dsn.endpoints()) {
                    String hostHeader = (e.isIpv6() ? "[" + e.host() + "]" : e.host()) + ":" + e.port();
                    targets.add(new WsTarget(InetSocketAddress.createUnresolved(e.host(), e.port()), hostHeader, "/ws",
                            token == null ? null : "token=" + token, tls, props.getPath(TaosProperty.TLS_CA_FILE),
                            props.getBoolean(TaosProperty.TLS_INSECURE),
                            props.getBoolean(TaosProperty.TLS_VERIFY_HOSTNAME),
                            props.getList(TaosProperty.TLS_VERSIONS), props.getBoolean(TaosProperty.COMPRESSION),
                            connectTimeout));
                }
            }
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
        EmbeddedServerProvider.Handle handle = embedded;
        CompletableFuture<Taos> result = connect(targets, 0, props, null);
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

    private EmbeddedServerProvider.Handle acquireEmbedded() {
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

    /** Tries the endpoints in order until one accepts the connection and the login. */
    private CompletableFuture<Taos> connect(List<WsTarget> targets, int index, TaosProperties props,
                                            Throwable previous) {
        if (index >= targets.size()) {
            return CompletableFuture.failedFuture(Futures.unwrap(previous));
        }
        WsTarget target = targets.get(index);
        return WsConnection.open(target, props.getDuration(TaosProperty.READ_TIMEOUT))
                .thenCompose(c -> login(c, props).whenComplete((t, e) -> {
                    if (e != null) {
                        c.close();
                    }
                }))
                .handle((taos, error) -> {
                    if (error == null) {
                        return CompletableFuture.completedFuture(taos);
                    }
                    TaosException te = Futures.unwrap(error);
                    boolean network = te.code() == TaosError.RPC_NETWORK_UNAVAIL.code()
                            || te.code() == TaosError.TSC_DISCONNECTED.code();
                    return network ? connect(targets, index + 1, props, te) : CompletableFuture.<Taos>failedFuture(te);
                })
                .thenCompose(f -> f);
    }

    private CompletableFuture<Taos> login(WsConnection c, TaosProperties props) {
        ZoneId zone = props.getZoneId(TaosProperty.TIMEZONE);
        ConnRequest conn = new ConnRequest(c.nextReqId(), props.getString(TaosProperty.USER),
                props.getString(TaosProperty.PASSWORD), props.getString(TaosProperty.DATABASE), null,
                zone == null ? "" : zone.getId(), props.getString(TaosProperty.APP),
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
                })
                .thenApply(version -> new TaosConnection(c, props, version, zone == null ? ZoneId.systemDefault()
                        : zone));
    }

    private static CompletableFuture<Taos> failed(TaosError error, String message) {
        return CompletableFuture.failedFuture(new TaosException(error.code(), message));
    }

    @Override
    public String toString() {
        return "TaosBuilder[" + dsn + "]";
    }
}
