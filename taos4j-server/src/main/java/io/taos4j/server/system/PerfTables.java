package io.taos4j.server.system;

import io.taos4j.server.engine.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code performance_schema}: {@code perf_connections} from the open sessions, {@code perf_apps} with the one
 * client application a taosAdapter-like server has (itself), and the empty {@code perf_queries} and
 * {@code perf_trans} (queries are not tracked; DDL is not transactional here). {@code perf_consumers} is in
 * {@link TmqTables}.
 */
final class PerfTables {
    /** {@code app} of every connection: WebSocket and REST clients reach TDengine through taosAdapter. */
    static final String ADAPTER = "taosadapter";

    static final TableDef PERF_CONNECTIONS = TableDef.perf("perf_connections", "conn_id INT UNSIGNED, user VARCHAR(24),"
            + " app VARCHAR(24), pid INT UNSIGNED, end_point VARCHAR(134), login_time TIMESTAMP,"
            + " last_access TIMESTAMP, user_app VARCHAR(24), user_ip VARCHAR(22)", PerfTables::connections);

    static final TableDef PERF_QUERIES = TableDef.perf("perf_queries", "kill_id VARCHAR(26), query_id BIGINT UNSIGNED,"
            + " conn_id INT UNSIGNED, app VARCHAR(24), pid INT, user VARCHAR(24), end_point VARCHAR(22),"
            + " create_time TIMESTAMP, exec_usec BIGINT, stable_query BOOL, sub_query BOOL, sub_num INT,"
            + " sub_status VARCHAR(1000), sql VARCHAR(2048), user_app VARCHAR(24), user_ip VARCHAR(22)",
            TableDef.NO_ROWS);

    static final TableDef PERF_APPS = TableDef.perf("perf_apps", "app_id BIGINT UNSIGNED, ip VARCHAR(16), pid INT,"
            + " name VARCHAR(24), start_time TIMESTAMP, insert_req BIGINT UNSIGNED, insert_row BIGINT UNSIGNED,"
            + " insert_time BIGINT UNSIGNED, insert_bytes BIGINT UNSIGNED, fetch_bytes BIGINT UNSIGNED,"
            + " query_time BIGINT UNSIGNED, slow_query BIGINT UNSIGNED, total_req BIGINT UNSIGNED,"
            + " current_req BIGINT UNSIGNED, last_access TIMESTAMP", PerfTables::apps);

    static final TableDef PERF_TRANS = TableDef.perf("perf_trans", "id INT, create_time TIMESTAMP, stage VARCHAR(12),"
            + " oper VARCHAR(14), db VARCHAR(64), stable VARCHAR(192), killable VARCHAR(10), failed_times INT,"
            + " last_exec_time TIMESTAMP, last_action_info VARCHAR(511)", TableDef.NO_ROWS);

    private PerfTables() {
    }

    static List<TableDef> tables() {
        return List.of(PERF_CONNECTIONS, PERF_QUERIES, PERF_APPS, PERF_TRANS);
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    private static List<Session> sessions(SystemContext context) {
        List<Session> sessions = new ArrayList<>(context.sessions());
        sessions.sort(Comparator.comparingLong(Session::id));
        return sessions;
    }

    private static void connections(SystemContext context, Rows out) {
        long pid = pid();
        for (Session s : sessions(context)) {
            out.add(s.id(), s.user(), ADAPTER, pid, context.endpoint(), s.loginTime(), s.lastAccess(), s.app(),
                    s.clientIp());
        }
    }

    private static void apps(SystemContext context, Rows out) {
        List<Session> sessions = sessions(context);
        if (sessions.isEmpty()) {
            return;
        }
        long lastAccess = sessions.stream().mapToLong(Session::lastAccess).max().orElse(context.startTime());
        String endpoint = context.endpoint();
        String ip = endpoint.contains(":") ? endpoint.substring(0, endpoint.lastIndexOf(':')) : endpoint;
        long pid = pid();
        out.add(ClusterTables.clusterUuid(context).getLeastSignificantBits() ^ pid, ip, pid, ADAPTER,
                context.startTime(), 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, lastAccess);
    }
}
