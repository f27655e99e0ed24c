package io.taos4j.server.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.block.RawBlock;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.ServerInfo;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Operator;
import io.taos4j.server.sql.SqlError;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Topic SQL and the subscription system tables, against an in-process engine and its TMQ consumers. */
class TopicSqlTest {
    private Engine engine;
    private final Session session = new Session("root", null, ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        engine = new Engine(new ServerInfo("3.3.8.0", System.currentTimeMillis(), ZoneOffset.UTC, "localhost:6030"));
        exec("create database ts1 vgroups 2");
        exec("create stable ts1.st (ts timestamp, v int) tags (g int)");
        exec("insert into ts1.c1 using ts1.st tags(1) values (1700000000000, 1) (1700000001000, 2)");
        exec("insert into ts1.c2 using ts1.st tags(2) values (1700000000000, 3)");
    }

    private long exec(String sql) {
        return ((Result.Update) engine.execute(session, sql)).affectedRows();
    }

    private List<List<Object>> rows(String sql) {
        List<List<Object>> out = new ArrayList<>();
        try (Operator op = ((Result.Query) engine.execute(session, sql)).rows()) {
            for (Batch b = op.next(); b != null; b = op.next()) {
                for (int r = 0; r < b.rows(); r++) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < b.columnCount(); c++) {
                        row.add(b.column(c).getObject(r));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private TmqConsumer consumer(String group, String topic) {
        TmqConsumer c = engine.tmq().consumer(new TmqConsumer.Options("root", group, "cli", "earliest", 300_000,
                false, ""));
        c.subscribe(List.of(topic));
        return c;
    }

    @Test
    void createShowAndDropTopics() {
        exec("create topic t_db as database ts1");
        exec("create topic if not exists t_db as database ts1");
        exec("create topic t_st with meta as stable ts1.st where g = 1");
        exec("create topic t_q as select ts, v from ts1.st where v > 1");
        assertThatThrownBy(() -> exec("create topic t_db as database ts1"))
                .isInstanceOf(SqlError.class).hasMessage("Topic already exists");
        assertThat(rows("show topics")).extracting(r -> r.get(0)).containsExactly("t_db", "t_q", "t_st");
        assertThat(rows("select topic_name, db_name, `meta`, `type` from information_schema.ins_topics"))
                .containsExactly(List.of("t_db", "ts1", "no", "db"), List.of("t_q", "ts1", "no", "column"),
                        List.of("t_st", "ts1", "yes", "stable"));
        assertThat(rows("select `sql` from information_schema.ins_topics where topic_name = 't_q'").get(0).get(0))
                .isEqualTo("create topic t_q as select ts, v from ts1.st where v > 1");
        assertThatThrownBy(() -> exec("create topic t_bad as select count(*) from ts1.st"))
                .isInstanceOf(SqlError.class).hasMessage("Invalid topic query");
        assertThatThrownBy(() -> exec("drop database ts1")).isInstanceOf(SqlError.class)
                .hasMessage("Topic must be dropped first");
        exec("drop topic t_q");
        exec("drop topic if exists t_q");
        assertThatThrownBy(() -> exec("drop topic t_q")).isInstanceOf(SqlError.class).hasMessage("Topic not exist");
        assertThat(rows("show topics")).hasSize(2);
    }

    @Test
    void subscribedTopicsAndGroupsAreOnlyDroppedWithForce() throws InterruptedException {
        exec("create topic t_db as database ts1");
        TmqConsumer c = consumer("grp", "t_db");
        Message m = c.poll(0);
        assertThat(m).isNotNull();
        c.commit();
        assertThat(rows("show consumers")).hasSize(1);
        assertThat(rows("select topic_name, consumer_group from information_schema.ins_subscriptions"))
                .containsExactly(List.of("t_db", "grp"), List.of("t_db", "grp"));
        assertThatThrownBy(() -> exec("drop topic t_db")).isInstanceOf(SqlError.class)
                .hasMessage("Topic subscribed cannot be dropped");
        assertThatThrownBy(() -> exec("drop consumer group grp on t_db")).isInstanceOf(SqlError.class)
                .hasMessage("Consumer group being used by some consumer");
        c.close();
        assertThat(rows("show consumers")).isEmpty();
        exec("drop consumer group grp on t_db");
        assertThatThrownBy(() -> exec("drop consumer group grp on t_db")).isInstanceOf(SqlError.class)
                .hasMessage("Subcribe not exist");
        exec("drop consumer group if exists grp on t_db");
        TmqConsumer again = consumer("grp2", "t_db");
        exec("drop topic force t_db");
        assertThat(rows("show topics")).isEmpty();
        again.close();
    }

    @Test
    void everyWriteAndDdlHasAVersionInItsVgroupLog() throws InterruptedException {
        exec("create topic t_meta with meta as database ts1");
        TmqConsumer c = engine.tmq().consumer(new TmqConsumer.Options("root", "g", "", "earliest", 300_000, true,
                ""));
        c.subscribe(List.of("t_meta"));
        List<Message> got = new ArrayList<>();
        for (Message m = c.poll(0); m != null; m = c.poll(0)) {
            got.add(m);
        }
        // create st is logged in both vgroups: 2 meta objects, in batches; the INSERTs that auto-created c1 and c2
        // are one meta+data message each (type 3)
        long metas = got.stream().filter(m -> m.type() == 2).mapToLong(m -> m.meta().get("metas").size()).sum();
        long rows = got.stream().mapToLong(Message::rows).sum();
        assertThat(rows).isEqualTo(3);
        assertThat(metas).isEqualTo(2);
        assertThat(got).filteredOn(m -> m.type() == 3).extracting(m -> m.meta().get("tableName").asText())
                .containsExactlyInAnyOrder("c1", "c2");
        for (Message m : got) {
            if (m.type() == 2) {
                assertThat(m.meta().get("tmq_meta_version").asText()).isEqualTo("1.0");
            } else {
                RawBlock b = RawBlock.decode(m.data().blocks().get(0).rawBlock());
                assertThat(b.columnCount()).isEqualTo(2);
            }
        }
        exec("delete from ts1.c1 where ts = 1700000000000");
        exec("drop table ts1.c2");
        List<String> types = new ArrayList<>();
        for (Message m = c.poll(0); m != null; m = c.poll(0)) {
            m.meta().get("metas").forEach(x -> types.add(x.get("type").asText()));
        }
        assertThat(types).containsExactlyInAnyOrder("delete", "drop");
    }

    @Test
    void anAutoCreatingInsertIsOneMetaDataMessageAndAnExplicitCreateStaysMeta() throws InterruptedException {
        exec("create database ts3 vgroups 1");
        exec("create stable ts3.st (ts timestamp, v int) tags (g int, s varchar(4))");
        exec("create topic t_auto with meta as database ts3");
        exec("create topic t_auto_data as database ts3");
        exec("create table ts3.c0 using ts3.st tags(0, 'z')");
        exec("insert into ts3.a using ts3.st tags(1, 'x') values (1700000000000, 1)"
                + " ts3.b using ts3.st tags(2, 'y') values (1700000000000, 2) ts3.c0 values (1700000000000, 3)");
        exec("insert into ts3.d using ts3.st tags(4, 'w') values (1700000000000, 4)");
        for (boolean batch : new boolean[] {false, true}) {
            TmqConsumer c = engine.tmq().consumer(new TmqConsumer.Options("root", "g" + batch, "", "earliest",
                    300_000, batch, ""));
            c.subscribe(List.of("t_auto"));
            List<Message> got = new ArrayList<>();
            for (Message m = c.poll(0); m != null; m = c.poll(0)) {
                got.add(m);
            }
            List<Message> metaData = got.stream().filter(m -> m.type() == 3).toList();
            assertThat(metaData).hasSize(2);
            Message first = metaData.get(0);
            assertThat(first.meta().get("type").asText()).isEqualTo("create");
            assertThat(first.meta().get("tableType").asText()).isEqualTo("child");
            assertThat(first.meta().get("tableName").asText()).isEqualTo("a");
            assertThat(first.meta().get("using").asText()).isEqualTo("st");
            assertThat(first.meta().get("tagNum").asInt()).isEqualTo(2);
            List<String> created = new ArrayList<>();
            first.meta().get("createList").forEach(x -> created.add(x.get("tableName").asText() + ":"
                    + x.get("tags").get(1).get("value").asText()));
            assertThat(created).containsExactly("a:\"x\"", "b:\"y\"");
            assertThat(first.data().metaType()).isEqualTo(io.taos4j.protocol.tmq.TmqDataPayload.META_TYPE_META_DATA);
            assertThat(first.data().createTables()).isEmpty();
            assertThat(first.data().blocks()).extracting(io.taos4j.protocol.tmq.TmqDataPayload.Block::tableName)
                    .containsExactly("a", "b", "c0");
            assertThat(first.offset()).isEqualTo(first.data().reqOffset());
            assertThat(metaData.get(1).meta().get("tableName").asText()).isEqualTo("d");
            assertThat(metaData.get(1).meta().get("createList")).isEmpty();
            assertThat(metaData.get(1).rows()).isEqualTo(1);
            // the explicit CREATE TABLE c0 is a meta message; no meta message names an auto-created table
            List<String> metaTables = new ArrayList<>();
            for (Message m : got) {
                if (m.type() == 2) {
                    (batch ? m.meta().get("metas") : List.of(m.meta())).forEach(x -> metaTables.add(
                            x.get("tableName").asText()));
                }
            }
            assertThat(metaTables).containsExactly("st", "c0");
            assertThat(got).noneMatch(m -> m.type() == 1);
        }
        // without META: data only
        TmqConsumer plain = consumer("g_plain", "t_auto_data");
        List<Message> data = new ArrayList<>();
        for (Message m = plain.poll(0); m != null; m = plain.poll(0)) {
            data.add(m);
        }
        assertThat(data).allMatch(m -> m.type() == 1 && m.meta() == null);
        assertThat(data.stream().mapToLong(Message::rows).sum()).isEqualTo(4);
    }

    @Test
    void aConsumerThatStopsPollingLosesItsVgroupsToTheGroup() throws InterruptedException {
        exec("create topic t_db as database ts1");
        TmqConsumer a = engine.tmq().consumer(new TmqConsumer.Options("root", "g", "a", "earliest", 50, false, ""));
        TmqConsumer b = engine.tmq().consumer(new TmqConsumer.Options("root", "g", "b", "earliest", 60_000, false,
                ""));
        a.subscribe(List.of("t_db"));
        b.subscribe(List.of("t_db"));
        assertThat(a.assignmentOf("t_db")).hasSize(1);
        assertThat(b.assignmentOf("t_db")).hasSize(1);
        Thread.sleep(200); // a's max.poll.interval.ms is 50: it is gone from the group at b's next poll
        long rows = 0;
        for (Message m = b.poll(0); m != null; m = b.poll(0)) {
            rows += m.rows();
        }
        assertThat(rows).isEqualTo(3);
        assertThat(b.assignmentOf("t_db")).hasSize(2);
        a.close();
        b.close();
    }

    @Test
    void autoOffsetResetEarliestLatestNone() throws InterruptedException {
        exec("create topic t_db as database ts1");
        TmqConsumer latest = engine.tmq().consumer(new TmqConsumer.Options("root", "gl", "", "latest", 300_000,
                false, ""));
        latest.subscribe(List.of("t_db"));
        assertThat(latest.poll(0)).isNull();
        exec("insert into ts1.c1 values (1700000005000, 9)");
        Message m = latest.poll(0);
        assertThat(m.rows()).isEqualTo(1);
        assertThat(latest.poll(0)).isNull();
        latest.close();

        TmqConsumer none = engine.tmq().consumer(new TmqConsumer.Options("root", "gn", "", "none", 300_000, false,
                ""));
        none.subscribe(List.of("t_db"));
        assertThatThrownBy(() -> none.poll(0)).isInstanceOf(TmqException.class).hasMessage("No committed info");
        none.close();

        TmqConsumer earliest = consumer("ge", "t_db");
        long rows = 0;
        for (Message e = earliest.poll(0); e != null; e = earliest.poll(0)) {
            rows += e.rows();
        }
        assertThat(rows).isEqualTo(4);
        earliest.close();
    }
}
