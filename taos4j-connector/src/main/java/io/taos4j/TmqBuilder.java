package io.taos4j;

import io.taos4j.internal.ws.WsTarget;
import io.taos4j.internal.ws.WsTmqConnection;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.spi.EmbeddedServerProvider;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Builds subscription {@link Consumer}s from a DSN (the Rust connector's {@code TmqBuilder}):
 *
 * <pre>{@code
 * Consumer c = TmqBuilder.fromDsn("tmq+ws://root:taosdata@localhost:6041/?group.id=g1&auto.offset.reset=earliest")
 *         .build();
 * Consumer e = TmqBuilder.fromDsn("tmq+mem://").groupId("g1").build();   // the embedded server in this JVM
 * }</pre>
 *
 * <p>Schemes: {@code tmq+ws}, {@code tmq+wss} (taosAdapter's {@code /rest/tmq}), {@code tmq+mem} and
 * {@code tmq+file} (the embedded server, in-process); a query DSN ({@code ws://}, {@code taos+mem://}) is accepted
 * and read as its subscription twin. Options are the {@link TaosProperty} catalogue: the consumer keys of
 * TDengine's {@code tmq_conf_set} ({@code group.id}, {@code auto.offset.reset}, {@code enable.auto.commit}...,
 * group {@link TaosProperty.Group#CONSUMER}) plus the connection and TLS options; the setters below are shorthands
 * for {@link #property}. Keys the catalogue does not know are passed to the server as consumer configuration.
 * {@code group.id} is required.
 *
 * <p>A builder's setters are not thread-safe; a built consumer does not change when the builder does.
 */
public final class TmqBuilder {
    /** The WebSocket path of subscriptions on taosAdapter. */
    static final String PATH = "/rest/tmq";

    /** Where a group without a committed offset starts ({@code auto.offset.reset}). */
    public enum OffsetReset {
        EARLIEST, LATEST, NONE;

        String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Dsn dsn;
    private final Map<String, String> overrides = new LinkedHashMap<>();

    private TmqBuilder(Dsn dsn) {
        this.dsn = dsn.scheme().isSubscription() ? dsn
                : new Dsn(dsn.scheme().forSubscription(), dsn.givenUser(), dsn.givenPassword(),
                        dsn.givenEndpoints(), dsn.location(), dsn.database(), dsn.params());
    }

    /**
     * A builder for a DSN such as {@code tmq+ws://localhost:6041/?group.id=g1}.
     *
     * @throws TaosException 0x0118 when the DSN is malformed
     */
    public static TmqBuilder fromDsn(String dsn) {
        return new TmqBuilder(Dsn.parse(Objects.requireNonNull(dsn, "dsn")));
    }

    public static TmqBuilder fromDsn(Dsn dsn) {
        return new TmqBuilder(Objects.requireNonNull(dsn, "dsn"));
    }

    /** The DSN, with its subscription scheme. */
    public Dsn dsn() {
        return dsn;
    }

    /** Sets an option, overriding the DSN's value. */
    public TmqBuilder property(TaosProperty property, String value) {
        overrides.put(property.key(), value);
        return this;
    }

    /** Sets an option by key or alias; an unknown key is passed to the server as consumer configuration. */
    public TmqBuilder property(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /** Sets options from {@code Properties}. */
    public TmqBuilder properties(Properties properties) {
        properties.stringPropertyNames().forEach(k -> overrides.put(k, properties.getProperty(k)));
        return this;
    }

    /** The effective options: the DSN's, then the builder's. */
    public TaosProperties properties() {
        return TaosProperties.of(dsn).with(overrides);
    }

    public TmqBuilder user(String user) {
        return property(TaosProperty.USER, user);
    }

    public TmqBuilder password(String password) {
        return property(TaosProperty.PASSWORD, password);
    }

    /** {@code group.id}: the consumer group (required). */
    public TmqBuilder groupId(String groupId) {
        return property(TaosProperty.GROUP_ID, groupId);
    }

    /** {@code client.id}: a label for this consumer. */
    public TmqBuilder clientId(String clientId) {
        return property(TaosProperty.CLIENT_ID, clientId);
    }

    /** {@code auto.offset.reset}: where a group without a committed offset starts (default latest). */
    public TmqBuilder autoOffsetReset(OffsetReset reset) {
        return property(TaosProperty.AUTO_OFFSET_RESET, reset.text());
    }

    /** {@code enable.auto.commit} (default true): commit the position periodically and on close. */
    public TmqBuilder enableAutoCommit(boolean on) {
        return property(TaosProperty.ENABLE_AUTO_COMMIT, Boolean.toString(on));
    }

    /** {@code auto.commit.interval.ms} (default 5 s). */
    public TmqBuilder autoCommitInterval(Duration interval) {
        return property(TaosProperty.AUTO_COMMIT_INTERVAL, Long.toString(interval.toMillis()));
    }

    /** {@code msg.with.table.name} (default true). */
    public TmqBuilder withTableName(boolean on) {
        return property(TaosProperty.MSG_WITH_TABLE_NAME, Boolean.toString(on));
    }

    /** {@code experimental.snapshot.enable} (default false). */
    public TmqBuilder snapshot(boolean on) {
        return property(TaosProperty.SNAPSHOT_ENABLE, Boolean.toString(on));
    }

    /** {@code enable.replay} (default false). */
    public TmqBuilder enableReplay(boolean on) {
        return property(TaosProperty.ENABLE_REPLAY, Boolean.toString(on));
    }

    /** {@code session.timeout.ms} (default 12 s). */
    public TmqBuilder sessionTimeout(Duration timeout) {
        return property(TaosProperty.SESSION_TIMEOUT, Long.toString(timeout.toMillis()));
    }

    /** {@code heartbeat.interval.ms}. */
    public TmqBuilder heartbeatInterval(Duration interval) {
        return property(TaosProperty.HEARTBEAT_INTERVAL, Long.toString(interval.toMillis()));
    }

    /** {@code max.poll.interval.ms} (default 300 s). */
    public TmqBuilder maxPollInterval(Duration interval) {
        return property(TaosProperty.MAX_POLL_INTERVAL, Long.toString(interval.toMillis()));
    }

    /** {@code msg.enable.batchmeta} (default false): several DDL changes per meta message. */
    public TmqBuilder batchMeta(boolean on) {
        return property(TaosProperty.MSG_ENABLE_BATCHMETA, Boolean.toString(on));
    }

    /** {@code msg.consume.excluded} (default false): skip data written by replication connections. */
    public TmqBuilder consumeExcluded(boolean on) {
        return property(TaosProperty.MSG_CONSUME_EXCLUDED, Boolean.toString(on));
    }

    /** {@code msg.consume.rawdata} (default false). Raw messages are not readable by this consumer (see build). */
    public TmqBuilder consumeRawData(boolean on) {
        return property(TaosProperty.MSG_CONSUME_RAWDATA, Boolean.toString(on));
    }

    /** {@code fetch.max.wait.ms}. */
    public TmqBuilder fetchMaxWait(Duration wait) {
        return property(TaosProperty.FETCH_MAX_WAIT, Long.toString(wait.toMillis()));
    }

    /** {@code min.poll.rows}. */
    public TmqBuilder minPollRows(int rows) {
        return property(TaosProperty.MIN_POLL_ROWS, Integer.toString(rows));
    }

    /** {@code enable.wal.marker}. */
    public TmqBuilder walMarker(boolean on) {
        return property(TaosProperty.ENABLE_WAL_MARKER, Boolean.toString(on));
    }

    /**
     * Opens the consumer's connection (the first endpoint that answers). Logging in and joining the group happen at
     * {@link Consumer#subscribe}.
     *
     * @throws TaosException 0x0118 for a bad option or a missing {@code group.id}; 0x000B when no endpoint answers;
     *                       0x0100 for the native ({@code tmq://}) scheme, not available in this release
     */
    public Consumer build() {
        return Futures.await(buildAsync(), this);
    }

    /** As {@link #build()}, without blocking. */
    public CompletableFuture<Consumer> buildAsync() {
        TaosProperties props;
        try {
            props = properties();
            String group = props.getString(TaosProperty.GROUP_ID);
            if (group == null || group.isEmpty()) {
                throw TaosException.of(TaosError.INVALID_PARA, "group.id is required to subscribe: set it in the "
                        + "DSN (?group.id=g1) or with groupId(...)");
            }
            if (props.getBoolean(TaosProperty.MSG_CONSUME_RAWDATA)) {
                throw TaosException.of(TaosError.OPS_NOT_SUPPORT, "msg.consume.rawdata=true asks for raw (type 4) "
                        + "messages, which taos4j's Consumer does not decode in this release");
            }
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
        DsnScheme scheme = dsn.scheme();
        if (scheme.isNative()) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.OPS_NOT_SUPPORT, "native subscriptions "
                    + "(tmq://) are not available in this release of taos4j; use tmq+ws://host:6041 (taosAdapter)"));
        }
        EmbeddedServerProvider.Handle embedded = null;
        List<WsTarget> targets;
        try {
            if (scheme.isEmbedded()) {
                embedded = TaosBuilder.acquireEmbedded(dsn);
                targets = List.of(new WsTarget(embedded.address(), "localhost", PATH, null, null, false,
                        props.getDuration(TaosProperty.CONNECT_TIMEOUT)));
            } else {
                targets = Targets.of(withConnectKeys(dsn, props), props, PATH);
            }
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
        EmbeddedServerProvider.Handle handle = embedded;
        Duration readTimeout = props.getDuration(TaosProperty.READ_TIMEOUT);
        CompletableFuture<Consumer> result = open(targets, 0, readTimeout, null)
                .thenApply(c -> new WsConsumer(c, props, handle));
        if (handle != null) {
            result = result.whenComplete((c, e) -> {
                if (e != null) {
                    handle.close();
                }
            });
        }
        return result;
    }

    /** {@code td.connect.ip}/{@code td.connect.port} name the endpoint when the DSN names none. */
    private static Dsn withConnectKeys(Dsn dsn, TaosProperties props) {
        String ip = props.getString(TaosProperty.CONNECT_IP);
        if (!dsn.givenEndpoints().isEmpty() || (ip == null && !props.isSet(TaosProperty.CONNECT_PORT))) {
            return dsn;
        }
        int port = props.isSet(TaosProperty.CONNECT_PORT) ? props.getInt(TaosProperty.CONNECT_PORT) : 0;
        return new Dsn(dsn.scheme(), dsn.givenUser(), dsn.givenPassword(),
                List.of(new Endpoint(ip == null ? "" : ip, port)), dsn.location(), dsn.database(), dsn.params());
    }

    private static CompletableFuture<WsTmqConnection> open(List<WsTarget> targets, int index, Duration readTimeout,
            Throwable previous) {
        if (index >= targets.size()) {
            return CompletableFuture.failedFuture(previous);
        }
        return WsTmqConnection.open(targets.get(index), readTimeout)
                .handle((c, e) -> e == null ? CompletableFuture.completedFuture(c)
                        : open(targets, index + 1, readTimeout, Futures.unwrap(e)))
                .thenCompose(f -> f);
    }

    @Override
    public String toString() {
        return "TmqBuilder[" + dsn + "]";
    }
}
