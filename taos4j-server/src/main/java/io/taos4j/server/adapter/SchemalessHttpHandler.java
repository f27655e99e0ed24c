package io.taos4j.server.adapter;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.schemaless.SchemalessWriter;
import io.taos4j.server.schemaless.SmlPrecision;
import io.taos4j.server.schemaless.SmlProtocol;
import io.taos4j.server.schemaless.SmlRequest;
import io.taos4j.server.sql.SqlError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * taosAdapter's schemaless HTTP plugins (rest.md §8): {@code POST /influxdb/v1/write} (InfluxDB 1.x write API,
 * errors as {@code {"code":"<category>","message":...}}) and {@code POST /opentsdb/v1/put/json|telnet/{db}} (errors
 * as {@code {"code":<status>,"message":...}}). Success is 204 No Content. The database must exist.
 */
final class SchemalessHttpHandler {
    private final Catalog catalog;
    private final RestSqlHandler users;
    private final SchemalessWriter writer;

    SchemalessHttpHandler(Catalog catalog, RestSqlHandler users) {
        this.catalog = catalog;
        this.users = users;
        this.writer = new SchemalessWriter(catalog);
    }

    private static String taosMessage(SqlError e) {
        return "[0x" + Integer.toHexString(e.code()) + "] " + e.getMessage();
    }

    // ---- InfluxDB ----

    private static void influxMessage(HttpExchange ex, HttpResponseStatus status, String code, String message) {
        ex.json(status, "{\"code\":" + JsonText.goString(code) + ",\"message\":" + JsonText.goString(message) + "}");
    }

    private static void influxBadRequest(HttpExchange ex, String code, String message, String op, String err) {
        ex.json(HttpResponseStatus.BAD_REQUEST, "{\"code\":" + JsonText.goString(code) + ",\"message\":"
                + JsonText.goString(message) + ",\"op\":" + JsonText.goString(op) + ",\"err\":"
                + JsonText.goString(err) + ",\"line\":0}");
    }

