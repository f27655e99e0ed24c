package io.taos4j.server.system;

import static io.taos4j.server.system.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.engine.Session;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-node rows of the node, cluster, configuration and performance tables (tdengine-sql.md §11). */
class ClusterAndPerfTablesTest {
    private final Catalog catalog = Fixtures.catalog();

    private static SystemTable table(String db, String name) {
        return SystemTables.find(db, name);
    }

    @Test
    void oneReadyDnodeThatIsTheLeaderMnode() {
        SystemContext ctx = Fixtures.context(catalog);
        assertThat(Fixtures.rows(table("information_schema", "ins_dnodes"), ctx)).containsExactly(
                row(1L, "localhost:6030", 2L, 256L, "ready", Fixtures.START, Fixtures.START, ""));
        assertThat(Fixtures.rows(table("information_schema", "ins_mnodes"), ctx)).containsExactly(
                row(1L, "localhost:6030", "leader", "ready", Fixtures.START, Fixtures.START));
        assertThat(Fixtures.rows(table("information_schema", "ins_qnodes"), ctx)).isEmpty();
    }

    @Test
    void communityClusterAndGrants() {
        SystemContext ctx = Fixtures.context(catalog);
        List<List<Object>> cluster = Fixtures.rows(table("information_schema", "ins_cluster"), ctx);
        assertThat(cluster).hasSize(1);
        assertThat(cluster.get(0).get(1).toString()).hasSize(36);
        assertThat(cluster.get(0).subList(3, 6)).containsExactly(Fixtures.START, "community", null);
        assertThat(Fixtures.rows(table("information_schema", "ins_cluster"), ctx)).isEqualTo(cluster);
        assertThat(Fixtures.rows(table("information_schema", "ins_grants"), ctx)).containsExactly(row(
                "TDengine TSDB-OSS", "unlimited", "unlimited", "false", "ungranted", "unlimited", "unlimited",
                "unlimited", "unlimited", "unlimited"));
    }

    @Test
    void configsAndDnodeVariablesHoldTheServerVariables() {
        SystemContext ctx = Fixtures.context(catalog);
        assertThat(Fixtures.rows(table("information_schema", "ins_configs"), ctx))
                .contains(row("enableStrongPassword", "1"), row("timezone", "Etc/UTC (UTC, +0000)"))
                .noneMatch(r -> r.get(0).equals("keepColumnName"));
        assertThat(Fixtures.rows(table("information_schema", "ins_dnode_variables"), ctx))
                .contains(row(1L, "enableStrongPassword", "1", "server", "global", ""));
    }

    @Test
    void perfConnectionsHasOneRowPerSession() {
        Session s1 = new Session("root", "power", ZoneId.of("UTC"));
        s1.setApp("java");
        s1.setClientIp("10.0.0.7");
        Session s2 = new Session("alice", null, ZoneId.of("UTC"));
        SystemContext ctx = Fixtures.context(catalog, s2, s1);
        long pid = ProcessHandle.current().pid();
        assertThat(Fixtures.rows(table("performance_schema", "perf_connections"), ctx)).containsExactly(
                row(s1.id(), "root", "taosadapter", pid, "localhost:6030", s1.loginTime(), s1.lastAccess(), "java",
                        "10.0.0.7"),
                row(s2.id(), "alice", "taosadapter", pid, "localhost:6030", s2.loginTime(), s2.lastAccess(), "", ""));
        List<List<Object>> apps = Fixtures.rows(table("performance_schema", "perf_apps"), ctx);
        assertThat(apps).hasSize(1);
        assertThat(apps.get(0).subList(1, 5)).containsExactly("localhost", pid, "taosadapter", Fixtures.START);
    }

    @Test
    void tablesOfThingsThisServerDoesNotHaveAreEmpty() {
        SystemContext ctx = Fixtures.context(catalog);
        for (String name : List.of("ins_topics", "ins_subscriptions", "ins_functions", "ins_streams", "ins_views")) {
            assertThat(table("information_schema", name).rows(ctx).rows()).as(name).isZero();
        }
        for (String name : List.of("perf_consumers", "perf_queries", "perf_trans", "perf_apps")) {
            assertThat(table("performance_schema", name).rows(ctx).rows()).as(name).isZero();
        }
    }
}
