package io.taos4j.server.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.User;
import io.taos4j.server.schemaless.SchemalessWriter;
import io.taos4j.server.schemaless.SmlPrecision;
import io.taos4j.server.schemaless.SmlProtocol;
import io.taos4j.server.schemaless.SmlRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restart after a clean close and after a (simulated) crash: catalog, rows, updates and deletes come back. */
class RecoveryTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;

    private static void schema(Node n) {
        n.exec("create database db vgroups 2");
        n.exec("use db");
        n.exec("create stable meters (ts timestamp, current float, voltage int, note varchar(20)) "
                + "tags (location varchar(32), groupid int)");
        n.exec("create table d1 using meters tags ('SF', 1)");
        n.exec("create table plain (ts timestamp, v bigint, b bool)");
    }

    @Test
    void cleanRestartKeepsCatalogAndRows() {
        try (Node n = new Node(dir)) {
            schema(n);
            n.exec("insert into d1 values (" + T0 + ", 1.5, 220, 'a') (" + (T0 + 1) + ", 2.5, 221, null)");
            n.exec("insert into d2 using meters tags ('LA', 2) values (" + T0 + ", 3.5, 230, 'x')");
            n.exec("insert into plain values (" + T0 + ", 7, true)");
            n.exec("create user alice pass 'Secret_1x'");
        }
        try (Node n = new Node(dir)) {
            n.exec("use db");
            assertThat(n.rows("select tbname, ts, current, voltage, note, location from meters order by tbname, ts"))
                    .containsExactly("d1|" + T0 + "|1.5|220|a|SF", "d1|" + (T0 + 1) + "|2.5|221|null|SF",
                            "d2|" + T0 + "|3.5|230|x|LA");
            assertThat(n.one("select v, b from plain")).isEqualTo("7|true");
            assertThat(n.rows("select name from information_schema.ins_users order by name"))
                    .containsExactly("alice", "root");
        }
    }

    /** What the other front ends create and change is durable too: users, schemaless tables, widened schemas. */
    @Test
    void usersPrivilegesAndSchemalessTablesSurviveACrash() {
        try (Node n = new Node(dir)) {
            schema(n);
        }
        Node n = new Node(dir);
        n.exec("create user bob pass 'Secret_1x'");
        n.exec("grant read on db to bob");
        SchemalessWriter sml = new SchemalessWriter(n.catalog);
        byte[] lines = ("cpu,host=a usage=1.5 " + T0 + "\n"
                + "cpu,host=b usage=2.5,note=\"wide string here\" " + (T0 + 1) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        sml.write("db", new SmlRequest(SmlProtocol.LINE, SmlPrecision.MILLISECONDS, 0, null, lines));
        n.crash();
        try (Node m = new Node(dir)) {
            User bob = m.catalog.user("bob");
            assertThat(bob.password().matches("Secret_1x")).isTrue();
            assertThat(bob.password().matches("secret_1x")).isFalse();
            assertThat(bob.privileges()).extracting(User.Privilege::privilege).containsExactly("read");
            m.exec("use db");
            assertThat(m.rows("select `host`, usage, note from cpu order by _ts"))
                    .containsExactly("a|1.5|null", "b|2.5|wide string here");
        }
    }

    @Test
    void crashReplaysTheLog() {
        try (Node n = new Node(dir)) {
            schema(n);
        }
        Node n = new Node(dir);
        n.exec("use db");
        n.exec("insert into d1 values (" + T0 + ", 1.5, 220, 'a') (" + (T0 + 1) + ", 2.5, 221, 'b')");
        n.exec("insert into d1 (ts, voltage) values (" + T0 + ", 999)"); // partial update keeps the other columns
        n.exec("insert into d3 using meters tags ('NY', 3) values (" + T0 + ", 9.5, 1, 'n')");
        n.exec("delete from d1 where ts = " + (T0 + 1));
        n.exec("alter table plain add column extra int");
        n.exec("insert into plain values (" + T0 + ", 7, true, 42)");
        n.crash();
        try (Node m = new Node(dir)) {
            m.exec("use db");
            assertThat(m.rows("select tbname, ts, current, voltage, note from meters order by tbname, ts"))
                    .containsExactly("d1|" + T0 + "|1.5|999|a", "d3|" + T0 + "|9.5|1|n");
            assertThat(m.one("select v, b, extra from plain")).isEqualTo("7|true|42");
            assertThat(m.one("select location from d3")).isEqualTo("NY");
        }
    }

    @Test
    void rowsSurviveFlushUpdateAndDeleteAcrossSegments() {
        try (Node n = new Node(dir)) {
            schema(n);
            StringBuilder sb = new StringBuilder("insert into d1 values ");
            for (int i = 0; i < 10_000; i++) {
                sb.append('(').append(T0 + i).append(", ").append(i).append(".5, ").append(i).append(", 'r')");
            }
            n.exec(sb.toString());
            n.storage.flush();
            n.exec("insert into d1 (ts, note) values (" + (T0 + 5) + ", 'upd')"); // update inside a flushed block
            n.exec("delete from d1 where ts >= " + (T0 + 100) + " and ts < " + (T0 + 200));
            n.storage.flush();
            n.exec("insert into d1 values (" + (T0 + 20_000) + ", 1, 1, 'tail')");
            n.crash();
        }
        try (Node m = new Node(dir)) {
            m.exec("use db");
            assertThat(m.one("select count(*), sum(voltage) from d1")).isEqualTo("9901|" + (sumTo(9999) - sumRange(100, 199) + 1));
            assertThat(m.one("select current, voltage, note from d1 where ts = " + (T0 + 5))).isEqualTo("5.5|5|upd");
            assertThat(m.one("select last(note) from d1")).isEqualTo("tail");
        }
    }

    @Test
    void dropsAreDurable() {
        try (Node n = new Node(dir)) {
            schema(n);
            n.exec("insert into d1 values (" + T0 + ", 1, 1, 'a')");
            n.exec("create database gone");
            n.exec("drop table d1");
            n.exec("create table d1 using meters tags ('again', 9)");
            n.exec("insert into d1 values (" + (T0 + 1) + ", 2, 2, 'b')");
            n.exec("drop database gone");
            n.crash();
        }
        try (Node m = new Node(dir)) {
            assertThat(m.rows("select name from information_schema.ins_databases where name = 'gone'")).isEmpty();
            m.exec("use db");
            assertThat(m.one("select ts, note, location from d1")).isEqualTo((T0 + 1) + "|b|again");
        }
    }

    private static long sumTo(long n) {
        return n * (n + 1) / 2;
    }

    private static long sumRange(long a, long b) {
        return sumTo(b) - sumTo(a - 1);
    }
}
