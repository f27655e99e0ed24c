package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector's behaviour, written once and run against every transport (WebSocket over TCP, in-process): each
 * subclass provides a DSN reaching an embedded server.
 */
abstract class TaosContract implements SchemalessContract {

    /** A DSN of a running embedded server, without a database. */
    abstract String dsn();

    protected Taos taos;
    private String db;

    @Override
    public Taos taos() {
        return taos;
    }

    @BeforeEach
    void connect() {
        taos = TaosBuilder.fromDsn(dsn()).property(TaosProperty.TIMEZONE, "UTC").build();
        db = "c_" + getClass().getSimpleName().toLowerCase() + "_" + System.nanoTime();
        taos.execMany("CREATE DATABASE " + db, "USE " + db);
    }

    @AfterEach
    void disconnect() {
        if (!taos.isClosed()) {
            taos.exec("DROP DATABASE IF EXISTS " + db);
        }
        taos.close();
    }

    record Meter(Instant ts, Optional<Float> current, Integer voltage, Float phase, int groupid, String location) {
    }

    @Test
    void runsTheSeedWalkThrough() {
        long inserted = taos.execMany(
                "CREATE TABLE `meters` (`ts` TIMESTAMP, `current` FLOAT, `voltage` INT, `phase` FLOAT) "
                        + "TAGS (`groupid` INT, `location` BINARY(24))",
                "CREATE TABLE `d0` USING `meters` TAGS(0, 'California.LosAngles')",
                "INSERT INTO `d0` values(now - 10s, 10, 116, 0.32)",
                "INSERT INTO `d0` values(now - 8s, NULL, NULL, NULL)",
                "INSERT INTO `d1` USING `meters` TAGS(1, 'California.SanFrancisco') values(now - 9s, 10.1, 119, 0.33)",
                "INSERT INTO `d1` values (now-8s, 10, 120, 0.33) (now - 6s, 10, 119, 0.34) (now - 4s, 11.2, 118, 0.322)");
        assertThat(inserted).isEqualTo(6);
        try (ResultSet rs = taos.query("select * from `meters`")) {
            assertThat(rs.fields()).extracting(Field::name)
                    .containsExactly("ts", "current", "voltage", "phase", "groupid", "location");
            assertThat(rs.fields()).extracting(Field::type).containsExactly(TaosType.TIMESTAMP, TaosType.FLOAT,
                    TaosType.INT, TaosType.FLOAT, TaosType.INT, TaosType.VARCHAR);
            assertThat(rs.fields().get(5).length()).isEqualTo(24);
            List<String> locations = new ArrayList<>();
            int nulls = 0;
            for (Row row : rs) {
                locations.add(row.getString("location"));
                if (row.isNull("current")) {
                    nulls++;
                    assertThat(row.get("current").isNull()).isTrue();
                }
            }
            assertThat(locations).hasSize(6).containsOnly("California.LosAngles", "California.SanFrancisco");
            assertThat(nulls).isEqualTo(1);
        }
        List<Meter> meters = taos.query("select * from `meters`", Meter.class);
        assertThat(meters).hasSize(6);
        assertThat(meters).filteredOn(m -> m.current().isEmpty()).singleElement()
                .satisfies(m -> assertThat(m.voltage()).isNull());
        assertThat(meters).extracting(Meter::groupid).containsOnly(0, 1);
    }

