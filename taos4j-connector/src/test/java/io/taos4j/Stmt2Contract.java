package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.TaosType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Stmt2} written once and run against every transport: every type with NULLs, many tables per bind, reuse
 * across bind cycles, records, parameterised queries, async twins, and errors (with nothing of a rejected batch
 * written). Every write is read back with plain SQL.
 */
abstract class Stmt2Contract {
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    abstract String dsn();

    protected Taos taos;
    private String db;

    @BeforeEach
    void connect() {
        taos = TaosBuilder.fromDsn(dsn()).property(TaosProperty.TIMEZONE, "UTC").build();
        db = "s2_" + getClass().getSimpleName().toLowerCase() + "_" + System.nanoTime();
        taos.execMany("CREATE DATABASE " + db, "USE " + db);
    }

    @AfterEach
    void disconnect() {
        if (!taos.isClosed()) {
            taos.exec("DROP DATABASE IF EXISTS " + db);
        }
        taos.close();
    }

    @Test
    void insertsEveryTypeWithNulls() {
        taos.exec("create table t (ts timestamp, b bool, ti tinyint, si smallint, i int, bi bigint,"
                + " uti tinyint unsigned, usi smallint unsigned, ui int unsigned, ubi bigint unsigned, f float,"
                + " d double, vc varchar(16), nc nchar(8), vb varbinary(8), geo geometry(32), d64 decimal(10,2),"
                + " d128 decimal(30,5))");
        byte[] point = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0x40};
        try (Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("insert into t values(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            assertThat(stmt.isInsert()).isTrue();
            assertThat(stmt.fields()).hasSize(18);
            assertThat(stmt.fields().get(13)).isEqualTo(new StmtField("nc", TaosType.NCHAR, 34, 0, 0,
                    StmtField.Kind.COLUMN));
            stmt.bind(TableBind.of(
                    ColumnView.ofInstants(List.of(T0, T0.plusMillis(1))),
                    ColumnView.ofBooleans(Arrays.asList(true, null)),
                    ColumnView.ofBytes(Arrays.asList((byte) -8, null)),
                    ColumnView.ofShorts(Arrays.asList((short) -16, null)),
                    ColumnView.ofInts(Arrays.asList(-32, null)),
                    ColumnView.ofLongs(Arrays.asList(-64L, null)),
                    ColumnView.ofInts(Arrays.asList(250, null)),
                    ColumnView.ofInts(Arrays.asList(65000, null)),
                    ColumnView.ofLongs(Arrays.asList(4_000_000_000L, null)),
                    ColumnView.ofUnsignedLongs(Arrays.asList(new BigInteger("18000000000000000000"), null)),
                    ColumnView.ofFloats(Arrays.asList(1.5f, null)),
                    ColumnView.ofDoubles(Arrays.asList(2.25, null)),
                    ColumnView.ofStrings(Arrays.asList("hello", null)),
                    ColumnView.ofStrings(Arrays.asList("你好ç", null)),
                    ColumnView.ofBinary(Arrays.asList(new byte[] {1, 2}, null)),
                    ColumnView.ofBinary(Arrays.asList(point, null)),
                    ColumnView.ofDecimals(Arrays.asList(new BigDecimal("123.45"), null)),
                    ColumnView.ofDecimals(Arrays.asList(new BigDecimal("-1234567890123.5"), null))));
            assertThat(stmt.execute()).isEqualTo(2);
        }
        try (ResultSet rs = taos.query("select * from t order by ts")) {
            List<Row> rows = new ArrayList<>();
            rs.forEach(rows::add);
            assertThat(rows).hasSize(2);
            Row r = rows.get(0);
            assertThat(r.getInstant("ts")).isEqualTo(T0);
            assertThat(r.getBoolean("b")).isTrue();
            assertThat(r.getObject("ti")).isEqualTo((byte) -8);
            assertThat(r.getObject("si")).isEqualTo((short) -16);
            assertThat(r.getObject("i")).isEqualTo(-32);
            assertThat(r.getObject("bi")).isEqualTo(-64L);
            assertThat(r.getObject("uti")).isEqualTo((short) 250);
            assertThat(r.getObject("usi")).isEqualTo(65000);
            assertThat(r.getObject("ui")).isEqualTo(4_000_000_000L);
            assertThat(r.getObject("ubi")).isEqualTo(new BigInteger("18000000000000000000"));
            assertThat(r.getFloat("f")).isEqualTo(1.5f);
            assertThat(r.getDouble("d")).isEqualTo(2.25);
            assertThat(r.getString("vc")).isEqualTo("hello");
            assertThat(r.getString("nc")).isEqualTo("你好ç");
            assertThat(r.getBytes("vb")).containsExactly(1, 2);
            assertThat(r.getBytes("geo")).isEqualTo(point);
            assertThat(r.getBigDecimal("d64")).isEqualByComparingTo("123.45");
            assertThat(r.getBigDecimal("d128")).isEqualByComparingTo("-1234567890123.5");
            Row nulls = rows.get(1);
            assertThat(nulls.getInstant("ts")).isEqualTo(T0.plusMillis(1));
            for (int c = 1; c < nulls.size(); c++) {
                assertThat(nulls.isNull(c)).as(nulls.fields().get(c).name()).isTrue();
            }
        }
    }

