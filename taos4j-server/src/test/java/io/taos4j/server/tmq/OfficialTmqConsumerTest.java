package io.taos4j.server.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taosdata.jdbc.tmq.ConsumerRecord;
import com.taosdata.jdbc.tmq.TaosConsumer;
import com.taosdata.jdbc.tmq.TopicPartition;
import io.taos4j.server.TaosServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official {@code com.taosdata.jdbc.tmq.TaosConsumer} 3.7.9 (WebSocket) consuming from the embedded server:
 * query, super-table and database topics; commit, seek, assignment, position, committed; consumer groups.
 */
class OfficialTmqConsumerTest {
    private static final AtomicInteger GROUPS = new AtomicInteger();
    private static TaosServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        sql(server, "create database tq vgroups 2",
                "create stable tq.meters (ts timestamp, v int, note varchar(10)) tags (g int)",
                "create topic tq_query as select ts, v from tq.meters where v >= 5",
                "create topic tq_stable as stable tq.meters where g = 1",
                "create topic tq_db as database tq");
        // 10 rows in each of 4 child tables; v = 0..39, unique
        for (int t = 0; t < 4; t++) {
            StringBuilder insert = new StringBuilder("insert into tq.d" + t + " using tq.meters tags(" + t + ") values");
            for (int i = 0; i < 10; i++) {
                insert.append(" (").append(1_700_000_000_000L + i * 1000L).append(", ").append(t * 10 + i)
                        .append(", 'n").append(i).append("')");
            }
            sql(server, insert.toString());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void sql(TaosServer s, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:TAOS-WS://127.0.0.1:" + s.port()
                + "/?user=root&password=taosdata"); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    static TaosConsumer<Map<String, Object>> consumer(TaosServer s, String group, String topic, String... more)
            throws SQLException {
        Properties p = new Properties();
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.setProperty(more[i], more[i + 1]);
        }
        p.setProperty("td.connect.type", "ws");
        p.setProperty("bootstrap.servers", "127.0.0.1:" + s.port());
        p.setProperty("td.connect.user", "root");
        p.setProperty("td.connect.pass", "taosdata");
        p.setProperty("group.id", group);
        p.setProperty("auto.offset.reset", "earliest");
        p.setProperty("enable.auto.commit", "false");
        p.setProperty("value.deserializer", "com.taosdata.jdbc.tmq.MapDeserializer");
        TaosConsumer<Map<String, Object>> c = new TaosConsumer<>(p);
        if (topic != null) {
            c.subscribe(List.of(topic));
        }
        return c;
    }

    static String group() {
        return "g" + GROUPS.incrementAndGet();
    }

