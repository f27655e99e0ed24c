package io.taos4j;

import static io.taos4j.ConsumerContract.drain;
import static io.taos4j.ConsumerContract.keys;
import static io.taos4j.ConsumerContract.rowsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The delivery guarantees of consumer groups, with exact counts, using taos4j's own Consumer against the embedded
 * server: at-least-once after a consumer stops without committing, vgroups split exactly once between two committing
 * consumers, and committed progress surviving a server restart.
 */
class ConsumerGuaranteeTest {
    private static final long T0 = ConsumerContract.T0;

    private static void setUp(Taos taos, String db, String topic, int vgroups, int tables) {
        taos.execMany("CREATE DATABASE " + db + " VGROUPS " + vgroups, "USE " + db,
                "CREATE STABLE st (ts TIMESTAMP, v INT) TAGS (t INT)");
        for (int i = 0; i < tables; i++) {
            taos.exec("CREATE TABLE c" + i + " USING st TAGS (" + i + ")");
        }
        taos.exec("CREATE TOPIC " + topic + " AS STABLE st");
    }

    private static void insert(Taos taos, int tables, int rows, int from) {
        for (int i = 0; i < tables; i++) {
            StringBuilder sql = new StringBuilder("INSERT INTO c" + i + " VALUES");
            for (int r = from; r < from + rows; r++) {
                sql.append(" (").append(T0 + r).append(", ").append(r).append(')');
            }
            taos.exec(sql.toString());
        }
    }

    private static TmqBuilder consumer(String dsn, String group) {
        return TmqBuilder.fromDsn(dsn).groupId(group).autoOffsetReset(TmqBuilder.OffsetReset.EARLIEST)
                .enableAutoCommit(false);
    }

    @Test
    void rowsAConsumerDidNotCommitGoToTheNextConsumerOfTheGroup() {
        try (Taos taos = TaosBuilder.fromDsn("taos+mem://guarantee1").build()) {
            setUp(taos, "g1", "t_g1", 2, 4);
            insert(taos, 4, 250, 0);
            List<String> firstSaw;
            try (Consumer a = consumer("tmq+mem://guarantee1", "grp").build()) {
                a.subscribe("t_g1");
                firstSaw = keys(drain(a, 1000));
                assertThat(firstSaw).hasSize(1000).doesNotHaveDuplicates();
            } // stops without committing
            try (Consumer b = consumer("tmq+mem://guarantee1", "grp").build()) {
                b.subscribe("t_g1");
                List<String> secondSaw = keys(drain(b, 1000));
                assertThat(secondSaw).hasSize(1000).containsExactlyInAnyOrderElementsOf(firstSaw);
                b.commit();
            }
            try (Consumer c = consumer("tmq+mem://guarantee1", "grp").build()) {
                c.subscribe("t_g1");
                assertThat(c.poll(Duration.ofMillis(500))).as("all of it was committed by b").isEmpty();
            }
        }
    }

    @Test
    void twoCommittingConsumersSplitTheVgroupsAndSeeEveryRowExactlyOnce() {
        try (Taos taos = TaosBuilder.fromDsn("taos+mem://guarantee2").build()) {
            setUp(taos, "g2", "t_g2", 4, 16);
            try (Consumer a = consumer("tmq+mem://guarantee2", "grp").build();
                 Consumer b = consumer("tmq+mem://guarantee2", "grp").build()) {
                a.subscribe("t_g2");
                b.subscribe("t_g2");
                awaitSplit(a, b, "t_g2", 4);
                insert(taos, 16, 100, 0);
                List<String> seenA = new ArrayList<>();
                List<String> seenB = new ArrayList<>();
                Set<Integer> vgA = new HashSet<>();
                Set<Integer> vgB = new HashSet<>();
                int idle = 0;
                while (seenA.size() + seenB.size() < 1600 || idle < 2) {
                    boolean got = take(a, seenA, vgA) | take(b, seenB, vgB);
                    idle = got ? 0 : idle + 1;
                    assertThat(idle).as("rows stopped arriving at " + (seenA.size() + seenB.size())).isLessThan(100);
                }
                assertThat(seenA).isNotEmpty();
                assertThat(seenB).isNotEmpty();
                assertThat(vgA).doesNotContainAnyElementsOf(vgB);
                List<String> all = new ArrayList<>(seenA);
                all.addAll(seenB);
                assertThat(all).hasSize(1600).doesNotHaveDuplicates();
            }
        }
    }

    /** Polls once; a message's rows are recorded and committed at once. */
    private static boolean take(Consumer c, List<String> seen, Set<Integer> vgroups) {
        Optional<Message> m = c.poll(Duration.ofMillis(100));
        if (m.isEmpty()) {
            return false;
        }
        seen.addAll(keys(List.of(m.get())));
        vgroups.add(m.get().vgroupId());
        c.commit();
        return true;
    }

    /** Polls both consumers until the group has settled: their assignments are disjoint and cover all vgroups. */
    private static void awaitSplit(Consumer a, Consumer b, String topic, int vgroups) {
        for (int i = 0; i < 200; i++) {
            a.poll(Duration.ofMillis(50));
            b.poll(Duration.ofMillis(50));
            Set<Integer> va = new HashSet<>();
            a.assignment(topic).forEach(x -> va.add(x.vgroupId()));
            Set<Integer> vb = new HashSet<>();
            b.assignment(topic).forEach(x -> vb.add(x.vgroupId()));
            Set<Integer> union = new HashSet<>(va);
            union.addAll(vb);
            if (!va.isEmpty() && !vb.isEmpty() && union.size() == vgroups && va.size() + vb.size() == vgroups) {
                return;
            }
        }
        throw new AssertionError("the group never split " + vgroups + " vgroups between its two consumers");
    }

    @Test
    void afterCommitAndRestartNothingCommittedComesBack() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "tmq-restart");
        String where = dir.toAbsolutePath().toString().replace('\\', '/');
        try (Taos taos = TaosBuilder.fromDsn("taos+file://" + where).build()) {
            setUp(taos, "g3", "t_g3", 2, 3);
            insert(taos, 3, 100, 0);
            try (Consumer a = consumer("tmq+file://" + where, "grp").build()) {
                a.subscribe("t_g3");
                assertThat(rowsOf(drain(a, 300))).isEqualTo(300);
                a.commit();
            }
        } // last handle: the server stops
        try (Taos taos = TaosBuilder.fromDsn("taos+file://" + where).build()) {
            taos.exec("USE g3");
            insert(taos, 3, 7, 1000);
            try (Consumer b = consumer("tmq+file://" + where, "grp").build()) {
                b.subscribe("t_g3");
                List<String> after = keys(drain(b, 21));
                List<String> expected = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    for (int r = 1000; r < 1007; r++) {
                        expected.add("c" + t + ":" + r);
                    }
                }
                assertThat(after).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
