package io.taos4j.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.ScanCounters;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.ServerInfo;
import io.taos4j.server.engine.Session;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.Parser;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Span;
import io.taos4j.server.storage.TableData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans skip child tables whose tags fail the WHERE clause without opening them, and skip chunks outside the WHERE
 * time range without reading them; checked with the tables' scan counters, never with timings.
 */
class ScanPruningTest {
    private static final int TABLES = 6;
    /** Rows per table: three chunks, the last one partly filled. */
    private static final int ROWS = 2 * TableData.CHUNK_ROWS + 100;
    private static final long T0 = 1_704_067_200_000L;

    private static Engine engine;
    private static Session session;

    @BeforeAll
    static void load() {
        engine = new Engine(new ServerInfo("3.3.8.0", System.currentTimeMillis(), ZoneOffset.UTC, "localhost:6030"));
        session = new Session("root", null, ZoneOffset.UTC);
        run("create database prune");
        run("use prune");
        run("create stable meters (ts timestamp, v int) tags (groupid int)");
        for (int t = 0; t < TABLES; t++) {
            StringBuilder sql = new StringBuilder("insert into d" + t + " using meters tags (" + (t % 3) + ") values");
            for (int r = 0; r < ROWS; r++) {
                sql.append(" (").append(T0 + r * 1000L).append(", ").append(r).append(')');
            }
            run(sql.toString());
        }
    }

    private static Object run(String sql) {
        return result(engine.execute(session, sql));
    }

    /** A prepared query with values bound to its placeholders, as the stmt and stmt2 actions run it. */
    private static Object run(String sql, Expr... values) {
        ParsedSql parsed = Parser.parse(sql).withParameters(List.of(values));
        return result(engine.execute(session, parsed));
    }

    private static Object result(Result r) {
        if (r instanceof Result.Query q) {
            try (Operator op = q.rows()) {
                Batch b = op.next();
                return b == null ? null : Values.get(b.column(0), 0, q.fields().get(0).type());
            }
        }
        return ((Result.Update) r).affectedRows();
    }

    private static ScanCounters counters(int table) {
        return ((DataTable) engine.catalog().database("prune").table("d" + table)).scans();
    }

    private static long[] opens() {
        long[] out = new long[TABLES];
        for (int t = 0; t < TABLES; t++) {
            out[t] = counters(t).opens();
        }
        return out;
    }

    @Test
    void tagConditionsOpenOnlyMatchingChildTables() {
        long[] before = opens();
        assertThat(run("select count(*) from meters where groupid = 2 and v >= 0")).isEqualTo(2L * ROWS);
        long[] after = opens();
        for (int t = 0; t < TABLES; t++) {
            assertThat(after[t] - before[t]).as("opens of d" + t).isEqualTo(t % 3 == 2 ? 1 : 0);
        }
    }

    @Test
    void tbnameConditionsOpenOnlyTheNamedTables() {
        long[] before = opens();
        assertThat(run("select count(*) from meters where tbname in ('d1', 'd4')")).isEqualTo(2L * ROWS);
        long[] after = opens();
        for (int t = 0; t < TABLES; t++) {
            assertThat(after[t] - before[t]).as("opens of d" + t).isEqualTo(t == 1 || t == 4 ? 1 : 0);
        }
    }

    @Test
    void timeRangesReadOnlyOverlappingChunks() {
        ScanCounters c = counters(5);
        long read = c.chunksRead();
        long skipped = c.chunksSkipped();
        long rows = c.rowsRead();
        // rows 10..19 lie in the first chunk
        long from = T0 + 10_000L;
        long to = T0 + 19_000L;
        assertThat(run("select count(*) from d5 where ts >= " + from + " and ts <= " + to)).isEqualTo(10L);
        assertThat(c.chunksRead() - read).isEqualTo(1);
        assertThat(c.chunksSkipped() - skipped).isEqualTo(2);
        assertThat(c.rowsRead() - rows).isEqualTo(10);
    }

