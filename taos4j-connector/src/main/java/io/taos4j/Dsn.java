package io.taos4j;

import io.taos4j.protocol.TaosError;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed connection string (DSN), in the grammar of TDengine's Rust connector:
 *
 * <pre>
 * &lt;driver&gt;[+&lt;protocol&gt;]://[user[:password]@][host[:port][,host[:port]...]][/database][?key=value&amp;...]
 * taos+mem://[user[:password]@][name][/database][?key=value&amp;...]
 * taos+file://&lt;path&gt;[?key=value&amp;...]      path absolute (/data) or starting with ./ or ../
 * taos+file:&lt;path&gt;[?key=value&amp;...]        any path, e.g. taos+file:data or taos+file:C:/data
 * </pre>
 *
 * <p><b>Scheme.</b> Driver and protocol are case-insensitive; see {@link DsnScheme} for the accepted combinations
 * ({@code tmq+...} for subscriptions). Unknown drivers and protocols are errors that list the supported ones.
 *
 * <p><b>Authority.</b> It ends at the first {@code /} or {@code ?}. User information ends at the <em>last</em>
 * {@code @} before that point and splits at its first {@code :}, so a password may contain raw {@code @} and
 * {@code :} (as in the Rust {@code mdsn} crate: {@code taos://root:Ab1@#$@localhost} has password {@code Ab1@#$});
 * a user name may not contain a raw {@code :}, and {@code /}, {@code ?} and {@code %} must be percent-encoded
 * anywhere in user information. Endpoints are separated by commas; an IPv6 literal goes in brackets, with a zone
 * written {@code %25} ({@code [fe80::1%25eth0]}); a host name is {@code [A-Za-z0-9._-]+}. A missing host means
 * {@code localhost}, a missing port (also {@code host:}) the scheme's default: 6030 native, 6041 WebSocket.
 *
 * <p><b>Database and parameters.</b> The database is the text between the authority's {@code /} and {@code ?}; an
 * empty one is none. Parameters keep their order; keys are case-sensitive here ({@link TaosProperty#find} is
 * not); a key given twice keeps its first position and its last value (the Rust crate's map also keeps the last);
 * a key without {@code =} has the value {@code ""}, which boolean properties read as true ({@code ?compression}).
 * User, password, database, parameter keys and values, and file paths are percent-decoded as UTF-8 ({@code +} is
 * not a space); a {@code %} not followed by two hex digits is an error, so write a literal {@code %} as {@code %25}.
 *
 * <p><b>Embedded forms.</b> {@code taos+mem://name} names an in-process, in-memory server ({@code ""} when
 * omitted); it takes no port and one name only. {@code taos+file} takes a directory: after {@code taos+file://} it
 * must be absolute or start with {@code ./} or {@code ../} (so {@code taos+file://data} is an error, not a host);
 * after {@code taos+file:} it is taken as written. The whole text up to {@code ?} is the path; a file DSN has no
 * authority, so its user, password and database are written as the {@code user}, {@code password} and
 * {@code database} parameters and appear here as {@link #givenUser()}, {@link #givenPassword()} and
 * {@link #database()} (not in {@link #params()}).
 *
 * <p><b>Components</b> hold what was written: {@code givenUser}/{@code givenPassword} are null when absent (an empty
 * user is absent), {@code givenEndpoints} has an empty host and port 0 where none was written, {@code location} is
 * the embedded server's name or data path (null otherwise). The accessors {@link #user()}, {@link #password()},
 * {@link #endpoints()} apply the defaults. Instances are immutable and thread-safe. {@link #toString()} masks the
 * password and secret parameters; {@link #toDsnString()} does not, and {@code parse(d.toDsnString()).equals(d)}.
 *
 * @param scheme         the transport and whether it is a subscription DSN; never null
 * @param givenUser      the user as written, or null
 * @param givenPassword  the password as written, or null
 * @param givenEndpoints the endpoints as written; empty for none and for the embedded forms
 * @param location       the embedded server's name ({@code taos+mem}) or data directory ({@code taos+file}), else null
 * @param database       the database, or null
 * @param params         the other parameters, in order; unmodifiable
 */
public record Dsn(DsnScheme scheme, String givenUser, String givenPassword, List<Endpoint> givenEndpoints,
        String location, String database, Map<String, String> params) {

    /** The user when none is given. */
    public static final String DEFAULT_USER = "root";
    /** The password when none is given. */
    public static final String DEFAULT_PASSWORD = "taosdata";

    /** Parameters of a file DSN that are fields of the record. */
    private static final List<String> FILE_FIELDS = List.of("user", "password", "database");

    /**
     * Checks and normalizes the components: an empty user or database becomes null, a single endpoint with neither
     * host nor port becomes no endpoint.
     *
     * @throws TaosException (0x0118) when the components cannot be written as a DSN (e.g. a port on an embedded
     *                       scheme, or a {@code taos+file} DSN without a path)
     */
    public Dsn {
        if (scheme == null || givenEndpoints == null || params == null) {
            throw new NullPointerException("scheme, givenEndpoints and params must not be null");
        }
        givenUser = givenUser == null || givenUser.isEmpty() ? null : givenUser;
        database = database == null || database.isEmpty() ? null : database;
        givenEndpoints = List.copyOf(givenEndpoints);
        if (givenEndpoints.size() == 1 && givenEndpoints.get(0).equals(new Endpoint("", 0))) {
            givenEndpoints = List.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k == null || k.isEmpty() || v == null) {
                throw invalid("parameter names must be non-empty and values non-null");
            }
            copy.put(k, v);
        });
        params = Collections.unmodifiableMap(copy);
        if (scheme.isEmbedded()) {
            if (!givenEndpoints.isEmpty()) {
                throw invalid(scheme.text() + " takes no host or port");
            }
            if (location == null || scheme.isFile() && location.isEmpty()) {
                throw invalid(scheme.text() + " needs a " + (scheme.isFile() ? "data directory" : "server name"));
            }
            if (!scheme.isFile() && !location.isEmpty() && !Endpoint.isHostName(location)) {
                throw invalid("invalid embedded server name \"" + location + "\"");
            }
            if (scheme.isFile() && FILE_FIELDS.stream().anyMatch(params::containsKey)) {
                throw invalid("in a file DSN user, password and database are fields, not params");
            }
        } else {
            if (location != null) {
                throw invalid(scheme.text() + " has no embedded location");
            }
            if (givenEndpoints.size() > 1 && givenEndpoints.contains(new Endpoint("", 0))) {
                throw invalid("an endpoint in a list needs a host or a port");
            }
        }
    }

    /**
     * Parses a DSN.
     *
     * @param dsn the text, e.g. {@code ws://root:taosdata@localhost:6041/power?timezone=UTC}
     * @return the parsed DSN, never null
     * @throws TaosException (0x0118) saying what is wrong and at which 0-based position of the DSN as shown in the
     *                       message (where the password and secret parameters are masked)
     */
    public static Dsn parse(String dsn) {
        if (dsn == null) {
            throw TaosException.of(TaosError.INVALID_PARA, "DSN is null");
        }
        return new Parser(dsn).parse();
    }

    /** The user: as given, or {@value #DEFAULT_USER}. */
    public String user() {
        return givenUser != null ? givenUser : DEFAULT_USER;
    }

    /** The password: as given, or {@value #DEFAULT_PASSWORD}. */
    public String password() {
        return givenPassword != null ? givenPassword : DEFAULT_PASSWORD;
    }

    /**
     * The server addresses with defaults applied: {@code localhost} for a missing host, the scheme's default port
     * for a missing port, {@code localhost:<default port>} when none is given. Empty for the embedded forms.
     */
    public List<Endpoint> endpoints() {
        if (scheme.isEmbedded()) {
            return List.of();
        }
        if (givenEndpoints.isEmpty()) {
            return List.of(new Endpoint(Endpoint.LOCALHOST, scheme.defaultPort()));
        }
        List<Endpoint> out = new ArrayList<>(givenEndpoints.size());
        for (Endpoint e : givenEndpoints) {
            out.add(e.withDefaults(scheme.defaultPort()));
        }
        return List.copyOf(out);
    }

    /** The value of parameter {@code name} (case-sensitive), or null. */
    public String param(String name) {
        return params.get(name);
    }

    /** The embedded server's name for {@code taos+mem} ({@code ""} for the default server), else null. */
    public String embeddedName() {
        return scheme.isEmbedded() && !scheme.isFile() ? location : null;
    }

    /** The data directory for {@code taos+file}, as written (relative paths are not resolved), else null. */
    public Path dataDir() {
        return scheme.isFile() ? Path.of(location) : null;
    }

    /** The typed options of this DSN: its parameters, user, password and database, with defaults. */
    public TaosProperties properties() {
        return TaosProperties.of(this);
    }

    /** A copy with {@code database} (null or empty for none). */
    public Dsn withDatabase(String database) {
        return new Dsn(scheme, givenUser, givenPassword, givenEndpoints, location, database, params);
    }

    /**
     * A copy with parameter {@code key} set to {@code value}, or removed when {@code value} is null. In a file DSN
     * the keys {@code user}, {@code password} and {@code database} set those fields.
     */
    public Dsn withParam(String key, String value) {
        if (scheme.isFile() && FILE_FIELDS.contains(key)) {
            return new Dsn(scheme, key.equals("user") ? value : givenUser,
                    key.equals("password") ? value : givenPassword, givenEndpoints, location,
                    key.equals("database") ? value : database, params);
        }
        Map<String, String> next = new LinkedHashMap<>(params);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new Dsn(scheme, givenUser, givenPassword, givenEndpoints, location, database, next);
    }

    /** The DSN in canonical form, password and secrets included (percent-encoded); {@link #parse} reads it back. */
    public String toDsnString() {
        return render(false);
    }

    /** The DSN in canonical form with the password and secret parameters replaced by {@value TaosProperty#MASK}. */
    @Override
    public String toString() {
        return render(true);
    }

    private String render(boolean mask) {
        StringBuilder sb = new StringBuilder(scheme.text());
        if (scheme.isFile()) {
            boolean slashes = location.startsWith("/") || location.equals(".") || location.equals("..")
                    || location.startsWith("./") || location.startsWith("../");
            sb.append(slashes ? "://" : ":").append(Percent.encode(location, Percent.PATH_SAFE));
            Map<String, String> all = new LinkedHashMap<>();
            putIfNotNull(all, "user", givenUser);
            putIfNotNull(all, "password", givenPassword);
            putIfNotNull(all, "database", database);
            all.putAll(params);
            appendParams(sb, all, mask);
            return sb.toString();
        }
        sb.append("://");
        if (givenUser != null || givenPassword != null) {
            sb.append(givenUser == null ? "" : Percent.encode(givenUser, Percent.UNRESERVED));
            if (givenPassword != null) {
                sb.append(':').append(mask ? TaosProperty.MASK : Percent.encode(givenPassword, Percent.UNRESERVED));
            }
            sb.append('@');
        }
        if (scheme.isEmbedded()) {
            sb.append(location);
        } else {
            for (int i = 0; i < givenEndpoints.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(givenEndpoints.get(i).toDsnText());
            }
        }
        if (database != null) {
            sb.append('/').append(Percent.encode(database, Percent.UNRESERVED));
        }
        appendParams(sb, params, mask);
        return sb.toString();
    }

    private static void appendParams(StringBuilder sb, Map<String, String> params, boolean mask) {
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(Percent.encode(e.getKey(), Percent.PARAM_SAFE));
            if (!e.getValue().isEmpty()) {
                boolean hide = mask && TaosProperty.isSecretName(e.getKey());
                sb.append('=').append(hide ? TaosProperty.MASK : Percent.encode(e.getValue(), Percent.PARAM_SAFE));
            }
            sep = '&';
        }
    }

    private static void putIfNotNull(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static TaosException invalid(String detail) {
        return TaosException.of(TaosError.INVALID_PARA, "invalid DSN: " + detail);
    }


    /** The hand-written parser; every error names the problem and the position in the (masked) DSN. */
    private static final class Parser {
        private final String in;
        private final int n;

        Parser(String in) {
            this.in = in.strip();
            this.n = this.in.length();
        }

        Dsn parse() {
            if (in.isBlank()) {
                throw fail("empty DSN", 0);
            }
            int i = word(0);
            String driver = in.substring(0, i);
            String protocol = null;
            int protocolAt = -1;
            if (i < n && in.charAt(i) == '+') {
                protocolAt = i + 1;
                i = word(protocolAt);
                protocol = in.substring(protocolAt, i);
            }
            if (driver.isEmpty()) {
                throw fail("missing driver before '" + (i < n ? in.charAt(i) : ' ') + "'", 0);
            }
            if (protocol != null && protocol.isEmpty()) {
                throw fail("missing protocol after '+'", protocolAt);
            }
            DsnScheme scheme = DsnScheme.resolve(driver, protocol);
            boolean slashes = in.startsWith("://", i);
            if (!slashes && (scheme == null || !scheme.isFile() || i >= n || in.charAt(i) != ':')) {
                throw fail("missing '://' after \"" + in.substring(0, i) + "\"", i);
            }
            if (scheme == null) {
                if (!DsnScheme.knownDriver(driver)) {
                    throw fail("unknown driver \"" + driver + "\" (supported: "
                            + String.join(", ", DsnScheme.SUPPORTED_DRIVERS) + ")", 0);
                }
                if (!DsnScheme.takesProtocol(driver)) {
                    throw fail("driver \"" + driver + "\" takes no protocol (only taos+ and tmq+ do)", protocolAt);
                }
                throw fail("unknown protocol \"" + protocol + "\" (supported after " + driver + "+: "
                        + String.join(", ", DsnScheme.SUPPORTED_PROTOCOLS) + ")", protocolAt);
            }
            return scheme.isFile() ? file(scheme, slashes ? i + 3 : i + 1, slashes) : network(scheme, i + 3);
        }

        private int word(int from) {
            int i = from;
            while (i < n && isWordChar(in.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isWordChar(char c) {
            return Endpoint.isHostChar(c);
        }

        private Dsn network(DsnScheme scheme, int start) {
            int query = indexOrEnd('?', start);
            int slash = in.indexOf('/', start);
            int authEnd = slash >= 0 && slash < query ? slash : query;
            int at = in.lastIndexOf('@', authEnd - 1);
            String user = null;
            String password = null;
            int hostStart = start;
            if (at >= start) {
                int colon = in.indexOf(':', start);
                int userEnd = colon >= 0 && colon < at ? colon : at;
                user = decode(start, userEnd, "user", false);
                if (userEnd < at) {
                    password = decode(colon + 1, at, "password", true);
                }
                hostStart = at + 1;
            }
            List<Endpoint> endpoints = List.of();
            String name = null;
            if (scheme.isEmbedded()) {
                name = embeddedName(hostStart, authEnd);
            } else {
                endpoints = endpoints(hostStart, authEnd);
            }
            String database = null;
            if (authEnd == slash) {
                int inner = in.indexOf('/', slash + 1);
                if (inner >= 0 && inner < query) {
                    throw fail("unexpected '/' in database name (percent-encode it as %2F)", inner);
                }
                database = decode(slash + 1, query, "database", false);
            }
            return new Dsn(scheme, user, password, endpoints, name, database, params(query));
        }

        private String embeddedName(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = in.charAt(i);
                if (c == ':') {
                    throw fail("an embedded server takes no port", i);
                }
                if (c == ',') {
                    throw fail("an embedded server takes one name only", i);
                }
                if (!Endpoint.isHostChar(c)) {
                    throw fail("invalid character" + quote(String.valueOf(c), i) + " in embedded server name", i);
                }
            }
            return in.substring(from, to);
        }

        private List<Endpoint> endpoints(int from, int to) {
            List<Endpoint> list = new ArrayList<>();
            int pos = from;
            boolean several = in.indexOf(',', from) >= 0 && in.indexOf(',', from) < to;
            while (true) {
                int segment = pos;
                String host;
                boolean bracketed = pos < to && in.charAt(pos) == '[';
                if (bracketed) {
                    int close = in.indexOf(']', pos);
                    if (close < 0 || close >= to) {
                        throw fail("unclosed '[' in IPv6 address", pos);
                    }
                    host = decode(pos + 1, close, "IPv6 address", false);
                    if (host.isEmpty()) {
                        throw fail("empty IPv6 address", pos);
                    }
                    if (!Endpoint.isIpv6Literal(host)) {
                        throw fail("invalid IPv6 address" + quote(host, pos + 1), pos + 1);
                    }
                    pos = close + 1;
                    if (pos < to && in.charAt(pos) != ':' && in.charAt(pos) != ',') {
                        throw fail("unexpected character" + quote(in.substring(pos, pos + 1), pos)
                                + " after IPv6 address", pos);
                    }
                } else {
                    while (pos < to && in.charAt(pos) != ':' && in.charAt(pos) != ',') {
                        char c = in.charAt(pos);
                        if (!Endpoint.isHostChar(c)) {
                            throw fail("invalid character" + quote(String.valueOf(c), pos) + " in host", pos);
                        }
                        pos++;
                    }
                    host = in.substring(segment, pos);
                }
                int port = 0;
                if (pos < to && in.charAt(pos) == ':') {
                    int portStart = pos + 1;
                    pos = portStart;
                    while (pos < to && in.charAt(pos) != ',') {
                        pos++;
                    }
                    port = port(portStart, pos, bracketed ? -1 : segment);
                }
                if (host.isEmpty() && port == 0 && several) {
                    throw fail("empty endpoint in list", segment);
                }
                list.add(new Endpoint(host, port));
                if (pos >= to) {
                    return list;
                }
                pos++; // the comma
            }
        }

        /** The port in [from, to): 0 when empty. {@code hostAt} >= 0 for an unbracketed host (IPv6 hint). */
        private int port(int from, int to, int hostAt) {
            String digits = in.substring(from, to);
            if (digits.isEmpty()) {
                return 0;
            }
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                if (c < '0' || c > '9') {
                    if (hostAt >= 0 && digits.indexOf(':') >= 0) {
                        throw fail("an IPv6 address must be enclosed in brackets, e.g. [::1]:6041", hostAt);
                    }
                    throw fail("invalid port" + quote(digits, from), from);
                }
            }
            int port = digits.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (port < 1 || port > 65535) {
                throw fail("port " + digits + " out of range (1-65535)", from);
            }
            return port;
        }

        private Dsn file(DsnScheme scheme, int start, boolean slashes) {
            int query = indexOrEnd('?', start);
            if (start == query) {
                throw fail("missing data directory path", start);
            }
            String raw = in.substring(start, query);
            if (slashes && !(raw.startsWith("/") || raw.equals(".") || raw.equals("..") || raw.startsWith("./")
                    || raw.startsWith("../"))) {
                throw fail("the path after \"" + scheme.text() + "://\" must be absolute (/dir) or start with ./ or"
                        + " ../; write " + scheme.text() + ":dir for other relative paths", start);
            }
            String path = decode(start, query, "path", false);
            try {
                Path.of(path);
            } catch (InvalidPathException e) {
                throw fail("invalid path (" + e.getReason() + ")", start);
            }
            Map<String, String> params = new LinkedHashMap<>(params(query));
            String user = params.remove("user");
            String password = params.remove("password");
            String database = params.remove("database");
            return new Dsn(scheme, user, password, List.of(), path, database, params);
        }

        private Map<String, String> params(int query) {
            Map<String, String> params = new LinkedHashMap<>();
            int pos = query + 1;
            while (pos < n) {
                int amp = indexOrEnd('&', pos);
                if (amp > pos) {
                    int eq = in.indexOf('=', pos);
                    if (eq == pos) {
                        throw fail("parameter without a name", pos);
                    }
                    int keyEnd = eq >= 0 && eq < amp ? eq : amp;
                    String key = decode(pos, keyEnd, "parameter name", false);
                    String value = keyEnd < amp
                            ? decode(keyEnd + 1, amp, "value of " + key, TaosProperty.isSecretName(key)) : "";
                    params.put(key, value);
                }
                pos = amp + 1;
            }
            return params;
        }

        private int indexOrEnd(char c, int from) {
            int i = in.indexOf(c, from);
            return i < 0 ? n : i;
        }

        /** Percent-decodes [from, to) as UTF-8; a secret's text never appears in the error. */
        private String decode(int from, int to, String what, boolean secret) {
            int pct = in.indexOf('%', from);
            if (pct < 0 || pct >= to) {
                return in.substring(from, to);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
            for (int i = from; i < to; i++) {
                char c = in.charAt(i);
                if (c == '%') {
                    int hi = i + 2 < to ? Character.digit(in.charAt(i + 1), 16) : -1;
                    int lo = i + 2 < to ? Character.digit(in.charAt(i + 2), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        String shown = secret ? "" : quote(in.substring(i, Math.min(i + 3, to)), i);
                        throw fail("bad percent escape" + shown + " in " + what + " (write % as %25)", i);
                    }
                    bytes.write(hi << 4 | lo);
                    i += 2;
                } else {
                    int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                    byte[] b = in.substring(i, end).getBytes(StandardCharsets.UTF_8);
                    bytes.write(b, 0, b.length);
                    i = end - 1;
                }
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                throw fail("percent escapes in " + what + " are not valid UTF-8", from);
            }
        }

        /** {@code  "text"} for an error message, or nothing when {@code position} may be inside a secret. */
        private String quote(String text, int position) {
            for (int[] span : secretSpans()) {
                if (position >= span[0] && position < span[1]) {
                    return "";
                }
            }
            return " \"" + text + "\"";
        }

        private TaosException fail(String problem, int position) {
            List<int[]> secrets = secretSpans();
            StringBuilder shown = new StringBuilder();
            int last = 0;
            int shift = 0;
            int shownPosition = -1;
            for (int[] span : secrets) {
                if (shownPosition < 0 && position < span[0]) {
                    shownPosition = position - shift;
                } else if (shownPosition < 0 && position < span[1]) {
                    shownPosition = span[0] - shift;
                }
                shown.append(in, last, span[0]).append(TaosProperty.MASK);
                shift += span[1] - span[0] - TaosProperty.MASK.length();
                last = span[1];
            }
            shown.append(in, last, n);
            if (shownPosition < 0) {
                shownPosition = position - shift;
            }
            return TaosException.of(TaosError.INVALID_PARA,
                    "invalid DSN \"" + shown + "\": " + problem + " at position " + shownPosition);
        }

        /**
         * Where the password and secret parameter values may be, found without failing, in ascending order. The
         * password span errs on the long side: from the first ':' to the last '@' before '?', even past a '/'.
         */
        private List<int[]> secretSpans() {
            List<int[]> spans = new ArrayList<>();
            int sep = in.indexOf("://");
            int start = sep >= 0 ? sep + 3 : Math.max(in.indexOf(':') + 1, 0);
            int query = indexOrEnd('?', start);
            if (sep >= 0) {
                int at = in.lastIndexOf('@', query - 1);
                int colon = in.indexOf(':', start);
                if (at >= start && colon >= 0 && colon < at && colon + 1 < at) {
                    spans.add(new int[] {colon + 1, at});
                }
            }
            int pos = query + 1;
            while (pos < n) {
                int amp = indexOrEnd('&', pos);
                int eq = in.indexOf('=', pos);
                if (eq > pos && eq + 1 < amp) {
                    String key = in.substring(pos, eq);
                    try {
                        key = URLDecoder.decode(key.replace("+", "%2B"), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        // keep the raw key
                    }
                    if (TaosProperty.isSecretName(key)) {
                        spans.add(new int[] {eq + 1, amp});
                    }
                }
                pos = amp + 1;
            }
            return spans;
        }
    }

    /** Percent-encoding for rendering: characters outside a safe set become {@code %XX} of their UTF-8 bytes. */
    static final class Percent {
        static final String UNRESERVED = "-._~";
        static final String PARAM_SAFE = UNRESERVED + "/:,!$'()*;";
        static final String PATH_SAFE = UNRESERVED + "/:\\@,+!$'()*;=";

        private Percent() {
        }

        static String encode(String s, String safe) {
            StringBuilder sb = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0);
                if (keep) {
                    if (sb != null) {
                        sb.append(c);
                    }
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
            return sb == null ? s : sb.toString();
        }
    }
}