    @Test
    void readsEveryTypeThroughTypedGetters() {
        taos.exec("create table alltypes (ts timestamp, b bool, ti tinyint, si smallint, i int, bi bigint,"
                + " uti tinyint unsigned, usi smallint unsigned, ui int unsigned, ubi bigint unsigned, f float,"
                + " d double, vc varchar(16), nc nchar(8), vb varbinary(8), geo geometry(32), dec decimal(10,2),"
                + " dec2 decimal(30,5))");
        taos.exec("insert into alltypes values ('2024-01-01 00:00:00', true, -8, -16, -32, -64, 250, 65000,"
                + " 4000000000, 18000000000000000000, 1.5, 2.25, 'hello', 'nç', '\\x0102', 'POINT(1 2)', 123.45,"
                + " '-1234.5')");
        taos.exec("insert into alltypes (ts) values ('2024-01-01 00:00:01')");
        try (ResultSet rs = taos.query("select * from alltypes order by ts")) {
            Block block = rs.nextBlock();
            assertThat(block.rows()).isEqualTo(2);
            assertThat(block.getInstant(0, 0)).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(block.getBoolean(1, 0)).isTrue();
            assertThat(block.getObject(2, 0)).isEqualTo((byte) -8);
            assertThat(block.getObject(3, 0)).isEqualTo((short) -16);
            assertThat(block.getObject(4, 0)).isEqualTo(-32);
            assertThat(block.getObject(5, 0)).isEqualTo(-64L);
            assertThat(block.getObject(6, 0)).isEqualTo((short) 250);
            assertThat(block.getObject(7, 0)).isEqualTo(65000);
            assertThat(block.getObject(8, 0)).isEqualTo(4_000_000_000L);
            assertThat(block.getObject(9, 0)).isEqualTo(new BigInteger("18000000000000000000"));
            assertThat(block.getFloat(10, 0)).isEqualTo(1.5f);
            assertThat(block.getDouble(11, 0)).isEqualTo(2.25);
            assertThat(block.getString(12, 0)).isEqualTo("hello");
            assertThat(block.getString(13, 0)).isEqualTo("nç");
            assertThat(block.getBytes(14, 0)).containsExactly(1, 2);
            assertThat(block.getBytes(15, 0)).hasSize(21);
            assertThat(block.getBigDecimal(16, 0)).isEqualByComparingTo(new BigDecimal("123.45"));
            assertThat(block.getBigDecimal(17, 0)).isEqualByComparingTo(new BigDecimal("-1234.5"));
            assertThat(rs.fields().get(16).precision()).isEqualTo(10);
            assertThat(rs.fields().get(16).scale()).isEqualTo(2);
            assertThat(block.getLong(4, 0)).isEqualTo(-32L);
            assertThat(block.getLong(8, 0)).isEqualTo(4_000_000_000L);
            for (int c = 1; c < rs.fields().size(); c++) {
                assertThat(block.isNull(c, 1)).as(rs.fields().get(c).name()).isTrue();
                assertThat(block.getObject(c, 1)).isNull();
                assertThat(block.value(c, 1).isNull()).isTrue();
            }
            Value v = block.value(9, 0);
            assertThat(v.type()).isEqualTo(TaosType.UBIGINT);
            assertThat(v.toString()).isEqualTo("18000000000000000000");
            assertThat(rs.nextBlock()).isNull();
        }
    }

    @Test
    void streamsLargeResultsBlockByBlock() {
        taos.exec("create table big (ts timestamp, v int)");
        long base = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        int rows = 20_000;
        for (int start = 0; start < rows; start += 2_000) {
            StringBuilder sql = new StringBuilder("insert into big values");
            for (int i = start; i < start + 2_000; i++) {
                sql.append(" (").append(base + i).append(", ").append(i).append(')');
            }
            assertThat(taos.exec(sql.toString())).isEqualTo(2_000);
        }
        try (ResultSet rs = taos.query("select * from big")) {
            long sum = 0;
            int count = 0;
            int blocks = 0;
            Block b;
            while ((b = rs.nextBlock()) != null) {
                blocks++;
                assertThat(b.rows()).isLessThanOrEqualTo(4096);
                for (int r = 0; r < b.rows(); r++) {
                    sum += b.getInt(1, r);
                    count++;
                }
            }
            assertThat(count).isEqualTo(rows);
            assertThat(sum).isEqualTo((long) rows * (rows - 1) / 2);
            assertThat(blocks).isGreaterThanOrEqualTo(5);
        }
        assertThat(taos.query("select count(*) from big", CountRow.class))
                .containsExactly(new CountRow(rows));
    }

