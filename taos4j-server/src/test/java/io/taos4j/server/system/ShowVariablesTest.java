package io.taos4j.server.system;

import static io.taos4j.server.system.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.engine.Session;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SHOW [LOCAL|CLUSTER] VARIABLES and SHOW DNODE n VARIABLES (tdengine-sql.md §11). */
class ShowVariablesTest {
    private final SystemContext ctx = Fixtures.context(Fixtures.catalog());

    @Test
    void columnsAsObserved() {
        assertThat(Fixtures.describe(ShowVariables.local(ctx, null).fields())).containsExactly("name VARCHAR(30)",
                "value VARCHAR(4094)", "scope VARCHAR(6)", "category VARCHAR(6)", "info VARCHAR(62)");
        assertThat(Fixtures.describe(ShowVariables.dnode(ctx, 1, null).fields())).containsExactly("dnode_id INT",
                "name VARCHAR(32)", "value VARCHAR(4096)", "scope VARCHAR(8)", "category VARCHAR(8)",
                "info VARCHAR(64)");
    }

    @Test
    void observedRows() {
        assertThat(Fixtures.rows(ShowVariables.cluster(ctx, "timezone"))).containsExactly(
                row("timezone", "Etc/UTC (UTC, +0000)", "both", "global", ""));
        assertThat(Fixtures.rows(ShowVariables.local(ctx, "keepColumnName"))).containsExactly(
                row("keepColumnName", "0", "client", "local", ""));
        assertThat(Fixtures.rows(ShowVariables.cluster(ctx, "enableStrongPassword"))).containsExactly(
                row("enableStrongPassword", "1", "server", "global", ""));
    }

    @Test
    void localAndClusterSplitByScope() {
        List<Object> local = Fixtures.rows(ShowVariables.local(ctx, null)).stream().map(r -> r.get(2)).toList();
        List<Object> cluster = Fixtures.rows(ShowVariables.cluster(ctx, null)).stream().map(r -> r.get(2)).toList();
        assertThat(local).contains("client", "both").doesNotContain("server");
        assertThat(cluster).contains("server", "both").doesNotContain("client");
        assertThat(local.size()).isGreaterThan(10);
        assertThat(cluster.size()).isGreaterThan(10);
    }

    @Test
    void likeIsCaseInsensitiveWithWildcards() {
        assertThat(Fixtures.rows(ShowVariables.local(ctx, "KEEPCOLUMN%"))).extracting(r -> r.get(0))
                .containsExactly("keepColumnName");
        assertThat(Fixtures.rows(ShowVariables.cluster(ctx, "%ep"))).extracting(r -> r.get(0))
                .containsExactly("firstEp", "secondEp");
        assertThat(Fixtures.rows(ShowVariables.local(ctx, "nothing%"))).isEmpty();
    }

    @Test
    void dnodeVariables() {
        assertThat(Fixtures.rows(ShowVariables.dnode(ctx, 1, "firstEp"))).containsExactly(
                row(1L, "firstEp", "localhost:6030", "both", "global", ""));
        assertThat(Fixtures.rows(ShowVariables.dnode(ctx, 2, null))).isEmpty();
    }

    @Test
    void timezoneOfTheSession() {
        Session s = new Session("root", null, ZoneId.of("Asia/Shanghai"));
        SystemContext shanghai = Fixtures.context(Fixtures.catalog(), s);
        assertThat(Fixtures.rows(ShowVariables.local(shanghai, "timezone")).get(0).get(1))
                .isEqualTo("Asia/Shanghai (CST, +0800)");
        assertThat(Variables.timezone(ZoneOffset.UTC)).isEqualTo("Etc/UTC (UTC, +0000)");
        assertThat(Variables.timezone(ZoneId.of("UTC"))).isEqualTo("Etc/UTC (UTC, +0000)");
    }
}
