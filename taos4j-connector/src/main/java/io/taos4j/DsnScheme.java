package io.taos4j;

import java.util.List;
import java.util.Locale;

/**
 * How a {@link Dsn} reaches the server: the transport (native, WebSocket, WebSocket over TLS, embedded in-memory,
 * embedded on disk) and whether the DSN is for a subscription consumer ({@code tmq}).
 *
 * <p>Several spellings map to one constant (all case-insensitive):
 * <table>
 *   <caption>DSN schemes</caption>
 *   <tr><th>written</th><th>constant</th><th>default port</th></tr>
 *   <tr><td>{@code taos}, {@code taos+native}</td><td>{@link #NATIVE}</td><td>6030</td></tr>
 *   <tr><td>{@code ws}, {@code http}, {@code taosws}, {@code taos+ws}, {@code taos+http}</td><td>{@link #WS}</td>
 *       <td>6041</td></tr>
 *   <tr><td>{@code wss}, {@code https}, {@code taoswss}, {@code taos+wss}, {@code taos+https}</td>
 *       <td>{@link #WSS}</td><td>6041</td></tr>
 *   <tr><td>{@code taos+mem}</td><td>{@link #MEM}</td><td>none</td></tr>
 *   <tr><td>{@code taos+file}</td><td>{@link #FILE}</td><td>none</td></tr>
 *   <tr><td>{@code tmq}, {@code tmq+native}, {@code tmq+ws}, {@code tmq+wss}, {@code tmq+http(s)},
 *       {@code tmq+mem}, {@code tmq+file}</td><td>the {@code TMQ_*} twins</td><td>as above</td></tr>
 * </table>
 *
 * <p>{@link #text()} is the canonical spelling that {@link Dsn#toDsnString()} writes.
 */
public enum DsnScheme {
    NATIVE("taos", Transport.NATIVE, false),
    WS("ws", Transport.WS, false),
    WSS("wss", Transport.WSS, false),
    MEM("taos+mem", Transport.MEM, false),
    FILE("taos+file", Transport.FILE, false),
    TMQ_NATIVE("tmq", Transport.NATIVE, true),
    TMQ_WS("tmq+ws", Transport.WS, true),
    TMQ_WSS("tmq+wss", Transport.WSS, true),
    TMQ_MEM("tmq+mem", Transport.MEM, true),
    TMQ_FILE("tmq+file", Transport.FILE, true);

    /** The default port of the native protocol (taosd). */
    public static final int NATIVE_PORT = 6030;
    /** The default port of taosAdapter's WebSocket endpoints. */
    public static final int WEBSOCKET_PORT = 6041;

    private enum Transport { NATIVE, WS, WSS, MEM, FILE }

    private final String text;
    private final Transport transport;
    private final boolean subscription;

    DsnScheme(String text, Transport transport, boolean subscription) {
        this.text = text;
        this.transport = transport;
        this.subscription = subscription;
    }

    /** The canonical spelling, e.g. {@code "ws"} or {@code "tmq+wss"}. */
    public String text() {
        return text;
    }

    /** True for WebSocket transports, with or without TLS. */
    public boolean isWebSocket() {
        return transport == Transport.WS || transport == Transport.WSS;
    }

    /** True when the transport is encrypted ({@code wss}, {@code https}). */
    public boolean isTls() {
        return transport == Transport.WSS;
    }

    /** True for the in-process embedded server, in memory or on disk. */
    public boolean isEmbedded() {
        return transport == Transport.MEM || transport == Transport.FILE;
    }

    /** True for the embedded server with its data on disk ({@code taos+file}). */
    public boolean isFile() {
        return transport == Transport.FILE;
    }

    /** True for TDengine's native protocol (libtaos, port 6030). */
    public boolean isNative() {
        return transport == Transport.NATIVE;
    }

    /** True for subscription (TMQ consumer) DSNs: the {@code tmq} driver. */
    public boolean isSubscription() {
        return subscription;
    }

    /** True when the DSN names network endpoints (native or WebSocket), false for the embedded forms. */
    public boolean hasEndpoints() {
        return !isEmbedded();
    }

    /** The port used when an endpoint gives none: 6030 native, 6041 WebSocket, 0 for the embedded forms. */
    public int defaultPort() {
        return switch (transport) {
            case NATIVE -> NATIVE_PORT;
            case WS, WSS -> WEBSOCKET_PORT;
            case MEM, FILE -> 0;
        };
    }

    /** The same transport for a query connection ({@code tmq+ws} gives {@code ws}). */
    public DsnScheme forQuery() {
        return subscription ? of(transport, false) : this;
    }

    /** The same transport for a subscription consumer ({@code ws} gives {@code tmq+ws}). */
    public DsnScheme forSubscription() {
        return subscription ? this : of(transport, true);
    }

    /**
     * Resolves a driver and optional protocol as written in a DSN (case-insensitive).
     *
     * @param driver   the word before {@code +} or {@code :}, not null
     * @param protocol the word after {@code +}, or null when there is none
     * @return the scheme, or null when the combination is unknown (the caller reports it)
     */
    static DsnScheme resolve(String driver, String protocol) {
        String d = driver.toLowerCase(Locale.ROOT);
        String p = protocol == null ? null : protocol.toLowerCase(Locale.ROOT);
        return switch (d) {
            case "taos", "tmq" -> {
                Transport t = protocol(p);
                yield t == null ? null : of(t, d.equals("tmq"));
            }
            case "ws", "http", "taosws" -> p == null ? WS : null;
            case "wss", "https", "taoswss" -> p == null ? WSS : null;
            default -> null;
        };
    }

    /** True when {@code driver} is one of ours, so an unknown combination is the protocol's fault. */
    static boolean knownDriver(String driver) {
        return SUPPORTED_DRIVERS.contains(driver.toLowerCase(Locale.ROOT));
    }

    /** True when the driver takes a {@code +protocol} suffix ({@code taos}, {@code tmq}). */
    static boolean takesProtocol(String driver) {
        String d = driver.toLowerCase(Locale.ROOT);
        return d.equals("taos") || d.equals("tmq");
    }

    /** The drivers we accept, for error messages. */
    static final List<String> SUPPORTED_DRIVERS =
            List.of("taos", "tmq", "ws", "wss", "http", "https", "taosws", "taoswss");

    /** The protocols {@code taos+} and {@code tmq+} accept, for error messages. */
    static final List<String> SUPPORTED_PROTOCOLS =
            List.of("native", "ws", "wss", "http", "https", "mem", "file");

    private static Transport protocol(String p) {
        if (p == null) {
            return Transport.NATIVE;
        }
        return switch (p) {
            case "native" -> Transport.NATIVE;
            case "ws", "http" -> Transport.WS;
            case "wss", "https" -> Transport.WSS;
            case "mem" -> Transport.MEM;
            case "file" -> Transport.FILE;
            default -> null;
        };
    }

    private static DsnScheme of(Transport transport, boolean subscription) {
        for (DsnScheme s : values()) {
            if (s.transport == transport && s.subscription == subscription) {
                return s;
            }
        }
        throw new AssertionError(transport);
    }
}
