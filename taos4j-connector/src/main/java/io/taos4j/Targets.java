package io.taos4j;

import io.taos4j.internal.ws.TlsOptions;
import io.taos4j.internal.ws.WsTarget;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The WebSocket endpoints of a network DSN, with the TLS, token and compression options of its properties. */
final class Targets {
    private Targets() {
    }

    static List<WsTarget> of(Dsn dsn, TaosProperties props) {
        return of(dsn, props, "/ws");
    }

    /** As {@link #of(Dsn, TaosProperties)} for the WebSocket endpoint at {@code path} (e.g. {@code /rest/tmq}). */
    static List<WsTarget> of(Dsn dsn, TaosProperties props, String path) {
        TlsOptions tls = props.getBoolean(TaosProperty.TLS) ? new TlsOptions(props.getPath(TaosProperty.TLS_CA_FILE),
                props.getPath(TaosProperty.TLS_TRUST_STORE), props.getString(TaosProperty.TLS_TRUST_STORE_PASSWORD),
                props.getBoolean(TaosProperty.TLS_INSECURE), props.getBoolean(TaosProperty.TLS_VERIFY_HOSTNAME),
                props.getList(TaosProperty.TLS_VERSIONS)) : null;
        String token = props.getString(TaosProperty.TOKEN);
        String query = token == null ? null : "token=" + java.net.URLEncoder.encode(token,
                java.nio.charset.StandardCharsets.UTF_8);
        boolean compression = props.getBoolean(TaosProperty.COMPRESSION);
        Duration connectTimeout = props.getDuration(TaosProperty.CONNECT_TIMEOUT);
        List<Endpoint> endpoints = new ArrayList<>(dsn.endpoints());
        String standby = props.getString(TaosProperty.SLAVE_CLUSTER_HOST);
        if (standby != null && !standby.isEmpty()) {
            endpoints.add(new Endpoint(standby, props.getInt(TaosProperty.SLAVE_CLUSTER_PORT)));
        }
        List<WsTarget> targets = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String hostHeader = (e.isIpv6() ? "[" + e.host() + "]" : e.host()) + ":" + e.port();
            targets.add(new WsTarget(InetSocketAddress.createUnresolved(e.host(), e.port()), hostHeader, path, query,
                    tls, compression, connectTimeout));
        }
        return targets;
    }
}
