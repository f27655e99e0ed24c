package io.taos4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.ScanCounters;
import io.taos4j.server.storage.TableData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A parameterised query over {@code /ws} stmt2 (the official JDBC driver's {@code PreparedStatement}) skips the
 * storage chunks outside its bound time range, as the same query with literals does: checked with the table's scan
 * counters, not with timings.
 */
class BoundQueryPruningTest {
    private static final long T0 = 1_704_067_200_000L;
    /** Three chunks, the last one partly filled. */
    private static final int ROWS = 2 * TableData.CHUNK_ROWS + 100;
    private static TaosServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement()) {
            st.execute("create database bound_prune precision 'ms'");
            st.execute("create table bound_prune.t (ts timestamp, v int)");
            StringBuilder sql = new StringBuilder("insert into bound_prune.t values");
            for (int r = 0; r < ROWS; r++) {
                sql.append(" (").append(T0 + r * 1000L).append(", ").append(r).append(')');
            }
            st.executeUpdate(sql.toString());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url() {
        return "jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/?user=root&password=taosdata";
    }

    private static ScanCounters counters() {
        return ((DataTable) server.engine().catalog().database("bound_prune").table("t")).scans();
    }

    @Test
    void boundTimestampsReadOnlyTheOverlappingChunk() throws SQLException {
        ScanCounters c = counters();
        long read = c.chunksRead();
        long skipped = c.chunksSkipped();
        long rows = c.rowsRead();
        try (Connection conn = DriverManager.getConnection(url());
             PreparedStatement ps = conn.prepareStatement(
                     "select count(*), sum(v) from bound_prune.t where ts > ? and ts < ?")) {
            ps.setTimestamp(1, new Timestamp(T0 + 9_000L));
            ps.setTimestamp(2, new Timestamp(T0 + 20_000L));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(10);
                assertThat(rs.getLong(2)).isEqualTo(10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19);
            }
        }
        assertThat(c.chunksRead() - read).isEqualTo(1);
        assertThat(c.chunksSkipped() - skipped).isEqualTo(2);
        assertThat(c.rowsRead() - rows).isEqualTo(10);
    }
}