    /**
     * {@code ts >= ? and ts <= ?} with bound values prunes like the literals: ticks (a TIMESTAMP or BIGINT bind),
     * RFC 3339 text (how the taos4j connector sends an Instant) and BETWEEN.
     */
    @Test
    void boundParametersPruneLikeLiterals() {
        Span at = new Span(0, 0);
        long from = T0 + 10_000L;
        long to = T0 + 19_000L;
        Expr[][] binds = {
            {new Expr.IntLiteral(at, from, false), new Expr.IntLiteral(at, to, false)},
            {new Expr.StringLiteral(at, Instant.ofEpochMilli(from).toString()),
                new Expr.StringLiteral(at, Instant.ofEpochMilli(to).toString())}};
        for (Expr[] values : binds) {
            List<String> sqls = List.of("select count(*) from d4 where ts >= ? and ts <= ?",
                    "select count(*) from d4 where ts between ? and ?",
                    values[0] instanceof Expr.IntLiteral ? "select count(*) from d4 where ? <= ts and ts < ? + 1"
                            : "select count(*) from d4 where ? <= ts and ts <= ?");
            for (String sql : sqls) {
                ScanCounters c = counters(4);
                long read = c.chunksRead();
                long skipped = c.chunksSkipped();
                long rows = c.rowsRead();
                assertThat(run(sql, values)).as(sql).isEqualTo(10L);
                assertThat(c.chunksRead() - read).as(sql).isEqualTo(1);
                assertThat(c.chunksSkipped() - skipped).as(sql).isEqualTo(2);
                assertThat(c.rowsRead() - rows).as(sql).isEqualTo(10);
            }
        }
    }

    /** A tag condition with a bound value opens only the matching child tables, as the literal does. */
    @Test
    void boundTagConditionsOpenOnlyMatchingChildTables() {
        long[] before = opens();
        assertThat(run("select count(*) from meters where groupid = ? and v >= ?",
                new Expr.IntLiteral(new Span(0, 0), 1, false), new Expr.IntLiteral(new Span(0, 0), 0, false)))
                .isEqualTo(2L * ROWS);
        long[] after = opens();
        for (int t = 0; t < TABLES; t++) {
            assertThat(after[t] - before[t]).as("opens of d" + t).isEqualTo(t % 3 == 1 ? 1 : 0);
        }
    }

    /** A fractional bound keeps the rows it admits: {@code ts < x.5} includes the tick below it. */
    @Test
    void fractionalBoundsKeepTheirEdgeRows() {
        Span at = new Span(0, 0);
        double from = T0 + 9_999.5;
        double to = T0 + 19_000.5;
        assertThat(run("select count(*) from d3 where ts > ? and ts < ?", new Expr.DoubleLiteral(at, from),
                new Expr.DoubleLiteral(at, to))).isEqualTo(10L);
        assertThat(run("select count(*) from d3 where ts >= " + from + " and ts <= " + to)).isEqualTo(10L);
    }

    @Test
    void timeAndTagPruningCombineOnSuperTables() {
        long[] before = opens();
        long[] read = new long[TABLES];
        for (int t = 0; t < TABLES; t++) {
            read[t] = counters(t).chunksRead();
        }
        long last = T0 + (ROWS - 1) * 1000L;
        assertThat(run("select count(*) from meters where groupid = 0 and ts > " + (last - 5000))).isEqualTo(10L);
        for (int t = 0; t < TABLES; t++) {
            boolean match = t % 3 == 0;
            assertThat(opens()[t] - before[t]).isEqualTo(match ? 1 : 0);
            assertThat(counters(t).chunksRead() - read[t]).isEqualTo(match ? 1 : 0);
        }
    }

    @Test
    void joinsSkipChildTablesByWhereTagConditions() {
        long[] before = opens();
        // group 1 holds d1 and d4: per timestamp 2 x 2 pairs
        assertThat(run("select count(*) from meters a join meters b on a.ts = b.ts and a.groupid = b.groupid"
                + " where a.groupid = 1 and b.groupid = 1")).isEqualTo(4L * ROWS);
        long[] after = opens();
        for (int t = 0; t < TABLES; t++) {
            assertThat(after[t] - before[t]).as("opens of d" + t).isEqualTo(t % 3 == 1 ? 2 : 0);
        }
    }

    @Test
    void lastRowReadsOnlyTheNewestRowOfEachTable() {
        long[] rows = new long[TABLES];
        for (int t = 0; t < TABLES; t++) {
            rows[t] = counters(t).rowsRead();
        }
        assertThat(run("select last_row(v) from meters")).isEqualTo(ROWS - 1L);
        assertThat(run("select last_row(v) from meters partition by tbname")).isEqualTo(ROWS - 1L);
        assertThat(run("select last_row(ts) from d3")).isEqualTo(T0 + (ROWS - 1) * 1000L);
        for (int t = 0; t < TABLES; t++) {
            assertThat(counters(t).rowsRead() - rows[t]).as("rows read of d" + t).isEqualTo(t == 3 ? 3 : 2);
        }
        // a time range still applies: the newest row inside it
        long to = T0 + 500_000L;
        assertThat(run("select last_row(v) from d2 where ts <= " + to)).isEqualTo(500L);
        // a filter on data columns needs every row
        long before = counters(1).rowsRead();
        assertThat(run("select last_row(v) from d1 where v < 7")).isEqualTo(6L);
        assertThat(counters(1).rowsRead() - before).isEqualTo(ROWS);
    }
}
