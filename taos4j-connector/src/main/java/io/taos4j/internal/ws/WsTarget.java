package io.taos4j.internal.ws;

import java.net.SocketAddress;
import java.time.Duration;

/**
 * Where and how to open one WebSocket connection.
 *
 * @param address        a resolved-on-connect {@code InetSocketAddress} or an in-VM {@code LocalAddress}
 * @param hostHeader     the {@code host[:port]} of the URL (Host header, TLS SNI)
 * @param path           the WebSocket path, {@code /ws}
 * @param query          URL query ({@code token=...}) or null
 * @param tls            TLS settings, or null for a plain socket
 * @param compression    offer permessage-deflate
 * @param connectTimeout TCP + TLS + WebSocket handshake limit
 */
public record WsTarget(SocketAddress address, String hostHeader, String path, String query, TlsOptions tls,
                       boolean compression, Duration connectTimeout) {

    /** The URL of the WebSocket handshake. */
    public String url() {
        return (tls != null ? "wss://" : "ws://") + hostHeader + path
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The URL without the query, which may carry a token: safe to log. */
    public String safeUrl() {
        return (tls != null ? "wss://" : "ws://") + hostHeader + path;
    }
}
