package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prepared stmt2 statements across reconnections, through a proxy that cuts the connection: the statement is made
 * again on the new connection on its next use, held binds are sent again, and an INSERT execution whose outcome is
 * unknown is not (the rules in {@link WsStmt2}'s class comment and the README).
 */
class Stmt2ReconnectTest {
    private static final long T0 = 1_704_067_200_000L;
    private TaosServer server;
    private TcpProxy proxy;

    @BeforeEach
    void start() throws Exception {
        server = TaosServer.builder().port(0).start();
        proxy = new TcpProxy(server.port());
        try (Taos admin = TaosBuilder.fromDsn(server.dsn()).build()) {
            admin.execMany("create database r", "create table r.t (ts timestamp, v int)",
                    "create stable r.st (ts timestamp, v int) tags (g int)");
        }
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        server.close();
    }

    private Taos connect() {
        return TaosBuilder.fromDsn(proxy.dsn() + "/r?reconnect_backoff=50ms").build();
    }

    private static List<String> rows(Taos taos, String sql) {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = taos.query(sql)) {
            for (Row row : rs) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < rs.fields().size(); i++) {
                    s.append(i > 0 ? " " : "").append(row.getString(i));
                }
                out.add(s.toString());
            }
        }
        return out;
    }

    private static TableBind row(long ts, int v) {
        return TableBind.of(ColumnView.ofTimestamps(ts), ColumnView.ofInts(v));
    }

    @Test
    void aCutBetweenPrepareAndBindIsInvisible() {
        try (Taos taos = connect(); Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("insert into t values (?, ?)");
            proxy.cutAll();
            stmt.bind(row(T0, 1));
            assertThat(stmt.execute()).isEqualTo(1);
            assertThat(rows(taos, "select v from t")).containsExactly("1");
            // and the statement keeps working on the new connection
            stmt.bind(row(T0 + 1, 2));
            assertThat(stmt.execute()).isEqualTo(1);
        }
    }

    @Test
    void bindsHeldBeforeACutAreSentAgainOnce() {
        try (Taos taos = connect(); Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("insert into ? using st tags (?) values (?, ?)");
            stmt.bind(TableBind.of("c1", List.of(1), ColumnView.ofTimestamps(T0, T0 + 1), ColumnView.ofInts(1, 2)));
            stmt.bind(TableBind.of("c2", List.of(2), ColumnView.ofTimestamps(T0), ColumnView.ofInts(3)));
            proxy.cutAll();
            stmt.bind(TableBind.of("c1", List.of(1), ColumnView.ofTimestamps(T0 + 2), ColumnView.ofInts(4)));
            assertThat(stmt.execute()).isEqualTo(4);
            assertThat(rows(taos, "select tbname, g, v from st order by tbname, ts"))
                    .containsExactly("c1 1 1", "c1 1 2", "c1 1 4", "c2 2 3");
        }
    }

    @Test
    void aBindInFlightWhenTheConnectionDropsIsReplayed() throws Exception {
        try (Taos taos = connect(); Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("insert into t values (?, ?)");
            stmt.bind(row(T0, 1));
            proxy.pause();
            CompletableFuture<Void> bind = stmt.bindAsync(List.of(row(T0 + 1, 2)));
            Thread.sleep(100);
            proxy.cutAll();
            proxy.resume();
            bind.get(20, TimeUnit.SECONDS);
            assertThat(stmt.execute()).isEqualTo(2);
            assertThat(rows(taos, "select v from t order by ts")).containsExactly("1", "2");
        }
    }

    @Test
    void anInsertExecutionCutInFlightIsNotReplayed() throws Exception {
        try (Taos taos = connect(); Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("insert into t values (?, ?)");
            stmt.bind(row(T0, 1));
            proxy.pause();
            CompletableFuture<Long> exec = stmt.executeAsync();
            Thread.sleep(100);
            proxy.cutAll();
            proxy.resume();
            assertThatThrownBy(() -> exec.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(TaosException.class, e -> {
                        assertThat(e.code()).isEqualTo(0x0213);
                        assertThat(e.getMessage()).contains("may or may not have run");
                    });
            // the proxy held the request: nothing was written, and the binds are gone with the attempt
            assertThat(rows(taos, "select count(*) from t")).containsExactly("0");
            stmt.bind(row(T0 + 5, 5));
            assertThat(stmt.execute()).isEqualTo(1);
            assertThat(rows(taos, "select v from t")).containsExactly("5");
        }
    }

    @Test
    void aQueryExecutionCutInFlightIsReplayed() throws Exception {
        try (Taos taos = connect(); Stmt2 stmt = taos.stmt2()) {
            taos.exec("insert into t values (" + T0 + ", 1) (" + (T0 + 1) + ", 2) (" + (T0 + 2) + ", 3)");
            stmt.prepare("select count(*), sum(v) from t where v >= ?");
            try (ResultSet rs = stmt.query(2)) {
                assertThat(rs.iterator().next().getLong(1)).isEqualTo(5);
            }
            proxy.pause();
            CompletableFuture<ResultSet> query = stmt.queryAsync(1);
            Thread.sleep(100);
            proxy.cutAll();
            proxy.resume();
            try (ResultSet rs = query.get(20, TimeUnit.SECONDS)) {
                Row row = rs.iterator().next();
                assertThat(row.getLong(0)).isEqualTo(3);
                assertThat(row.getLong(1)).isEqualTo(6);
            }
        }
    }

    @Test
    void anExecutedQueryGivesItsResultAfterACut() {
        try (Taos taos = connect(); Stmt2 stmt = taos.stmt2()) {
            taos.exec("insert into t values (" + T0 + ", 1) (" + (T0 + 1) + ", 2)");
            stmt.prepare("select v from t where v > ?");
            stmt.bind(TableBind.of(ColumnView.ofInts(1)));
            stmt.execute();
            proxy.cutAll();
            try (ResultSet rs = stmt.resultSet()) {
                List<Long> values = new ArrayList<>();
                for (Row row : rs) {
                    values.add(row.getLong(0));
                }
                assertThat(values).containsExactly(2L);
            }
        }
    }
}
