package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription consumer's behaviour, written once and run against every transport: each subclass gives a query
 * DSN and a subscription DSN of one running embedded server. Every test has its own database and topic.
 */
abstract class ConsumerContract {
    static final AtomicLong SEQ = new AtomicLong();
    static final long T0 = 1_700_000_000_000L;
    static final Duration POLL = Duration.ofMillis(200);

    /** A query DSN of the server, without a database. */
    abstract String dsn();

    /** A subscription DSN of the same server, without options. */
    abstract String tmqDsn();

    protected Taos taos;
    protected String db;
    protected String topic;

    record Reading(Instant ts, int v, String s) {
    }

    @BeforeEach
    void connect() {
        taos = TaosBuilder.fromDsn(dsn()).property(TaosProperty.TIMEZONE, "UTC").build();
        long n = SEQ.incrementAndGet();
        db = "cs_" + getClass().getSimpleName().toLowerCase() + "_" + n;
        topic = "tp_" + getClass().getSimpleName().toLowerCase() + "_" + n;
    }

    @AfterEach
    void disconnect() {
        taos.exec("DROP TOPIC IF EXISTS FORCE " + topic);
        taos.exec("DROP DATABASE IF EXISTS " + db);
        taos.close();
    }

    /** A super table {@code st (ts, v int, s varchar(16)) tags (t int)} with {@code tables} children c0... */
    void createTables(int vgroups, int tables) {
        taos.execMany("CREATE DATABASE " + db + " VGROUPS " + vgroups, "USE " + db,
                "CREATE STABLE st (ts TIMESTAMP, v INT, s VARCHAR(16)) TAGS (t INT)");
        for (int i = 0; i < tables; i++) {
            taos.exec("CREATE TABLE c" + i + " USING st TAGS (" + i + ")");
        }
    }

    /** {@code rows} rows into each child table, v = row index, ts = T0 + index + offset. */
    void insert(int tables, int rows, int from) {
        for (int i = 0; i < tables; i++) {
            StringBuilder sql = new StringBuilder("INSERT INTO c" + i + " VALUES");
            for (int r = from; r < from + rows; r++) {
                sql.append(" (").append(T0 + r).append(", ").append(r).append(", 'r").append(r).append("')");
            }
            taos.exec(sql.toString());
        }
    }

    TmqBuilder consumer(String group) {
        return TmqBuilder.fromDsn(tmqDsn()).groupId(group).property(TaosProperty.TIMEZONE, "UTC")
                .autoOffsetReset(TmqBuilder.OffsetReset.EARLIEST).enableAutoCommit(false);
    }

    /**
     * Polls until at least {@code expected} rows came and one more poll brings nothing; fails when 100 polls in a row
     * bring nothing before that.
     */
    static List<Message> drain(Consumer c, long expected) {
        List<Message> out = new ArrayList<>();
        long rows = 0;
        int idle = 0;
        while (true) {
            Optional<Message> m = c.poll(POLL);
            if (m.isPresent()) {
                idle = 0;
                out.add(m.get());
                rows += rowsOf(m.get());
                continue;
            }
            if (rows >= expected) {
                return out;
            }
            if (++idle >= 100) {
                throw new AssertionError("only " + rows + " of " + expected + " rows arrived");
            }
        }
    }

    static long rowsOf(Message m) {
        return m instanceof Message.Rows r ? r.rowCount() : 0;
    }

    static long rowsOf(List<Message> messages) {
        return messages.stream().mapToLong(ConsumerContract::rowsOf).sum();
    }

