package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.TaosType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classic {@link Stmt} written once and run against every transport: per-table binds with tags, field
 * descriptions, reuse, a parameterised query, async twins and errors. Every write is read back with plain SQL.
 */
abstract class StmtContract {
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    abstract String dsn();

    protected Taos taos;
    private String db;

    @BeforeEach
    void connect() {
        taos = TaosBuilder.fromDsn(dsn()).property(TaosProperty.TIMEZONE, "UTC").build();
        db = "s1_" + getClass().getSimpleName().toLowerCase() + "_" + System.nanoTime();
        taos.execMany("CREATE DATABASE " + db, "USE " + db);
        taos.exec("create stable meters (ts timestamp, current float, voltage int, note nchar(8))"
                + " tags (location varchar(24), groupid int)");
    }

    @AfterEach
    void disconnect() {
        if (!taos.isClosed()) {
            taos.exec("DROP DATABASE IF EXISTS " + db);
        }
        taos.close();
    }

    @Test
    void insertsTableByTableWithTagsAndIsReusable() {
        try (Stmt stmt = taos.stmt()) {
            stmt.prepare("INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?, ?)");
            assertThat(stmt.isInsert()).isTrue();
            for (int cycle = 0; cycle < 2; cycle++) {
                for (int t = 0; t < 3; t++) {
                    stmt.setTableName("d" + t);
                    stmt.setTags("City" + t, t == 2 ? null : t);
                    int n = 10;
                    List<Instant> ts = new ArrayList<>();
                    float[] current = new float[n];
                    List<Integer> voltage = new ArrayList<>();
                    List<String> notes = new ArrayList<>();
                    for (int r = 0; r < n; r++) {
                        ts.add(T0.plusSeconds(cycle * 100L + r));
                        current[r] = r / 2f;
                        voltage.add(r == 0 ? null : 200 + r);
                        notes.add("ñ" + r);
                    }
                    stmt.bind(ColumnView.ofInstants(ts), ColumnView.ofFloats(current), ColumnView.ofInts(voltage),
                            ColumnView.ofStrings(notes));
                    stmt.addBatch();
                }
                assertThat(stmt.execute()).isEqualTo(30);
            }
        }
        assertThat(taos.query("select count(*), count(voltage) from meters").iterator().next().getLong(1))
                .isEqualTo(54);
        try (ResultSet rs = taos.query("select tbname, location, groupid, note, current from meters"
                + " where ts = '2024-01-01 00:01:43' order by tbname")) {
            List<String> rows = new ArrayList<>();
            rs.forEach(r -> rows.add(r.getString(0) + "|" + r.getString(1) + "|" + r.getObject(2) + "|"
                    + r.getString(3) + "|" + r.getFloat(4)));
            assertThat(rows).containsExactly("d0|City0|0|ñ3|1.5", "d1|City1|1|ñ3|1.5", "d2|City2|null|ñ3|1.5");
        }
    }

    @Test
    void describesItsPlaceholders() throws Exception {
        try (Stmt stmt = taos.stmt()) {
            stmt.prepareAsync("INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?, ?)")
                    .thenCompose(v -> stmt.setTableNameAsync("d9")).get(30, TimeUnit.SECONDS);
            assertThat(stmt.tagFields()).containsExactly(
                    new StmtField("location", TaosType.VARCHAR, 26, 0, 0, StmtField.Kind.TAG),
                    new StmtField("groupid", TaosType.INT, 4, 0, 0, StmtField.Kind.TAG));
            assertThat(stmt.columnFields()).extracting(StmtField::name, StmtField::type, StmtField::bytes)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ts", TaosType.TIMESTAMP, 8),
                            org.assertj.core.groups.Tuple.tuple("current", TaosType.FLOAT, 4),
                            org.assertj.core.groups.Tuple.tuple("voltage", TaosType.INT, 4),
                            org.assertj.core.groups.Tuple.tuple("note", TaosType.NCHAR, 34));
            assertThat(stmt.parameterCountAsync().get(30, TimeUnit.SECONDS)).isEqualTo(4);
        }
    }

    @Test
    void writesAFixedTableAndRunsAQuery() {
        taos.exec("create table nt (ts timestamp, v int, s varchar(8))");
        try (Stmt stmt = taos.stmt()) {
            stmt.prepare("insert into nt values(?, ?, ?)");
            stmt.bind(ColumnView.ofTimestamps(T0.toEpochMilli(), T0.toEpochMilli() + 1, T0.toEpochMilli() + 2),
                    ColumnView.ofInts(1, 2, 3), ColumnView.ofStrings(Arrays.asList("a", null, "c")));
            stmt.addBatch();
            assertThat(stmt.execute()).isEqualTo(3);
            stmt.prepare("select v, s from nt where v >= ? and ts > ? order by ts");
            assertThat(stmt.isInsert()).isFalse();
            stmt.bind(ColumnView.ofInts(2), ColumnView.ofInstants(List.of(T0)));
            stmt.addBatch();
            assertThat(stmt.execute()).isZero();
            try (ResultSet rs = stmt.resultSet()) {
                List<String> rows = new ArrayList<>();
                rs.forEach(r -> rows.add(r.getInt(0) + ":" + r.getString(1)));
                assertThat(rows).containsExactly("2:null", "3:c");
            }
        }
    }

    @Test
    void reportsErrors() {
        try (Stmt stmt = taos.stmt()) {
            assertThatThrownBy(() -> stmt.setTableName("x")).isInstanceOfSatisfying(TaosException.class,
                    e -> assertThat(e.code()).isEqualTo(0x022A));
            stmt.prepare("INSERT INTO ? USING meters TAGS(?, ?) VALUES(?, ?, ?, ?)");
            stmt.setTableName("d1");
            assertThatThrownBy(() -> stmt.setTags("too long for twenty-four chars", 1))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.serverMessage())
                            .isEqualTo("Value too long for column/tag: location"));
            assertThatThrownBy(() -> stmt.setTags("x", "not a number")).isInstanceOfSatisfying(TaosException.class,
                    e -> assertThat(e.serverMessage()).contains("groupid"));
            assertThatThrownBy(() -> stmt.bind(ColumnView.ofInts(1))).isInstanceOfSatisfying(TaosException.class,
                    e -> assertThat(e.code()).isEqualTo(0x0236));
            assertThatThrownBy(stmt::execute).isInstanceOfSatisfying(TaosException.class,
                    e -> assertThat(e.code()).isEqualTo(0x070F));
            assertThatThrownBy(() -> stmt.prepare("insert into nosuch values(?, ?)"))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x2603));
        }
        assertThat(taos.query("select count(*) from meters").iterator().next().getLong(0)).isZero();
    }
}