    @Test
    void bindsManyTablesInOneCallAndCreatesChildrenFromTags() {
        taos.exec("create stable meters (ts timestamp, current float, voltage int) tags (location varchar(24),"
                + " groupid int, since timestamp)");
        taos.exec("create table d0 using meters tags ('Old', 0, 0)");
        try (Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("INSERT INTO ? USING meters TAGS(?, ?, ?) VALUES(?, ?, ?)");
            assertThat(stmt.fields()).extracting(StmtField::kind).containsExactly(StmtField.Kind.TABLE_NAME,
                    StmtField.Kind.TAG, StmtField.Kind.TAG, StmtField.Kind.TAG, StmtField.Kind.COLUMN,
                    StmtField.Kind.COLUMN, StmtField.Kind.COLUMN);
            List<TableBind> tables = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int n = 100 + t;
                long[] ts = new long[n];
                float[] current = new float[n];
                int[] voltage = new int[n];
                for (int r = 0; r < n; r++) {
                    ts[r] = T0.toEpochMilli() + r * 1000L;
                    current[r] = r / 4f;
                    voltage[r] = 200 + t;
                }
                tables.add(TableBind.of(db + ".d" + t, Arrays.asList("City" + t, t, T0.plusSeconds(t)),
                        ColumnView.ofTimestamps(ts), ColumnView.ofFloats(current), ColumnView.ofInts(voltage)));
            }
            stmt.bind(tables);
            assertThat(stmt.execute()).isEqualTo(303);
        }
        assertThat(taos.query("select tbname, location, groupid, since, count(*), sum(voltage) from meters"
                + " partition by tbname, location, groupid, since order by tbname", MeterGroup.class))
                .containsExactly(new MeterGroup("d0", "Old", 0, Instant.EPOCH, 100, 100L * 200),
                        new MeterGroup("d1", "City1", 1, T0.plusSeconds(1), 101, 101L * 201),
                        new MeterGroup("d2", "City2", 2, T0.plusSeconds(2), 102, 102L * 202));
    }

    record MeterGroup(String tbname, String location, int groupid, Instant since,
                      @TaosColumn("count(*)") long count, @TaosColumn("sum(voltage)") long sum) {
    }

    record Reading(Instant ts, double val, Integer flag, String note) {
    }

    @Test
    void isReusableAcrossBindCyclesAndPrepares() throws Exception {
        taos.exec("create table r (ts timestamp, val double, flag int, note nchar(10))");
        taos.exec("create stable st (ts timestamp, v int) tags (t int)");
        try (Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("insert into r values(?, ?, ?, ?)");
            long total = 0;
            for (int cycle = 0; cycle < 5; cycle++) {
                List<Reading> rows = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    rows.add(new Reading(T0.plusSeconds(cycle * 10L + i), cycle + i / 10.0,
                            i % 3 == 0 ? null : i, "n" + i));
                }
                stmt.bind(TableBind.of(ColumnView.ofRecords(rows, Reading.class).toArray(ColumnView[]::new)));
                total += stmt.execute();
            }
            assertThat(total).isEqualTo(50);
            stmt.prepareAsync("INSERT INTO st (tbname, ts, v, t) VALUES(?, ?, ?, ?)")
                    .thenCompose(v -> stmt.bindAsync(List.of(TableBind.of("c1", List.of(42),
                            ColumnView.ofInstants(List.of(T0)), ColumnView.ofInts(7)))))
                    .thenCompose(v -> stmt.executeAsync()).get(30, TimeUnit.SECONDS);
        }
        List<Reading> back = taos.query("select * from r order by ts", Reading.class);
        assertThat(back).hasSize(50);
        assertThat(back.get(0)).isEqualTo(new Reading(T0, 0.0, null, "n0"));
        assertThat(back.get(49)).isEqualTo(new Reading(T0.plusSeconds(49), 4.9, null, "n9"));
        try (ResultSet rs = taos.query("select tbname, t, v from st")) {
            Row row = rs.iterator().next();
            assertThat(row.getString(0)).isEqualTo("c1");
            assertThat(row.getInt(1)).isEqualTo(42);
            assertThat(row.getInt(2)).isEqualTo(7);
        }
    }

    @Test
    void runsParameterisedQueries() {
        taos.exec("create table q (ts timestamp, v int, s varchar(10))");
        taos.exec("insert into q values ('2024-01-01 00:00:00', 1, 'a') ('2024-01-01 00:00:01', 2, 'b')"
                + " ('2024-01-01 00:00:02', 2, 'c') ('2024-01-01 00:00:03', 3, 'd')");
        try (Stmt2 stmt = taos.stmt2()) {
            stmt.prepare("select ts, s from q where ts > ? and v = ? order by ts");
            assertThat(stmt.isInsert()).isFalse();
            assertThat(stmt.parameterCount()).isEqualTo(2);
            try (ResultSet rs = stmt.query(T0, 2)) {
                List<String> got = new ArrayList<>();
                rs.forEach(r -> got.add(r.getInstant(0) + ":" + r.getString(1)));
                assertThat(got).containsExactly(T0.plusSeconds(1) + ":b", T0.plusSeconds(2) + ":c");
            }
            try (ResultSet rs = stmt.query(T0.toEpochMilli(), 3)) {
                assertThat(rs.iterator().next().getString("s")).isEqualTo("d");
            }
            stmt.prepare("select count(*) from q where s = ? or s = ?");
            try (ResultSet rs = stmt.query("a", null)) {
                assertThat(rs.iterator().next().getLong(0)).isEqualTo(1);
            }
        }
    }

    @Test
    void queriesNanosecondTablesWithInstants() {
        taos.exec("create database " + db + "_ns precision 'ns'");
        try {
            taos.exec("create table " + db + "_ns.t (ts timestamp, v int)");
            Instant precise = Instant.parse("2024-01-01T00:00:00.123456789Z");
            try (Stmt2 stmt = taos.stmt2()) {
                stmt.prepare("insert into " + db + "_ns.t values(?, ?)");
                assertThat(stmt.fields().get(0).precision()).isEqualTo(2);
                stmt.bind(TableBind.of(ColumnView.ofInstants(List.of(precise, precise.plusNanos(1))),
                        ColumnView.ofInts(1, 2)));
                assertThat(stmt.execute()).isEqualTo(2);
                stmt.prepare("select v from " + db + "_ns.t where ts > ?");
                try (ResultSet rs = stmt.query(precise)) {
                    assertThat(rs.iterator().next().getInt(0)).isEqualTo(2);
                }
            }
        } finally {
            taos.exec("drop database " + db + "_ns");
        }
    }

    @Test
    void reportsErrorsAndWritesNothingOfARejectedBatch() {
        taos.exec("create table e (ts timestamp, v int, s varchar(3))");
        taos.exec("create stable est (ts timestamp, v int) tags (t int)");
        try (Stmt2 stmt = taos.stmt2()) {
            assertThatThrownBy(() -> stmt.bind(TableBind.of(ColumnView.ofInts(1))))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x022A));
            stmt.prepare("insert into e values(?, ?, ?)");
            assertThatThrownBy(() -> stmt.bind(TableBind.of(ColumnView.ofTimestamps(1L), ColumnView.ofStrings(
                    List.of("x")), ColumnView.ofStrings(List.of("y")))))
                    .isInstanceOfSatisfying(TaosException.class, e -> {
                        assertThat(e.code()).isEqualTo(0x0118);
                        assertThat(e.serverMessage()).contains("v is INT");
                    });
            assertThatThrownBy(() -> stmt.bind(TableBind.of(ColumnView.ofTimestamps(1L), ColumnView.ofInts(1))))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0236));
            assertThatThrownBy(() -> stmt.bind(TableBind.of(ColumnView.ofTimestamps(1L), ColumnView.ofLongs(1L << 40),
                    ColumnView.ofStrings(List.of("y")))))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.serverMessage())
                            .contains("out of range for v"));
            long ts = T0.toEpochMilli();
            stmt.bind(TableBind.of(ColumnView.ofTimestamps(ts), ColumnView.ofInts(1), ColumnView.ofStrings(
                    List.of("ok"))));
            assertThatThrownBy(() -> stmt.bind(TableBind.of(ColumnView.ofTimestamps(ts + 1), ColumnView.ofInts(2),
                    ColumnView.ofStrings(List.of("long")))))
                    .isInstanceOfSatisfying(TaosException.class, e -> {
                        assertThat(e.code()).isEqualTo(0x2653);
                        assertThat(e.serverMessage()).isEqualTo("Value too long for column/tag: s");
                    });
            // the rejected bind dropped the batch: nothing to execute, nothing written
            assertThatThrownBy(stmt::execute)
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x070F));
            assertThatThrownBy(() -> stmt.bind(TableBind.of(ColumnView.ofTimestamps(Arrays.asList(ts, null)),
                    ColumnView.ofInts(1, 2), ColumnView.ofStrings(Arrays.asList("a", "b")))))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.serverMessage())
                            .contains("primary timestamp should not be NULL"));
            stmt.prepare("INSERT INTO ? USING est TAGS(?) VALUES(?, ?)");
            assertThatThrownBy(() -> stmt.bind(TableBind.of("e", List.of(1), ColumnView.ofTimestamps(ts),
                    ColumnView.ofInts(1)))).isInstanceOfSatisfying(TaosException.class,
                    e -> assertThat(e.code()).isEqualTo(0x061D));
            stmt.prepare("INSERT INTO ? VALUES(?, ?, ?)");
            assertThatThrownBy(() -> stmt.bind(TableBind.of("nosuch", ColumnView.ofTimestamps(ts),
                    ColumnView.ofInts(1), ColumnView.ofStrings(List.of("a")))))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x2603));
            assertThatThrownBy(() -> stmt.prepare("insert into nosuch values(?, ?)"))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x2603));
        }
        assertThat(taos.query("select count(*) from e").iterator().next().getLong(0)).isZero();
        Stmt2 closed = taos.stmt2();
        closed.close();
        closed.close();
        assertThatThrownBy(() -> closed.prepare("select 1")).isInstanceOf(TaosException.class);
    }
}