    /** {@code POST /influxdb/v1/write?db=&precision=&ttl=&table_name_key=&req_id=&u=&p=}. */
    void influx(HttpExchange ex) {
        String reqId = ex.query("req_id");
        if (reqId != null && !reqId.isEmpty()) {
            try {
                GoParams.parseUint(reqId);
            } catch (GoParams.Invalid e) {
                influxBadRequest(ex, "illegal param", "req_id must be numeric", "parse req_id",
                        "req_id must be numeric");
                return;
            }
        }
        String precision = ex.query("precision");
        if (precision == null || precision.isEmpty()) {
            precision = "ns";
        }
        RestAuth.Credentials who = null;
        String header = ex.header(HttpHeaderNames.AUTHORIZATION);
        if (header != null && header.strip().startsWith("Basic ") && header.strip().length() > 6) {
            who = RestAuth.basic(header.strip().substring(6));
        }
        String user = ex.query("u") != null && !ex.query("u").isEmpty() ? ex.query("u")
                : who == null ? "" : who.user();
        String password = ex.query("p") != null && !ex.query("p").isEmpty() ? ex.query("p")
                : who == null ? "" : who.password();
        if (user.isEmpty() || password.isEmpty()) {
            influxMessage(ex, HttpResponseStatus.UNAUTHORIZED, "forbidden", "no auth info found");
            return;
        }
        String db = ex.query("db");
        if (db == null || db.isEmpty()) {
            influxBadRequest(ex, "not found", "db required", "get db query", "db required");
            return;
        }
        int ttl = 0;
        String ttlText = ex.query("ttl");
        if (ttlText != null && !ttlText.isEmpty()) {
            try {
                ttl = GoParams.atoi(ttlText);
            } catch (GoParams.Invalid e) {
                influxBadRequest(ex, "illegal param", "ttl must be numeric", "parse ttl", "ttl must be numeric");
                return;
            }
        }
        TaosError login = users.login(new RestAuth.Credentials(user, password));
        if (login != null) {
            influxMessage(ex, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error",
                    "[0x" + Integer.toHexString(login.code()) + "] " + login.text());
            return;
        }
        byte[] data = new String(ex.body(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        try {
            catalog.database(db);
            writer.write(db, new SmlRequest(SmlProtocol.LINE, SmlPrecision.ofName(precision), ttl,
                    ex.query("table_name_key"), data));
        } catch (SqlError e) {
            influxMessage(ex, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error", taosMessage(e));
            return;
        }
        ex.empty(HttpResponseStatus.NO_CONTENT);
    }

    // ---- OpenTSDB ----

    private static void tsdbError(HttpExchange ex, HttpResponseStatus status, String message) {
        ex.json(status, "{\"code\":" + status.code() + ",\"message\":" + JsonText.goString(message) + "}");
    }

    /** {@code POST /opentsdb/v1/put/json/{db}} or {@code .../telnet/{db}}. */
    void openTsdb(HttpExchange ex, SmlProtocol protocol, String db) {
        String header = ex.header(HttpHeaderNames.AUTHORIZATION);
        if (header == null || header.isEmpty()) {
            tsdbError(ex, HttpResponseStatus.UNAUTHORIZED, "auth needed");
            return;
        }
        String auth = header.strip();
        RestAuth.Credentials who;
        if (auth.startsWith("Basic ") && auth.length() > 6) {
            who = RestAuth.basic(auth.substring(6));
            if (who == null) {
                tsdbError(ex, HttpResponseStatus.UNAUTHORIZED, RestAuth.basicError(auth.substring(6)));
                return;
            }
        } else {
            tsdbError(ex, HttpResponseStatus.UNAUTHORIZED, "unsupported auth type");
            return;
        }
        String reqId = ex.query("req_id");
        if (reqId != null && !reqId.isEmpty()) {
            try {
                GoParams.parseUint(reqId);
            } catch (GoParams.Invalid e) {
                tsdbError(ex, HttpResponseStatus.BAD_REQUEST, "illegal param, req_id must be numeric "
                        + e.getMessage());
                return;
            }
        }
        if (db == null || db.isEmpty()) {
            tsdbError(ex, HttpResponseStatus.BAD_REQUEST, "db required");
            return;
        }
        if (who.user().isEmpty() || who.password().isEmpty()) {
            tsdbError(ex, HttpResponseStatus.BAD_REQUEST, "no auth info found");
            return;
        }
        int ttl = 0;
        String ttlText = ex.query("ttl");
        if (ttlText != null && !ttlText.isEmpty()) {
            try {
                ttl = GoParams.atoi(ttlText);
            } catch (GoParams.Invalid e) {
                tsdbError(ex, HttpResponseStatus.BAD_REQUEST, "illegal param, ttl must be numeric " + e.getMessage());
                return;
            }
        }
        TaosError login = users.login(who);
        if (login != null) {
            tsdbError(ex, HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "[0x" + Integer.toHexString(login.code()) + "] " + login.text());
            return;
        }
        byte[] data = protocol == SmlProtocol.TELNET ? telnetLines(ex.body()) : ex.body();
        if (data.length == 0) {
            ex.empty(HttpResponseStatus.NO_CONTENT);
            return;
        }
        try {
            catalog.database(db);
            writer.write(db, new SmlRequest(protocol, SmlPrecision.NOT_CONFIGURED, ttl, ex.query("table_name_key"),
                    data));
        } catch (SqlError e) {
            tsdbError(ex, HttpResponseStatus.INTERNAL_SERVER_ERROR, taosMessage(e));
            return;
        }
        ex.empty(HttpResponseStatus.NO_CONTENT);
    }

    /** The adapter's telnet body handling: lines trimmed, a leading {@code put } dropped, empty lines skipped. */
    static byte[] telnetLines(byte[] body) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            String t = line.strip();
            lines.add(t.startsWith("put ") ? t.substring(4) : t);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
