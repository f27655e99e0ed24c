package io.taos4j;

import io.taos4j.protocol.TaosError;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One server address of a {@link Dsn}: a host name, IPv4 address or IPv6 literal, and a port.
 *
 * <p>{@code host} is never null. An IPv6 literal is stored without brackets and with its zone decoded
 * ({@code [fe80::1%25eth0]} in a DSN is {@code fe80::1%eth0} here). In {@link Dsn#givenEndpoints()} an empty host
 * and port {@code 0} mean "not written"; {@link Dsn#endpoints()} replaces them with {@code localhost} and the
 * scheme's default port. Immutable and thread-safe. The constructor throws {@link TaosException} (0x0118) if the
 * host is neither empty, a host name ({@code [A-Za-z0-9._-]+}) nor an IPv6 literal, or the port is out of range.
 *
 * @param host the host name or address, {@code ""} when not given; never null
 * @param port 1..65535, or 0 when not given
 */
public record Endpoint(String host, int port) {

    /** The host meant by an empty host in a DSN. */
    public static final String LOCALHOST = "localhost";

    public Endpoint {
        if (host == null) {
            throw new NullPointerException("host");
        }
        if (port < 0 || port > 65535) {
            throw TaosException.of(TaosError.INVALID_PARA, "port " + port + " out of range (1-65535)");
        }
        if (!host.isEmpty() && !isHostName(host) && !isIpv6Literal(host)) {
            throw TaosException.of(TaosError.INVALID_PARA, "invalid host \"" + host + "\"");
        }
    }

    /** True when the host is an IPv6 literal (written in brackets in a DSN). */
    public boolean isIpv6() {
        return host.indexOf(':') >= 0;
    }

    /** True when a port was written (not 0). */
    public boolean hasPort() {
        return port != 0;
    }

    /** This endpoint with {@code localhost} for an empty host and {@code defaultPort} for a missing port. */
    public Endpoint withDefaults(int defaultPort) {
        if (!host.isEmpty() && port != 0) {
            return this;
        }
        return new Endpoint(host.isEmpty() ? LOCALHOST : host, port == 0 ? defaultPort : port);
    }

    /** {@code host:port}, with brackets around an IPv6 literal, e.g. {@code [::1]:6041}; a port of 0 is left out. */
    @Override
    public String toString() {
        String h = isIpv6() ? "[" + host + "]" : host;
        return port == 0 ? h : h + ":" + port;
    }

    /** The DSN spelling: like {@link #toString()} but with an IPv6 zone separator written {@code %25}. */
    String toDsnText() {
        String h = isIpv6() ? "[" + host.replace("%", "%25") + "]" : host;
        return port == 0 ? h : h + ":" + port;
    }

    static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c == '_';
    }

    static boolean isHostName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isHostChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An IPv6 address, optionally with {@code %zone}; checked without any name lookup. */
    static boolean isIpv6Literal(String s) {
        int pct = s.indexOf('%');
        String addr = pct < 0 ? s : s.substring(0, pct);
        if (pct >= 0) {
            String zone = s.substring(pct + 1);
            if (zone.isEmpty() || !isHostName(zone.replace('~', '_'))) {
                return false;
            }
        }
        if (addr.indexOf(':') < 0) {
            return false;
        }
        for (int i = 0; i < addr.length(); i++) {
            char c = addr.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.';
            if (!ok) {
                return false;
            }
        }
        try {
            // In brackets InetAddress only parses an IPv6 literal; it never looks a name up.
            InetAddress.getByName("[" + addr + "]");
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
