package io.taos4j.server.system;

import io.taos4j.server.engine.Session;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The configuration variables this server reports in {@code SHOW [LOCAL|CLUSTER] VARIABLES}, {@code SHOW DNODE n
 * VARIABLES}, {@code ins_configs} and {@code ins_dnode_variables}: a plausible subset of TDengine 3.3.7.5's
 * {@code taos.cfg} items with their default values. Values that depend on the server or the session (time zone,
 * endpoint) are computed per call. Stateless.
 */
final class Variables {
    /** Scope values as TDengine prints them. */
    static final String CLIENT = "client";
    static final String SERVER = "server";
    static final String BOTH = "both";
    /** Category values. */
    static final String GLOBAL = "global";
    static final String LOCAL = "local";

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx", Locale.ENGLISH);

    /**
     * One variable.
     *
     * @param name     the item name ({@code timezone})
     * @param value    its value as text
     * @param scope    {@code client}, {@code server} or {@code both}
     * @param category {@code global} or {@code local}
     * @param info     description (empty on 3.3.7.5 for the items observed)
     */
    record Variable(String name, String value, String scope, String category, String info) {

        boolean client() {
            return !scope.equals(SERVER);
        }

        boolean server() {
            return !scope.equals(CLIENT);
        }
    }

    private Variables() {
    }

    /** Every variable, client and server, in a stable order. */
    static List<Variable> all(SystemContext context) {
        String endpoint = context.endpoint();
        String fqdn = endpoint.contains(":") ? endpoint.substring(0, endpoint.lastIndexOf(':')) : endpoint;
        String port = endpoint.contains(":") ? endpoint.substring(endpoint.lastIndexOf(':') + 1) : "6030";
        List<Variable> v = new ArrayList<>();
        v.add(both("firstEp", endpoint));
        v.add(both("secondEp", ""));
        v.add(server("fqdn", fqdn));
        v.add(both("serverPort", port));
        v.add(both("timezone", timezone(zone(context.current()))));
        v.add(both("locale", "C.UTF-8"));
        v.add(both("charset", "UTF-8"));
        v.add(both("logDir", "/var/log/taos"));
        v.add(server("dataDir", "/var/lib/taos"));
        v.add(both("minimalLogDirGB", "1"));
        v.add(both("minimalTmpDirGB", "1"));
        v.add(both("debugFlag", "131"));
        v.add(both("numOfLogLines", "10000000"));
        v.add(both("enableCoreFile", "1"));
        v.add(both("compressMsgSize", "-1"));
        v.add(both("numOfRpcThreads", "4"));
        v.add(both("shellActivityTimer", "3"));
        v.add(both("countAlwaysReturnValue", "1"));
        v.add(server("supportVnodes", "256"));
        v.add(server("numOfCommitThreads", "4"));
        v.add(server("statusInterval", "1"));
        v.add(server("maxShellConns", "50000"));
        v.add(server("queryBufferSize", "-1"));
        v.add(server("ttlUnit", "86400"));
        v.add(server("tagFilterCache", "0"));
        v.add(server("monitor", "0"));
        v.add(server("audit", "0"));
        v.add(server("enableStrongPassword", "1"));
        v.add(server("walFsyncDataSizeLimit", "104857600"));
        v.add(server("numOfMnodeReadThreads", "1"));
        v.add(server("numOfVnodeQueryThreads", "4"));
        v.add(client("queryPolicy", "1"));
        v.add(client("keepColumnName", "0"));
        v.add(client("multiResultFunctionStarReturnTag", "0"));
        v.add(client("maxInsertBatchRows", "1000000"));
        v.add(client("metaCacheMaxSize", "-1"));
        v.add(client("slowLogThreshold", "10"));
        v.add(client("smlChildTableName", ""));
        v.add(client("smlAutoChildTableNameDelimiter", ""));
        v.add(client("smlTagName", "_tag_null"));
        v.add(client("smlTsDefaultName", "_ts"));
        v.add(client("smlDot2Underline", "1"));
        v.add(client("useAdapter", "0"));
        v.add(client("enableQueryHb", "1"));
        v.add(client("enableScience", "0"));
        v.add(client("compareAsStrInGreatest", "1"));
        return v;
    }

    /** Client-side variables ({@code SHOW LOCAL VARIABLES}). */
    static List<Variable> local(SystemContext context) {
        return all(context).stream().filter(Variable::client).toList();
    }

    /** Server-side variables ({@code SHOW [CLUSTER] VARIABLES}, {@code SHOW DNODE 1 VARIABLES}). */
    static List<Variable> server(SystemContext context) {
        return all(context).stream().filter(Variable::server).toList();
    }

    /** The zone of the asking session, or the server's when it has none. */
    static ZoneId zone(Session session) {
        ZoneId zone = session == null ? null : session.zone();
        return zone != null ? zone : ZoneId.systemDefault();
    }

    /** {@code <IANA name> (<abbreviation>, <±hhmm>)} as TDengine prints it: {@code Etc/UTC (UTC, +0000)}. */
    static String timezone(ZoneId zone) {
        ZoneId z = zone.normalized() instanceof ZoneOffset o && o.getTotalSeconds() == 0
                || zone.getId().equals("UTC") ? ZoneId.of("Etc/UTC") : zone;
        var now = Instant.now().atZone(z);
        return z.getId() + " (" + ABBREVIATION.format(now) + ", " + OFFSET.format(now) + ")";
    }

    private static Variable both(String name, String value) {
        return new Variable(name, value, BOTH, GLOBAL, "");
    }

    private static Variable server(String name, String value) {
        return new Variable(name, value, SERVER, GLOBAL, "");
    }

    private static Variable client(String name, String value) {
        return new Variable(name, value, CLIENT, LOCAL, "");
    }
}
