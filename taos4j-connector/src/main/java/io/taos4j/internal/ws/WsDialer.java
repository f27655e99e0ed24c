package io.taos4j.internal.ws;

import io.taos4j.TaosException;
import io.taos4j.protocol.TaosError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and logs in a connection to the first endpoint that accepts it: the endpoints in the DSN's order
 * ({@link Order#ORDERED}, so the first is preferred again after every failure) or shuffled per dial
 * ({@link Order#RANDOM}, spreading connections over the endpoints). A network failure moves on to the next endpoint;
 * a login failure (wrong password, unknown database) ends the dial at once.
 */
public final class WsDialer implements WsSession.Dialer {
    private static final Logger LOG = LoggerFactory.getLogger(WsDialer.class);

    /** The order endpoints are tried in. */
    public enum Order { ORDERED, RANDOM }

    /** Sends {@code conn} (and {@code version} when needed) on a new connection; yields the server version. */
    @FunctionalInterface
    public interface Login {
        CompletableFuture<String> login(WsConnection connection);
    }

    private final List<WsTarget> targets;
    private final Order order;
    private final Duration readTimeout;
    private final Login login;

    public WsDialer(List<WsTarget> targets, Order order, Duration readTimeout, Login login) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no endpoint");
        }
        this.targets = List.copyOf(targets);
        this.order = order;
        this.readTimeout = readTimeout;
        this.login = login;
    }

    @Override
    public CompletableFuture<WsSession.Dialed> dial() {
        List<WsTarget> list = targets;
        if (order == Order.RANDOM && targets.size() > 1) {
            list = new ArrayList<>(targets);
            Collections.shuffle(list);
        }
        return dial(list, 0, null);
    }

    private CompletableFuture<WsSession.Dialed> dial(List<WsTarget> list, int index, TaosException previous) {
        if (index >= list.size()) {
            return CompletableFuture.failedFuture(previous);
        }
        WsTarget target = list.get(index);
        LOG.debug("connecting to {}", target.safeUrl());
        return WsConnection.open(target, readTimeout)
                .thenCompose(c -> login.login(c).handle((version, e) -> {
                    if (e != null) {
                        c.close();
                        throw new CompletionException(WsSession.unwrap(e));
                    }
                    LOG.debug("connected to {} (server {})", target.safeUrl(), version);
                    return new WsSession.Dialed(c, version);
                }))
                .handle((d, error) -> {
                    if (error == null) {
                        return CompletableFuture.completedFuture(d);
                    }
                    TaosException te = taos(WsSession.unwrap(error));
                    if (isNetwork(te)) {
                        LOG.debug("cannot connect to {}: {}", target.safeUrl(), te.getMessage());
                        return dial(list, index + 1, te);
                    }
                    return CompletableFuture.<WsSession.Dialed>failedFuture(te);
                })
                .thenCompose(f -> f);
    }

    static boolean isNetwork(TaosException e) {
        return e.code() == TaosError.RPC_NETWORK_UNAVAIL.code() || e.code() == TaosError.TSC_DISCONNECTED.code()
                || e.code() == TaosError.RPC_TIMEOUT.code();
    }

    private static TaosException taos(Throwable t) {
        return t instanceof TaosException te ? te
                : new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(), String.valueOf(t), 0, t);
    }
}