    /** Polls until {@code expected} records arrived, then once more to see that nothing else comes. */
    static List<Map<String, Object>> drain(TaosConsumer<Map<String, Object>> c, int expected) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        int idle = 0;
        while (out.size() < expected && idle < 50) {
            int before = out.size();
            for (ConsumerRecord<Map<String, Object>> r : c.poll(Duration.ofMillis(100))) {
                out.add(r.value());
            }
            idle = out.size() == before ? idle + 1 : 0;
        }
        for (ConsumerRecord<Map<String, Object>> r : c.poll(Duration.ofMillis(200))) {
            out.add(r.value());
        }
        return out;
    }

    static Set<Integer> values(List<Map<String, Object>> rows) {
        Set<Integer> v = new HashSet<>();
        for (Map<String, Object> r : rows) {
            v.add(((Number) r.get("v")).intValue());
        }
        return v;
    }

    @Test
    void queryTopicDeliversTheFilteredProjection() throws SQLException {
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), "tq_query")) {
            List<Map<String, Object>> rows = drain(c, 35);
            assertThat(rows).hasSize(35);
            assertThat(rows.get(0).keySet()).containsExactlyInAnyOrder("ts", "v");
            assertThat(values(rows)).hasSize(35).allMatch(v -> v >= 5);
        }
    }

    @Test
    void stableTopicDeliversTheMatchingChildTables() throws SQLException {
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), "tq_stable")) {
            List<Map<String, Object>> rows = drain(c, 10);
            assertThat(rows).hasSize(10);
            assertThat(values(rows)).containsExactlyInAnyOrder(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
            assertThat(rows.get(0).keySet()).containsExactlyInAnyOrder("ts", "v", "note");
        }
    }

    @Test
    void databaseTopicDeliversEveryRowOnce() throws SQLException {
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), "tq_db")) {
            List<Map<String, Object>> rows = drain(c, 40);
            assertThat(rows).hasSize(40);
            assertThat(values(rows)).hasSize(40);
            assertThat(c.subscription()).containsExactly("tq_db");
        }
    }

    @Test
    void commitSeekAssignmentPositionCommitted() throws SQLException {
        String group = group();
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group, "tq_db")) {
            Set<TopicPartition> parts = c.assignment();
            assertThat(parts).hasSize(2);
            for (TopicPartition tp : parts) {
                // JDBC passes the "no committed offset" marker through
                assertThat(c.committed(tp).offset()).isEqualTo(io.taos4j.protocol.tmq.TmqResponse.OFFSET_INVALID);
            }
            assertThat(drain(c, 40)).hasSize(40);
            Map<TopicPartition, Long> ends = c.endOffsets("tq_db");
            for (TopicPartition tp : parts) {
                assertThat(c.position(tp)).isEqualTo(ends.get(tp));
            }
            c.commitSync();
            for (TopicPartition tp : parts) {
                assertThat(c.committed(tp).offset()).isEqualTo(ends.get(tp));
            }
            c.seekToBeginning(parts);
            assertThat(drain(c, 40)).hasSize(40);
            TopicPartition first = parts.iterator().next();
            c.seek(first, ends.get(first));
            assertThat(c.position(first)).isEqualTo(ends.get(first));
        }
        try (TaosConsumer<Map<String, Object>> again = consumer(server, group, "tq_db")) {
            assertThat(drain(again, 0)).isEmpty(); // everything was committed
        }
    }

    @Test
    void aConsumerThatStopsWithoutCommittingLeavesItsRowsToTheGroup() throws SQLException {
        String group = group();
        try (TaosConsumer<Map<String, Object>> a = consumer(server, group, "tq_db")) {
            assertThat(drain(a, 40)).hasSize(40);
        }
        try (TaosConsumer<Map<String, Object>> b = consumer(server, group, "tq_db")) {
            assertThat(drain(b, 40)).hasSize(40);
        }
    }

    @Test
    void twoConsumersSplitTheVgroupsAndSeeEveryRowExactlyOnce() throws SQLException {
        String group = group();
        try (TaosConsumer<Map<String, Object>> a = consumer(server, group, "tq_db");
             TaosConsumer<Map<String, Object>> b = consumer(server, group, "tq_db")) {
            assertThat(a.assignment()).hasSize(1);
            assertThat(b.assignment()).hasSize(1);
            assertThat(a.assignment()).doesNotContainAnyElementsOf(b.assignment());
            List<Map<String, Object>> all = new ArrayList<>();
            for (int i = 0; i < 50 && all.size() < 40; i++) {
                for (ConsumerRecord<Map<String, Object>> r : a.poll(Duration.ofMillis(50))) {
                    all.add(r.value());
                }
                for (ConsumerRecord<Map<String, Object>> r : b.poll(Duration.ofMillis(50))) {
                    all.add(r.value());
                }
            }
            assertThat(all).hasSize(40);
            assertThat(values(all)).hasSize(40);
            a.commitSync();
            b.commitSync();
        }
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group, "tq_db")) {
            assertThat(drain(c, 0)).isEmpty();
        }
    }

    @Test
    void metaTopicWithBatchMetaDeliversDdlRecordsThenRows() throws SQLException {
        sql(server, "create database tm vgroups 1", "create topic tm_meta with meta as database tm",
                "create stable tm.st (ts timestamp, v int) tags (t1 int, t2 varchar(8))",
                "create table tm.c1 using tm.st tags(1, 'a')",
                "insert into tm.c1 values (1700000000000, 7)");
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), null, "enable_batch_meta", "1")) {
            c.subscribe(List.of("tm_meta"));
            List<String> metas = new ArrayList<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 50 && rows.isEmpty(); i++) {
                for (ConsumerRecord<Map<String, Object>> r : c.poll(Duration.ofMillis(100))) {
                    if (r.getMeta() != null) {
                        metas.add(r.getMeta().getClass().getSimpleName() + " " + r.getMeta().getTableName());
                    } else {
                        rows.add(r.value());
                    }
                }
            }
            assertThat(metas).containsExactly("MetaCreateSuperTable st", "MetaCreateChildTable c1");
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("v")).isEqualTo(7);
        }
    }

    @Test
    void autoCreatingInsertIsOneMetaDataMessageThatJdbcTurnsIntoRowsOnly() throws SQLException {
        autoCreateSql(server, "tac");
        assertAutoCreateRecords(server, "tac");
    }

    @Test
    void autoCreationIsKeptInTheDurableLogAcrossARestart(@TempDir Path dir) throws SQLException {
        try (TaosServer s = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).dataDir(dir).start()) {
            autoCreateSql(s, "tad");
            assertAutoCreateRecords(s, "tad");
        }
        try (TaosServer s = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).dataDir(dir).start()) {
            assertAutoCreateRecords(s, "tad");
        }
    }

    private static void autoCreateSql(TaosServer s, String db) throws SQLException {
        sql(s, "create database " + db + " vgroups 1", "create topic " + db + "_meta with meta as database " + db,
                "create stable " + db + ".st (ts timestamp, v int) tags (t1 int)",
                "create table " + db + ".c1 using " + db + ".st tags(1)",
                "insert into " + db + ".c1 values (1700000000000, 1)",
                "insert into " + db + ".c2 using " + db + ".st tags(2) values (1700000000000, 2) "
                        + db + ".c3 using " + db + ".st tags(3) values (1700000000000, 3) "
                        + db + ".c1 values (1700000001000, 4)",
                "create table " + db + ".c4 using " + db + ".st tags(4)",
                "insert into " + db + ".c4 values (1700000000000, 5)");
    }

    /** Explicit creates are meta records; the auto-created c2 and c3 come with their rows only (type 3). */
    private static void assertAutoCreateRecords(TaosServer s, String db) throws SQLException {
        try (TaosConsumer<Map<String, Object>> c = consumer(s, group(), null, "enable_batch_meta", "1")) {
            c.subscribe(List.of(db + "_meta"));
            List<String> metas = new ArrayList<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 50 && rows.size() < 5; i++) {
                for (ConsumerRecord<Map<String, Object>> r : c.poll(Duration.ofMillis(100))) {
                    if (r.getMeta() != null) {
                        metas.add(r.getMeta().getClass().getSimpleName() + " " + r.getMeta().getTableName());
                    } else {
                        rows.add(r.value());
                    }
                }
            }
            assertThat(metas).containsExactly("MetaCreateSuperTable st", "MetaCreateChildTable c1",
                    "MetaCreateChildTable c4");
            assertThat(values(rows)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
            assertThat(rows).hasSize(5);
        }
    }

    @Test
    void altersReachMetaTopicsAsAlterRecords() throws SQLException {
        sql(server, "create database ta vgroups 1", "create topic ta_meta with meta as database ta",
                "create stable ta.st (ts timestamp, v int) tags (t1 int, t2 varchar(8))",
                "create table ta.c1 using ta.st tags(1, 'a')",
                "alter stable ta.st add column v2 double",
                "alter table ta.c1 set tag t1 = 5",
                "alter stable ta.st modify tag t2 varchar(16)",
                "alter stable ta.st rename tag t1 g1",
                "alter stable ta.st drop column v2",
                "create table ta.n (ts timestamp, a int)",
                "alter table ta.n add column b varchar(4)",
                "alter table ta.n rename column a a2",
                "insert into ta.c1 values (1700000000000, 7)");
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), null, "enable_batch_meta", "1")) {
            c.subscribe(List.of("ta_meta"));
            List<String> metas = new ArrayList<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 50 && rows.isEmpty(); i++) {
                for (ConsumerRecord<Map<String, Object>> r : c.poll(Duration.ofMillis(100))) {
                    if (r.getMeta() instanceof com.taosdata.jdbc.ws.tmq.meta.MetaAlterTable a) {
                        metas.add("alter " + a.getTableName() + " " + a.getAlterType() + " " + a.getColName()
                                + (a.getColNewName() == null ? "" : ">" + a.getColNewName())
                                + (a.getAlterType() == 4 ? "=" + a.getColValue() : "")
                                + (a.getColLength() == 0 ? "" : "(" + a.getColLength() + ")"));
                    } else if (r.getMeta() != null) {
                        metas.add(r.getMeta().getClass().getSimpleName() + " " + r.getMeta().getTableName());
                    } else {
                        rows.add(r.value());
                    }
                }
            }
            assertThat(metas).containsExactly("MetaCreateSuperTable st", "MetaCreateChildTable c1",
                    "alter st 5 v2", "alter c1 4 t1=5", "alter st 8 t2(16)", "alter st 3 t1>g1", "alter st 6 v2",
                    "MetaCreateNormalTable n", "alter n 5 b(4)", "alter n 10 a>a2");
            assertThat(rows).hasSize(1);
        }
    }

    @Test
    void tablesOfDifferentSchemasComeInSeparateMessages() throws SQLException {
        sql(server, "create database tmix vgroups 1", "create stable tmix.s (ts timestamp, v int) tags (g int)",
                "create table tmix.n (ts timestamp, name varchar(8), x double)",
                "insert into tmix.a using tmix.s tags(1) values (1700000000000, 1)",
                "insert into tmix.n values (1700000000000, 'one', 1.5)",
                "insert into tmix.a values (1700000001000, 2)",
                "insert into tmix.n values (1700000001000, 'two', 2.5)",
                "create topic tmix_db as database tmix");
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), "tmix_db")) {
            List<Map<String, Object>> rows = drain(c, 4);
            assertThat(rows).hasSize(4);
            // the driver's map deserializer hands VARCHAR values over as bytes
            assertThat(rows).filteredOn(r -> r.containsKey("name"))
                    .extracting(r -> new String((byte[]) r.get("name"), java.nio.charset.StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrder("one", "two");
            assertThat(rows).filteredOn(r -> r.containsKey("v")).extracting(r -> r.get("v"))
                    .containsExactlyInAnyOrder(1, 2);
        }
    }

    @Test
    void preparedStatementAndSchemalessWritesAreInTheLogToo() throws SQLException {
        sql(server, "create database tw vgroups 1", "create table tw.t (ts timestamp, v int)",
                "create topic tw_db as database tw");
        try (Connection c = DriverManager.getConnection("jdbc:TAOS-WS://127.0.0.1:" + server.port()
                + "/tw?user=root&password=taosdata")) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("insert into tw.t values (?, ?)")) {
                for (int i = 0; i < 3; i++) {
                    ps.setTimestamp(1, new java.sql.Timestamp(1_700_000_000_000L + i));
                    ps.setInt(2, 100 + i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            ((com.taosdata.jdbc.AbstractConnection) c).write(new String[] {"sml,host=h1 v=200i32 1700000000000",
                    "sml,host=h1 v=201i32 1700000001000"}, com.taosdata.jdbc.enums.SchemalessProtocolType.LINE,
                    com.taosdata.jdbc.enums.SchemalessTimestampType.MILLI_SECONDS);
        }
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), "tw_db")) {
            assertThat(values(drain(c, 5))).containsExactlyInAnyOrder(100, 101, 102, 200, 201);
        }
    }

    @Test
    void unknownTopicIsTDenginesError() throws SQLException {
        try (TaosConsumer<Map<String, Object>> c = consumer(server, group(), null)) {
            assertThatThrownBy(() -> c.subscribe(List.of("no_such_topic")))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("subscribe topic error, code: (0x3e1), message: Topic not exist");
        }
    }

    @Test
    void afterCommitAndRestartNothingCommittedComesBack(@TempDir Path dir) throws SQLException {
        String group = group();
        try (TaosServer s = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).dataDir(dir).start()) {
            sql(s, "create database dq vgroups 2", "create stable dq.m (ts timestamp, v int) tags (g int)",
                    "create topic dq_db as database dq",
                    "insert into dq.a using dq.m tags(1) values (1700000000000, 1) (1700000001000, 2)"
                            + " dq.b using dq.m tags(2) values (1700000000000, 3)");
            try (TaosConsumer<Map<String, Object>> c = consumer(s, group, "dq_db")) {
                assertThat(drain(c, 3)).hasSize(3);
                c.commitSync();
            }
        }
        try (TaosServer s = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).dataDir(dir).start()) {
            try (TaosConsumer<Map<String, Object>> c = consumer(s, group, "dq_db")) {
                assertThat(drain(c, 0)).isEmpty();
                sql(s, "insert into dq.a values (1700000002000, 4) dq.c using dq.m tags(3) values (1700000000000, 5)");
                assertThat(values(drain(c, 2))).containsExactlyInAnyOrder(4, 5);
            }
        }
    }
}
