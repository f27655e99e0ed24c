package io.taos4j.server.adapter;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.taos4j.server.schemaless.SmlProtocol;

/** The HTTP routes of taosAdapter this server answers (rest.md §1), matched on the method and the raw path. */
final class HttpRoutes {
    private HttpRoutes() {
    }

    /** A matched request, bound to its path parameters. */
    @FunctionalInterface
    interface Route {
        void handle(HttpExchange ex, RestSqlHandler rest, SchemalessHttpHandler schemaless);
    }

    /** The route of a request, or null (404). */
    static Route match(String method, String rawPath) {
        String[] s = rawPath.split("/", -1);
        // s[0] is the empty text before the leading slash
        if (s.length < 2) {
            return null;
        }
        boolean post = method.equals("POST");
        if (s[1].equals("rest") && s.length >= 3) {
            if (post && s[2].equals("sql")) {
                if (s.length == 3) {
                    return (ex, rest, sml) -> rest.sql(ex, null);
                }
                if (s.length == 4 && !s[3].isEmpty()) {
                    String db = decode(s[3]);
                    return (ex, rest, sml) -> rest.sql(ex, db);
                }
                if (s.length == 5 && !s[3].isEmpty() && s[4].equals("vgid")) {
                    String db = decode(s[3]);
                    return (ex, rest, sml) -> rest.vgroups(ex, db);
                }
            }
            if (method.equals("GET") && s[2].equals("login") && s.length == 5 && !s[3].isEmpty() && !s[4].isEmpty()) {
                String user = decode(s[3]);
                String password = decode(s[4]);
                return (ex, rest, sml) -> rest.token(ex, user, password);
            }
            return null;
        }
        if (post && s[1].equals("influxdb") && s.length == 4 && s[2].equals("v1") && s[3].equals("write")) {
            return (ex, rest, sml) -> sml.influx(ex);
        }
        if (post && s[1].equals("opentsdb") && s.length == 6 && s[2].equals("v1") && s[3].equals("put")
                && !s[5].isEmpty()) {
            String db = decode(s[5]);
            if (s[4].equals("json")) {
                return (ex, rest, sml) -> sml.openTsdb(ex, SmlProtocol.JSON, db);
            }
            if (s[4].equals("telnet")) {
                return (ex, rest, sml) -> sml.openTsdb(ex, SmlProtocol.TELNET, db);
            }
        }
        return null;
    }

    private static String decode(String segment) {
        return QueryStringDecoder.decodeComponent(segment.replace("+", "%2B"));
    }
}
