package io.taos4j.server.system;

import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.User;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The node, cluster, licence, configuration and user tables of a single-node server (tdengine-sql.md §11, §12.4):
 * dnode 1 at the server's endpoint, {@code ready}, the only mnode and {@code leader}, no qnodes, a community
 * licence.
 */
final class ClusterTables {
    static final int DNODE_ID = ShowVariables.DNODE_ID;
    /** {@code ins_users.allowed_host} for every user (what 3.3.7.5 shows for root without a white list). */
    static final String ALLOWED_HOST = "127.0.0.1/32,::1/128";
    static final String UNLIMITED = "unlimited";

    static final TableDef INS_DNODES = TableDef.info("ins_dnodes", "id INT, endpoint VARCHAR(134), vnodes SMALLINT,"
            + " support_vnodes SMALLINT, status VARCHAR(10), create_time TIMESTAMP, reboot_time TIMESTAMP,"
            + " note VARCHAR(256)", ClusterTables::dnodes);

    static final TableDef INS_MNODES = TableDef.info("ins_mnodes", "id INT, endpoint VARCHAR(134), role VARCHAR(12),"
            + " status VARCHAR(9), create_time TIMESTAMP, role_time TIMESTAMP",
            (context, out) -> out.add((long) DNODE_ID, context.endpoint(), "leader", "ready", context.startTime(),
                    context.startTime()));

    static final TableDef INS_QNODES = TableDef.info("ins_qnodes", "id INT, endpoint VARCHAR(134),"
            + " create_time TIMESTAMP", TableDef.NO_ROWS);

    static final TableDef INS_CLUSTER = TableDef.info("ins_cluster", "id BIGINT, name VARCHAR(40), uptime INT,"
            + " create_time TIMESTAMP, version VARCHAR(10), expire_time TIMESTAMP", ClusterTables::cluster);

    static final TableDef INS_GRANTS = TableDef.info("ins_grants", "version VARCHAR(64), expire_time VARCHAR(19),"
            + " service_time VARCHAR(19), expired VARCHAR(5), state VARCHAR(9), timeseries VARCHAR(43),"
            + " dnodes VARCHAR(21), cpu_cores VARCHAR(21), vnodes VARCHAR(21), storage_size VARCHAR(43)",
            (context, out) -> out.add("TDengine TSDB-OSS", UNLIMITED, UNLIMITED, "false", "ungranted", UNLIMITED,
                    UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED));

    static final TableDef INS_CONFIGS = TableDef.info("ins_configs", "name VARCHAR(32), value VARCHAR(64)",
            (context, out) -> Variables.server(context).forEach(v -> out.add(v.name(), v.value())));

    static final TableDef INS_DNODE_VARIABLES = TableDef.info("ins_dnode_variables",
            ShowVariables.DNODE_FIELDS, ClusterTables::dnodeVariables);

    static final TableDef INS_USERS = TableDef.info("ins_users", "name VARCHAR(24), super TINYINT, enable TINYINT,"
            + " sysinfo TINYINT, createdb TINYINT, create_time TIMESTAMP, allowed_host VARCHAR(49152)",
            ClusterTables::users);

    static final TableDef INS_USER_PRIVILEGES = TableDef.info("ins_user_privileges", "user_name VARCHAR(24),"
            + " privilege VARCHAR(10), db_name VARCHAR(65), table_name VARCHAR(193), condition VARCHAR(49152),"
            + " notes VARCHAR(64)", ClusterTables::privileges);

    private ClusterTables() {
    }

    static List<TableDef> tables() {
        return List.of(INS_DNODES, INS_MNODES, INS_QNODES, INS_CLUSTER, INS_GRANTS, INS_CONFIGS,
                INS_DNODE_VARIABLES, INS_USERS, INS_USER_PRIVILEGES);
    }

    /** One vnode per vgroup of every user database, all on dnode 1. */
    static long vnodes(SystemContext context) {
        long n = 0;
        for (Database db : context.catalog().databases()) {
            n += db.vgroupIds().length;
        }
        return n;
    }

    /** A cluster id stable for the life of the server. */
    static UUID clusterUuid(SystemContext context) {
        return UUID.nameUUIDFromBytes(("taos4j:" + context.endpoint() + ":" + context.startTime())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void dnodes(SystemContext context, Rows out) {
        long vnodes = vnodes(context);
        out.add((long) DNODE_ID, context.endpoint(), vnodes, Math.max(256L, vnodes), "ready", context.startTime(),
                context.startTime(), "");
    }

    private static void cluster(SystemContext context, Rows out) {
        UUID uuid = clusterUuid(context);
        long uptime = Math.max(0, (System.currentTimeMillis() - context.startTime()) / 1000);
        out.add(uuid.getMostSignificantBits() & Long.MAX_VALUE, uuid.toString(), uptime, context.startTime(),
                "community", null);
    }

    private static void dnodeVariables(SystemContext context, Rows out) {
        for (Variables.Variable v : Variables.server(context)) {
            out.add((long) DNODE_ID, v.name(), v.value(), v.scope(), v.category(), v.info());
        }
    }

    private static void users(SystemContext context, Rows out) {
        for (User u : context.catalog().users()) {
            out.add(u.name(), flag(u.superUser()), flag(u.enabled()), flag(u.sysinfo()), flag(u.createdb()),
                    u.createTime(), ALLOWED_HOST);
        }
    }

    /** Super users hold every privilege ("all" on "all"); others list what GRANT gave them. */
    private static void privileges(SystemContext context, Rows out) {
        for (User u : context.catalog().users()) {
            if (u.superUser()) {
                out.add(u.name(), "all", "all", "", "", "");
                continue;
            }
            for (User.Privilege p : u.privileges()) {
                out.add(u.name(), p.privilege(), p.db(), p.table(), p.condition(), "");
            }
        }
    }

    private static long flag(boolean b) {
        return b ? 1 : 0;
    }
}
