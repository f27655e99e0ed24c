package io.taos4j.server.adapter;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.User;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.sql.SqlError;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * taosAdapter's stateless REST API (rest.md): {@code POST /rest/sql[/db]} runs one statement on a fresh session and
 * answers TDengine's JSON; {@code GET /rest/login/user/password} hands out a {@code Taosd} token. Checks happen in
 * the adapter's order: {@code req_id}, the Authorization header, {@code tz}/{@code conn_tz},
 * {@code row_with_meta}, the body, the credentials. TDengine errors are HTTP 200, parameter errors 400, header
 * errors 401.
 */
final class RestSqlHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RestSqlHandler.class);
    private static final int REQUEST_EMPTY = 0x1106;
    private static final int NO_SQL = 0x1107;
    private static final int TOKEN_ERROR = 0x110A;

    private final Engine engine;

    RestSqlHandler(Engine engine) {
        this.engine = engine;
    }

    static void error(HttpExchange ex, HttpResponseStatus status, int code, String desc) {
        ex.json(status, "{\"code\":" + code + ",\"desc\":" + JsonText.goString(desc) + ",\"timing\":"
                + ex.elapsed() + "}");
    }

    /** {@code POST /rest/sql} and {@code /rest/sql/{db}} ({@code db} null for the first). */
    void sql(HttpExchange ex, String db) {
        String reqId = ex.query("req_id");
        if (reqId != null && !reqId.isEmpty()) {
            try {
                GoParams.parseInt(reqId);
            } catch (GoParams.Invalid e) {
                error(ex, HttpResponseStatus.BAD_REQUEST, TaosError.ADAPTER_ERROR,
                        "illegal param, req_id must be numeric " + e.getMessage());
                return;
            }
        }
        RestAuth.Credentials who;
        try {
            who = RestAuth.rest(ex.header(HttpHeaderNames.AUTHORIZATION));
        } catch (RestAuth.Refused e) {
            error(ex, HttpResponseStatus.UNAUTHORIZED, e.code, e.getMessage());
            return;
        }
        ZoneId format = ZoneOffset.UTC;
        ZoneId connection = engine.info().defaultZone();
        boolean rowWithMeta;
        try {
            String zoneName = ex.hasQuery("conn_tz") ? ex.query("conn_tz") : ex.query("tz");
            if (zoneName != null) {
                format = GoParams.location(zoneName);
                if (ex.hasQuery("conn_tz")) {
                    connection = format;
                }
            }
            String meta = ex.query("row_with_meta");
            rowWithMeta = meta != null && !meta.isEmpty() && parseRowWithMeta(meta);
        } catch (GoParams.Invalid e) {
            error(ex, HttpResponseStatus.BAD_REQUEST, TaosError.ADAPTER_ERROR, e.getMessage());
            return;
        }
        byte[] body = ex.body();
        if (body.length == 0) {
            error(ex, HttpResponseStatus.BAD_REQUEST, REQUEST_EMPTY, "request is empty");
            return;
        }
        String sql = new String(body, StandardCharsets.UTF_8).strip();
        if (sql.isEmpty()) {
            error(ex, HttpResponseStatus.BAD_REQUEST, NO_SQL, "no sql input");
            return;
        }
        TaosError login = login(who);
        if (login != null) {
            error(ex, HttpResponseStatus.OK, login.code(), login.text());
            return;
        }
        Session session = new Session(who.user(), null, connection);
        session.setApp(ex.query("app"));
        session.setClientIp(ex.query("ip"));
        if (db != null && !db.isEmpty()) {
            try {
                engine.execute(session, "use `" + db.replace("`", "``") + "`");
            } catch (SqlError e) {
                // as the adapter: a failing USE is ignored, so that CREATE DATABASE works on /rest/sql/{db}
            }
        }
        RestResultWriter out = new RestResultWriter(ex, format, rowWithMeta, "true".equals(ex.query("timing")));
        try {
            Result r = engine.execute(session, sql);
            if (r instanceof Result.Update u) {
                ex.json(HttpResponseStatus.OK, out.update(u.affectedRows()));
            } else {
                out.query((Result.Query) r);
            }
        } catch (SqlError e) {
            if (!ex.isStreaming()) {
                error(ex, HttpResponseStatus.OK, e.code(), e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("REST statement failed: {}", sql, e);
            if (!ex.isStreaming()) {
                error(ex, HttpResponseStatus.OK, TaosError.TSC_INTERNAL_ERROR.code(), "Internal error: " + e);
            } else {
                ex.abort();
            }
        }
    }

    private static boolean parseRowWithMeta(String value) throws GoParams.Invalid {
        try {
            return GoParams.parseBool(value);
        } catch (GoParams.Invalid e) {
            throw new GoParams.Invalid("illegal param, row_with_meta must be boolean " + e.getMessage());
        }
    }

    /** Null when the user may log in, else TDengine's error (as {@code taos_connect} reports it). */
    TaosError login(RestAuth.Credentials who) {
        User user = engine.catalog().user(who.user());
        if (user == null) {
            return TaosError.MND_USER_NOT_EXIST;
        }
        if (!user.password().matches(who.password())) {
            return TaosError.MND_AUTH_FAILURE;
        }
        return user.enabled() ? null : TaosError.MND_USER_DISABLED;
    }

    /**
     * {@code POST /rest/sql/{db}/vgid}: the body is a JSON array of table names; the reply lists the vgroup each
     * name hashes to, in order ({@code {"code":0,"vgIDs":[..]}}).
     */
    void vgroups(HttpExchange ex, String db) {
        RestAuth.Credentials who;
        try {
            who = RestAuth.rest(ex.header(HttpHeaderNames.AUTHORIZATION));
        } catch (RestAuth.Refused e) {
            error(ex, HttpResponseStatus.UNAUTHORIZED, e.code, e.getMessage());
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ex.body());
            if (node == null || !node.isArray()) {
                throw new java.io.IOException("not a JSON array");
            }
            node.forEach(n -> names.add(n.asText()));
        } catch (java.io.IOException e) {
            error(ex, HttpResponseStatus.BAD_REQUEST, TaosError.ADAPTER_ERROR, e.getMessage());
            return;
        }
        if (names.isEmpty()) {
            error(ex, HttpResponseStatus.BAD_REQUEST, TaosError.ADAPTER_ERROR, "illegal params");
            return;
        }
        TaosError login = login(who);
        if (login != null) {
            error(ex, HttpResponseStatus.OK, login.code(), login.text());
            return;
        }
        try {
            var database = engine.catalog().database(db);
            StringBuilder b = new StringBuilder("{\"code\":0,\"vgIDs\":[");
            for (int i = 0; i < names.size(); i++) {
                b.append(i > 0 ? "," : "").append(database.vgroupFor(names.get(i)));
            }
            ex.json(HttpResponseStatus.OK, b.append("]}").toString());
        } catch (SqlError e) {
            error(ex, HttpResponseStatus.OK, e.code(), e.getMessage());
        }
    }

    /** {@code GET /rest/login/{user}/{password}}. */
    void token(HttpExchange ex, String user, String password) {
        byte[] u = user.getBytes(StandardCharsets.UTF_8);
        if (u.length == 0 || u.length > 24 || password.isEmpty()) {
            error(ex, HttpResponseStatus.BAD_REQUEST, TOKEN_ERROR, "generate taosd token error");
            return;
        }
        if (login(new RestAuth.Credentials(user, password)) != null) {
            error(ex, HttpResponseStatus.UNAUTHORIZED, 0x0003, "Authentication failure");
            return;
        }
        ex.json(HttpResponseStatus.OK, "{\"code\":0,\"desc\":" + JsonText.goString(RestAuth.token(user, password))
                + "}");
    }
}