    record CountRow(@TaosColumn("count(*)") long count) {
    }

    @Test
    void closingEarlyFreesTheResultAndKeepsTheConnectionUsable() {
        taos.exec("create table t (ts timestamp, v int)");
        StringBuilder sql = new StringBuilder("insert into t values");
        for (int i = 0; i < 10_000; i++) {
            sql.append(" ('2024-01-01 00:00:00' + ").append(i).append("a, ").append(i).append(')');
        }
        taos.exec(sql.toString());
        for (int k = 0; k < 20; k++) {
            try (ResultSet rs = taos.query("select * from t")) {
                assertThat(rs.iterator().next().getInt("v")).isEqualTo(0);
            }
        }
        assertThat(taos.query("select count(*) from t").iterator().next().getLong(0)).isEqualTo(10_000);
    }

    @Test
    void reportsTdengineErrorCodes() {
        assertThatThrownBy(() -> taos.query("select * from no_such_table"))
                .isInstanceOfSatisfying(TaosException.class, e -> {
                    assertThat(e.code()).isEqualTo(0x2603);
                    assertThat(e.serverMessage()).isEqualTo("Table does not exist");
                    assertThat(e.reqId()).isNotZero();
                });
        assertThatThrownBy(() -> taos.exec("use no_such_db"))
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x0388));
        assertThatThrownBy(() -> taos.exec("selec 1"))
                .isInstanceOfSatisfying(TaosException.class, e -> {
                    assertThat(e.code()).isEqualTo(0x2600);
                    assertThat(e.serverMessage()).isEqualTo("syntax error near \"selec 1\"");
                });
        // the connection survives errors
        assertThat(taos.query("select 1").iterator().next().getLong(0)).isEqualTo(1);
    }

    @Test
    void tracksTheCurrentDatabase() {
        assertThat(taos.database()).isEqualTo(db);
        taos.exec("create database if not exists other_" + db.substring(2));
        taos.useDatabase("other_" + db.substring(2));
        assertThat(taos.database()).isEqualTo("other_" + db.substring(2));
        try (ResultSet rs = taos.query("select database()")) {
            assertThat(rs.iterator().next().getString(0)).isEqualTo("other_" + db.substring(2));
        }
        taos.exec("drop database other_" + db.substring(2));
    }

    @Test
    void hasAsyncTwins() throws Exception {
        taos.exec("create table a (ts timestamp, v int)");
        CompletableFuture<Long> insert = taos.execAsync("insert into a values ('2024-01-01', 1) ('2024-01-02', 2)");
        assertThat(insert.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        List<Map> rows = taos.queryAsync("select v from a order by ts")
                .thenApply(rs -> {
                    try (rs) {
                        return rs.deserialize(Map.class);
                    }
                }).get(10, TimeUnit.SECONDS);
        assertThat(rows).extracting(m -> m.get("v")).containsExactly(1, 2);
    }

    record Reading(LocalDateTime ts, long v, @TaosColumn("v") Optional<Integer> same) {
    }

    /** A POJO mapped through setters and fields. */
    public static final class Pojo {
        private Instant ts;
        public Integer v;

        public void setTs(Instant ts) {
            this.ts = ts;
        }

        public Instant ts() {
            return ts;
        }
    }

    @Test
    void mapsRowsToRecordsPojosAndMaps() {
        taos.exec("create table m (ts timestamp, v int)");
        taos.exec("insert into m values ('2024-01-01 00:00:00', 7)");
        Reading r = taos.query("select * from m", Reading.class).get(0);
        assertThat(r.ts()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
        assertThat(r.v()).isEqualTo(7);
        assertThat(r.same()).contains(7);
        Pojo p = taos.query("select * from m", Pojo.class).get(0);
        assertThat(p.ts()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(p.v).isEqualTo(7);
        assertThatThrownBy(() -> taos.query("select v from m", Reading.class))
                .isInstanceOf(TaosException.class).hasMessageContaining("field ts").hasMessageContaining("no column");
        record Wrong(Instant ts, String v) {
        }
        assertThat(taos.query("select * from m", Wrong.class).get(0).v()).isEqualTo("7");
        record Bad(Instant ts, Instant v) {
        }
        assertThatThrownBy(() -> taos.query("select * from m", Bad.class))
                .isInstanceOf(TaosException.class).hasMessageContaining("field v").hasMessageContaining("INT");
    }

    @Test
    void resultPrecisionFollowsTheDatabase() {
        taos.exec("create database " + db + "_ns precision 'ns'");
        try {
            taos.exec("create table " + db + "_ns.t (ts timestamp, v int)");
            taos.exec("insert into " + db + "_ns.t values ('2024-01-01 00:00:00.123456789', 1)");
            try (ResultSet rs = taos.query("select ts from " + db + "_ns.t")) {
                assertThat(rs.precision()).isEqualTo(Precision.NANOSECONDS);
                Row row = rs.iterator().next();
                assertThat(row.getInstant(0)).isEqualTo(Instant.parse("2024-01-01T00:00:00.123456789Z"));
                assertThat(row.getLong(0)).isEqualTo(
                        Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L + 123_456_789L);
            }
        } finally {
            taos.exec("drop database " + db + "_ns");
        }
    }

    @Test
    void helpersDescribeCreateAndListWithQuotedNames() throws Exception {
        String odd = db + "_Odd`Name";
        taos.createDatabase(odd, "PRECISION 'us'");
        taos.createDatabase(odd);
        try {
            assertThat(taos.databases()).contains(odd, "information_schema");
            assertThat(taos.databaseExists(odd)).isTrue();
            assertThat(taos.databaseExistsAsync("no_such_" + db).get(10, TimeUnit.SECONDS)).isFalse();
            taos.exec("create stable " + Identifiers.qualified(odd + ".st")
                    + " (ts timestamp, v int) tags (loc varchar(8))");
            assertThat(taos.describe(Identifiers.quote(odd) + ".st"))
                    .containsExactly(new TableColumn("ts", "TIMESTAMP", 8, ""), new TableColumn("v", "INT", 4, ""),
                            new TableColumn("loc", "VARCHAR", 8, "TAG"));
            assertThat(taos.describeAsync(Identifiers.quote(odd) + ".st").get(10, TimeUnit.SECONDS).get(2).isTag())
                    .isTrue();
            taos.useDatabaseAsync(odd).get(10, TimeUnit.SECONDS);
            assertThat(taos.database()).isEqualTo(odd);
            assertThat(taos.topics()).isEmpty();
            assertThat(taos.serverVersion()).isNotBlank();
        } finally {
            taos.exec("drop database " + Identifiers.quote(odd));
        }
    }

    @Test
    void sendsTheCallersRequestId() {
        long reqId = 0x1234_5678_9ABCL;
        assertThatThrownBy(() -> taos.query("select * from no_such_table", reqId))
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.reqId()).isEqualTo(reqId));
        assertThatThrownBy(() -> taos.exec("insert into no_such_table values (now, 1)", reqId + 1))
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.reqId()).isEqualTo(reqId + 1));
        try (ResultSet rs = taos.query("select 1", reqId + 2)) {
            assertThat(rs.iterator().next().getLong(0)).isEqualTo(1);
        }
    }

    @Test
    void closeIsIdempotentAndFailsLaterCalls() {
        Taos other = TaosBuilder.fromDsn(dsn()).build();
        other.close();
        other.close();
        assertThat(other.isClosed()).isTrue();
        assertThatThrownBy(() -> other.exec("select 1")).isInstanceOf(TaosException.class);
        assertThat(ZoneOffset.UTC).isNotNull();
    }
}
