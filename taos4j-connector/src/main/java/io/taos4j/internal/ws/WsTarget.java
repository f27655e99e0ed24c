package io.taos4j.internal.ws;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where and how to open one WebSocket connection.
 *
 * @param address        a resolved-on-connect {@code InetSocketAddress} or an in-VM {@code LocalAddress}
 * @param hostHeader     the {@code host[:port]} of the URL (Host header, TLS SNI)
 * @param path           the WebSocket path, {@code /ws}
 * @param query          URL query ({@code token=...}) or null
 * @param tls            wrap the socket in TLS
 * @param caFile         PEM file of trusted CAs, or null for the JVM's trust store
 * @param insecure       trust any certificate (tests only)
 * @param verifyHostname check the certificate's host name
 * @param tlsVersions    protocols to enable
 * @param compression    offer permessage-deflate
 * @param connectTimeout TCP + TLS + WebSocket handshake limit
 */
public record WsTarget(SocketAddress address, String hostHeader, String path, String query, boolean tls,
                       Path caFile, boolean insecure, boolean verifyHostname, List<String> tlsVersions,
                       boolean compression, Duration connectTimeout) {

    /** The URL of the WebSocket handshake. */
    public String url() {
        return (tls ? "wss://" : "ws://") + hostHeader + path + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