    /** "table:v" of every row, to check sets of rows exactly. */
    static List<String> keys(List<Message> messages) {
        List<String> out = new ArrayList<>();
        for (Message m : messages) {
            if (m instanceof Message.Rows r) {
                for (Block b : r.blocks()) {
                    for (Row row : b) {
                        out.add(b.tableName().orElse("?") + ":" + row.getInt("v"));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void receivesEveryRowWithTableNamesAndMapsThemToRecords() {
        createTables(2, 3);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        insert(3, 50, 0);
        try (Consumer c = consumer("g_rows").build()) {
            c.subscribe(topic);
            List<Message> got = drain(c, 150);
            assertThat(rowsOf(got)).isEqualTo(150);
            assertThat(got).allSatisfy(m -> {
                assertThat(m).isInstanceOf(Message.Data.class);
                assertThat(m.kind()).isEqualTo(Message.Kind.DATA);
                assertThat(m.topic()).isEqualTo(topic);
                assertThat(m.database()).isEqualTo(db);
            });
            Set<String> tables = new HashSet<>();
            got.forEach(m -> ((Message.Data) m).blocks().forEach(b -> tables.add(b.tableName().orElseThrow())));
            assertThat(tables).containsExactlyInAnyOrder("c0", "c1", "c2");
            assertThat(keys(got)).doesNotHaveDuplicates().hasSize(150);
            List<Reading> readings = new ArrayList<>();
            got.forEach(m -> readings.addAll(((Message.Data) m).deserialize(Reading.class)));
            assertThat(readings).hasSize(150).contains(new Reading(Instant.ofEpochMilli(T0 + 7), 7, "r7"));
            Message.Data first = (Message.Data) got.get(0);
            assertThat(first.rows().count()).isEqualTo(first.rowCount());
            assertThat(first.iterator().next().tableName()).isPresent();
        }
    }

    @Test
    void aQueryTopicDeliversItsProjectionAndFilter() {
        createTables(1, 2);
        taos.exec("CREATE TOPIC " + topic + " AS SELECT ts, v FROM st WHERE v >= 10");
        insert(2, 20, 0);
        try (Consumer c = consumer("g_query").build()) {
            c.subscribe(List.of(topic));
            List<Message> got = drain(c, 20);
            assertThat(rowsOf(got)).isEqualTo(20);
            List<Map> maps = new ArrayList<>();
            got.forEach(m -> maps.addAll(((Message.Data) m).deserialize(Map.class)));
            assertThat(maps).allSatisfy(m -> {
                assertThat(m).containsOnlyKeys("ts", "v");
                assertThat((Integer) m.get("v")).isGreaterThanOrEqualTo(10);
            });
        }
    }

    @Test
    void metaMessagesOfAWithMetaTopic() {
        taos.execMany("CREATE DATABASE " + db + " VGROUPS 1", "USE " + db);
        taos.exec("CREATE TOPIC " + topic + " WITH META AS DATABASE " + db);
        try (Consumer c = consumer("g_meta").build()) {
            c.subscribe(topic);
            taos.exec("CREATE STABLE st (ts TIMESTAMP, v INT, s VARCHAR(16)) TAGS (t INT)");
            taos.exec("CREATE TABLE c0 USING st TAGS (0)");
            taos.exec("INSERT INTO c0 VALUES (" + T0 + ", 1, 'a')");
            taos.exec("INSERT INTO c9 USING st TAGS (9) VALUES (" + T0 + ", 2, 'b')");
            List<Message> got = drain(c, 2);
            List<Message.Meta> metas = got.stream().filter(m -> m instanceof Message.Meta)
                    .map(m -> (Message.Meta) m).toList();
            assertThat(metas).isNotEmpty();
            assertThat(metas.get(0).json()).contains("\"type\":\"create\"").contains("\"st\"");
            assertThat(metas.get(0).kind()).isEqualTo(Message.Kind.META);
            // an INSERT that auto-creates a table is one meta+data message (type 3), as with TDengine: the create
            // (with its createList) and the row together, and no separate meta message for it
            List<Message.MetaData> metaData = got.stream().filter(m -> m instanceof Message.MetaData)
                    .map(m -> (Message.MetaData) m).toList();
            assertThat(metaData).hasSize(1);
            assertThat(metaData.get(0).kind()).isEqualTo(Message.Kind.META_DATA);
            assertThat(metaData.get(0).json()).contains("\"type\":\"create\"").contains("\"tableName\":\"c9\"")
                    .contains("\"using\":\"st\"").contains("\"createList\":[]");
            assertThat(metaData.get(0).blocks()).hasSize(1);
            assertThat(metaData.get(0).blocks().get(0).tableName()).contains("c9");
            assertThat(metas).noneSatisfy(m -> assertThat(m.json()).contains("\"c9\""));
            assertThat(keys(got)).containsExactlyInAnyOrder("c0:1", "c9:2");
            assertThat(got).filteredOn(m -> m instanceof Message.Rows).allSatisfy(m ->
                    assertThat(((Message.Rows) m).blocks()).allSatisfy(b -> assertThat(b.tableName()).isPresent()));
        }
    }

    @Test
    void commitCommittedAndPositionAgree() {
        createTables(1, 1);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        insert(1, 10, 0);
        try (Consumer c = consumer("g_commit").build()) {
            c.subscribe(topic);
            List<Message> got = drain(c, 10);
            int vg = got.get(0).vgroupId();
            assertThat(c.committed(topic, vg)).isEmpty();
            Offset position = c.position(topic, vg);
            assertThat(position.offset()).isGreaterThan(got.get(0).offset().offset());
            c.commit();
            assertThat(c.committed(topic, vg)).contains(position);
            c.commitOffset(topic, vg, got.get(0).offset().offset());
            assertThat(c.committed(topic, vg)).contains(got.get(0).offset());
            c.commitAsync().get(30, TimeUnit.SECONDS);
            assertThat(c.committedAsync(topic, vg).get(30, TimeUnit.SECONDS)).contains(position);
            c.commitOffsetAsync(new Offset(topic, vg, position.offset())).get(30, TimeUnit.SECONDS);
            assertThat(c.positionAsync(topic, vg).get(30, TimeUnit.SECONDS)).isEqualTo(position);

            Message last = got.get(got.size() - 1);
            assertThat(last.next()).as("the position after the last message").isEqualTo(position);
            c.commit(got.get(0));
            assertThat(c.committed(topic, vg)).contains(got.get(0).next());
            c.commitAsync(last).get(30, TimeUnit.SECONDS);
            assertThat(c.committed(topic, vg)).contains(position);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void seekAssignmentAndTopics() {
        createTables(2, 4);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        insert(4, 5, 0);
        try (Consumer c = consumer("g_seek").build()) {
            c.subscribe(topic);
            assertThat(c.listTopics()).containsExactly(topic);
            List<Message> all = drain(c, 20);
            assertThat(rowsOf(all)).isEqualTo(20);
            List<Assignment> assignment = c.assignment(topic);
            assertThat(assignment).hasSize(2).allSatisfy(a -> {
                assertThat(a.topic()).isEqualTo(topic);
                assertThat(a.begin()).isLessThanOrEqualTo(a.end());
            });
            assertThat(c.assignment()).containsOnlyKeys(topic);
            assertThat(c.assignment().get(topic)).extracting(Assignment::vgroupId)
                    .containsExactlyInAnyOrderElementsOf(assignment.stream().map(Assignment::vgroupId).toList());

            c.seekToBeginning();
            assertThat(keys(drain(c, 20))).containsExactlyInAnyOrderElementsOf(keys(all));

            Message first = all.get(0);
            c.seek(first.offset());
            List<Message> again = drain(c, rowsOf(first));
            assertThat(again.get(0).offset()).isEqualTo(first.offset());
            assertThat(keys(again)).containsAll(keys(List.of(first)));

            c.seekToEnd();
            assertThat(c.poll(POLL)).isEmpty();
            insert(4, 1, 100);
            assertThat(keys(drain(c, 4))).containsExactlyInAnyOrder("c0:100", "c1:100", "c2:100", "c3:100");
        }
    }

    @Test
    void iteratorAndStreamsYieldMessages() throws Exception {
        createTables(1, 2);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        insert(2, 3, 0);
        try (Consumer c = consumer("g_iter").build()) {
            c.subscribe(topic);
            Message m = c.iterator().next();
            assertThat(rowsOf(m)).isPositive();
            insert(2, 3, 10);
            List<Message> rest = c.stream(Duration.ofMillis(500)).toList();
            assertThat(rowsOf(rest) + rowsOf(m)).isEqualTo(12);
            insert(2, 1, 20);
            List<Message> last = new ArrayList<>(c.stream().limit(1).toList());
            assertThat(last).hasSize(1);
            while (rowsOf(last) < 2) {
                c.pollAsync(POLL).get(30, TimeUnit.SECONDS).ifPresent(last::add);
            }
            assertThat(keys(last)).containsExactlyInAnyOrder("c0:20", "c1:20");
        }
    }

    @Test
    void asyncTwinsCompleteWithTheSameResults() throws Exception {
        createTables(2, 2);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        insert(2, 5, 0);
        Consumer c = consumer("g_async").buildAsync().get(30, TimeUnit.SECONDS);
        c.subscribeAsync(List.of(topic)).get(30, TimeUnit.SECONDS);
        assertThat(c.listTopicsAsync().get(30, TimeUnit.SECONDS)).containsExactly(topic);
        List<Message> all = drain(c, 10);
        assertThat(c.assignmentAsync(topic).get(30, TimeUnit.SECONDS)).hasSize(2);
        assertThat(c.assignmentAsync().get(30, TimeUnit.SECONDS).get(topic)).hasSize(2);
        c.seekToBeginningAsync().get(30, TimeUnit.SECONDS);
        assertThat(keys(drain(c, 10))).containsExactlyInAnyOrderElementsOf(keys(all));
        c.seekAsync(all.get(0).offset()).get(30, TimeUnit.SECONDS);
        assertThat(c.positionAsync(topic, all.get(0).vgroupId()).get(30, TimeUnit.SECONDS))
                .isEqualTo(all.get(0).offset());
        c.seekToEndAsync().get(30, TimeUnit.SECONDS);
        assertThat(c.pollAsync(POLL).get(30, TimeUnit.SECONDS)).isEmpty();
        c.unsubscribeAsync().get(30, TimeUnit.SECONDS);
        c.closeAsync().get(30, TimeUnit.SECONDS);
        assertThat(c.isOpen()).isFalse();
        assertThat(c.closeAsync()).isCompleted();
    }

    @Test
    void unsubscribeThenSubscribeAgain() {
        createTables(1, 1);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        insert(1, 4, 0);
        try (Consumer c = consumer("g_unsub").build()) {
            c.subscribe(topic);
            assertThat(rowsOf(drain(c, 4))).isEqualTo(4);
            c.unsubscribe();
            assertThat(c.iterator().hasNext()).as("not subscribed").isFalse();
            c.subscribe(topic);
            assertThat(c.listTopics()).containsExactly(topic);
            assertThat(rowsOf(drain(c, 4))).as("nothing was committed: earliest again").isEqualTo(4);
        }
    }

    @Test
    void autoCommitCommitsBeforeTheNextPollAndOnClose() {
        createTables(1, 1);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        insert(1, 6, 0);
        try (Consumer c = consumer("g_auto").enableAutoCommit(true).autoCommitInterval(Duration.ZERO).build()) {
            c.subscribe(topic);
            assertThat(rowsOf(drain(c, 6))).isEqualTo(6);
        } // closing commits
        insert(1, 2, 50);
        try (Consumer c = consumer("g_auto").enableAutoCommit(true).build()) {
            c.subscribe(topic);
            assertThat(keys(drain(c, 2))).containsExactly("c0:50", "c0:51");
        }
    }

    @Test
    void errorsCarryTDengineCodes() {
        createTables(1, 1);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        try (Consumer c = consumer("g_err").build()) {
            assertThatThrownBy(() -> c.subscribe("no_such_topic_" + topic))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x03E1));
            c.subscribe(topic);
            assertThatThrownBy(() -> c.position("other_topic", 1))
                    .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x4009));
            assertThatThrownBy(() -> c.subscribe(topic)).isInstanceOf(TaosException.class)
                    .hasMessageContaining("unsubscribe");
        }
        try (Consumer c = consumer("g_err").password("wrong").build()) {
            assertThatThrownBy(() -> c.subscribe(topic)).isInstanceOf(TaosException.class);
        }
    }

    @Test
    void closeFromAnotherThreadEndsABlockedIteratorAndPoll() throws Exception {
        createTables(1, 1);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        Consumer c = consumer("g_close_other").build();
        c.subscribe(topic);
        java.util.concurrent.CompletableFuture<Boolean> hasNext =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> c.iterator().hasNext());
        java.util.concurrent.CompletableFuture<Optional<Message>> poll = c.pollAsync(Duration.ofSeconds(30));
        c.close();
        assertThat(hasNext.get(30, TimeUnit.SECONDS)).isFalse();
        assertThatThrownBy(() -> poll.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(TaosException.class)
                .cause().satisfies(e -> assertThat(((TaosException) e).code()).isEqualTo(0x4002));
    }

    @Test
    void closeIsIdempotentAndEndsTheConsumer() {
        createTables(1, 1);
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
        Consumer c = consumer("g_close").build();
        c.subscribe(topic);
        assertThat(c.isOpen()).isTrue();
        c.close();
        c.close();
        assertThat(c.isOpen()).isFalse();
        assertThat(c.iterator().hasNext()).isFalse();
        assertThatThrownBy(() -> c.poll(POLL))
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x4002));
    }
}
