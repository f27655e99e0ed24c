package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HikariCP over our DataSource and over our driver, and Spring's JdbcTemplate on top, with and without
 * parameters (parameterised statements run on stmt2; a parameterised batch is one multi-row bind).
 */
class PoolAndSpringTest {

    private static HikariDataSource poolOverDataSource() {
        TaosDataSource ds = new TaosDataSource();
        ds.setUrl(TestServer.wsUrl(""));
        HikariConfig config = new HikariConfig();
        config.setDataSource(ds);
        config.setMaximumPoolSize(2);
        config.setPoolName("taos4j-ds");
        return new HikariDataSource(config);
    }

    @Test
    void hikariPoolsConnectionsOfOurDataSource() throws SQLException {
        try (HikariDataSource pool = poolOverDataSource()) {
            for (int i = 0; i < 5; i++) {
                try (Connection c = pool.getConnection(); Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select server_version()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(TestServer.get().version());
                    assertThat(c.isValid(5)).isTrue();
                }
            }
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isBetween(1, 2);
        }
    }

    @Test
    void hikariUsesOurDriverByUrl() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestServer.taos4jUrl(""));
        config.setDriverClassName(TaosDriver.class.getName());
        config.setMaximumPoolSize(2);
        config.addDataSourceProperty("timezone", "UTC");
        try (HikariDataSource pool = new HikariDataSource(config); Connection c = pool.getConnection()) {
            assertThat(c.isWrapperFor(io.taos4j.Taos.class)).isTrue();
            c.setNetworkTimeout(Runnable::run, 10_000);
            assertThat(c.getNetworkTimeout()).isEqualTo(10_000);
        }
    }

    @Test
    void jdbcTemplateBatchUpdatesAndQueries() {
        try (HikariDataSource pool = poolOverDataSource()) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("drop database if exists spring_db");
            jdbc.execute("create database spring_db");
            jdbc.execute("create stable spring_db.sp_meters (ts timestamp, current float, voltage int)"
                    + " tags (location varchar(24))");
            int[] counts = jdbc.batchUpdate(
                    "insert into spring_db.sp_d1 using spring_db.sp_meters tags ('SF') values"
                            + " ('2024-01-01 00:00:00', 10.5, 220) ('2024-01-01 00:00:01', 11.0, 221)",
                    "insert into spring_db.sp_d2 using spring_db.sp_meters tags ('LA') values"
                            + " ('2024-01-01 00:00:00', 9.5, 219)");
            assertThat(counts).containsExactly(2, 1);
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select location, count(*) n, sum(voltage) v from spring_db.sp_meters group by location"
                            + " order by location");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("location", "LA").containsEntry("n", 1L).containsEntry("v", 219L);
            assertThat(rows.get(1)).containsEntry("location", "SF").containsEntry("n", 2L).containsEntry("v", 441L);
            assertThat(jdbc.queryForObject("select count(*) from spring_db.sp_meters", Long.class)).isEqualTo(3L);
            assertThat(jdbc.queryForList("select voltage from spring_db.sp_d1 order by ts", Integer.class))
                    .containsExactly(220, 221);
            assertThat(jdbc.update("insert into spring_db.sp_d1 values ('2024-01-01 00:00:02', 12.0, 222)"))
                    .isEqualTo(1);
            assertThatThrownBy(() -> jdbc.queryForList("select * from spring_db.no_such_table"))
                    .isInstanceOf(BadSqlGrammarException.class);
        }
    }

    @Test
    void jdbcTemplateBindsParameters() {
        try (HikariDataSource pool = poolOverDataSource()) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("drop database if exists spring_ps");
            jdbc.execute("create database spring_ps");
            jdbc.execute("create stable spring_ps.ps_meters (ts timestamp, current float, voltage int)"
                    + " tags (location varchar(24))");
            List<Object[]> args = new java.util.ArrayList<>();
            java.time.Instant t0 = java.time.Instant.parse("2024-01-01T00:00:00Z");
            for (int i = 0; i < 6; i++) {
                args.add(new Object[] {"spring_ps.d" + i % 2, i % 2 == 0 ? "SF" : "LA",
                    java.sql.Timestamp.from(t0.plusSeconds(i)), 10.5f + i, i % 3 == 0 ? null : 220 + i});
            }
            int[] counts = jdbc.batchUpdate("insert into ? using spring_ps.ps_meters tags (?) values (?, ?, ?)", args);
            assertThat(counts).hasSize(6);
            assertThat(jdbc.update("insert into spring_ps.d0 values (?, ?, ?)", t0.plusSeconds(60), 1.0f, 1))
                    .isEqualTo(1);
            List<Map<String, Object>> rows = jdbc.queryForList("select location, count(*) n, count(voltage) v"
                    + " from spring_ps.ps_meters where ts >= ? group by location order by location", t0);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("location", "LA").containsEntry("n", 3L).containsEntry("v", 2L);
            assertThat(rows.get(1)).containsEntry("location", "SF").containsEntry("n", 4L).containsEntry("v", 3L);
            assertThat(jdbc.queryForObject("select voltage from spring_ps.d1 where ts = ?", Integer.class,
                    java.sql.Timestamp.from(t0.plusSeconds(1)))).isEqualTo(221);
            assertThat(jdbc.queryForList("select voltage from spring_ps.ps_meters where voltage > ? order by ts",
                    Integer.class, 222)).containsExactly(224, 225);
        }
    }
}
