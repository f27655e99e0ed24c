package io.taos4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./taos4j shell} without a terminal, end to end against an embedded server: {@code -s}, standard input,
 * {@code -f} and {@code source}, multi-line statements, errors and exit codes, {@code \G}, {@code use}, export.
 */
class ShellScriptTest {
    private static final String DSN = "taos+mem://shell-script-test";
    private static Taos keeper; // keeps the embedded server (and its data) between shell runs

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        keeper = TaosBuilder.fromDsn(DSN).build();
        keeper.execMany("create database if not exists power",
                "create stable power.meters (ts timestamp, current float, voltage int, phase double)"
                        + " tags (location varchar(24), groupid int)",
                "insert into power.d1001 using power.meters tags ('California.SanFrancisco', 2) values"
                        + " ('2018-10-03 14:38:05.000', 10.3, 219, 0.31) ('2018-10-03 14:38:15.000', 12.6, 218, 0.33)",
                "insert into power.d1002 using power.meters tags ('California.LosAngeles', 3) values"
                        + " ('2018-10-03 14:38:16.650', NULL, 221, NULL)");
    }

    @AfterAll
    static void stop() {
        keeper.close();
    }

    @Test
    void commandsRunInOrderWithTaosOutput() {
        ShellRun r = ShellRun.run("", "--dsn", DSN, "-s",
                "select ts, current, voltage from power.d1001 order by ts; select count(*) from power.meters");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed()).isEqualTo(""
                + "taos> select ts, current, voltage from power.d1001 order by ts; select count(*) from power.meters\n"
                + "           ts            |       current        |   voltage   |\n"
                + "===============================================================\n"
                + " 2018-10-03 14:38:05.000 |                 10.3 |         219 |\n"
                + " 2018-10-03 14:38:15.000 |                 12.6 |         218 |\n"
                + "Query OK, 2 row(s) in set (T)\n"
                + "\n"
                + "       count(*)        |\n"
                + "========================\n"
                + "                     3 |\n"
                + "Query OK, 1 row(s) in set (T)\n"
                + "\n");
    }

    @Test
    void insertCreateDropAndDeleteSayWhatTheyDid() {
        ShellRun r = ShellRun.run("", "--dsn", DSN, "-s", "create database scratch; create table scratch.t (ts "
                + "timestamp, v int); insert into scratch.t values (1700000000000, 1) (1700000000001, 2);"
                + " delete from scratch.t where ts < 1700000000001; drop database scratch; show databases");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed())
                .contains("Create OK, 0 row(s) affected (T)\n\nCreate OK, 0 row(s) affected (T)\n\n")
                .contains("Insert OK, 2 row(s) affected (T)\n\n")
                .contains("Delete OK, 1 row(s) affected (T)\n\n")
                .contains("Drop OK, 0 row(s) affected (T)\n\n")
                .doesNotContain(" scratch ");
    }

    @Test
    void errorsGoToStandardErrorTheRestStillRunsAndTheExitCodeSaysSo() {
        ShellRun r = ShellRun.run("", "--dsn", DSN, "-s", "select * from power.nosuch; select 1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errTimed()).contains("\nDB error: Table does not exist [0x2603] (T)\n");
        assertThat(r.outTimed()).contains("Query OK, 1 row(s) in set (T)");
        assertThat(r.err()).matches("(?s).*DB error: .* \\(\\d+\\.\\d{6}s\\).*");
    }

    @Test
    void standardInputMayHoldMultiLineStatementsAndNoPrompt() {
        String input = "select\n  voltage\nfrom power.d1001\nwhere voltage > 218;\n"
                + "# a comment line\n"
                + "select 'a;b'\n  as s;\n"
                + "select 1 + 1";
        ShellRun r = ShellRun.run(input, "--dsn", DSN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed()).doesNotContain("taos>").isEqualTo(""
                + "   voltage   |\n"
                + "==============\n"
                + "         219 |\n"
                + "Query OK, 1 row(s) in set (T)\n"
                + "\n"
                + "   s   |\n" // VARCHAR(3): 3 + 2 columns
                + "========\n"
                + " a;b   |\n"
                + "Query OK, 1 row(s) in set (T)\n"
                + "\n"
                + "           1 + 1           |\n" // arithmetic gives a DOUBLE: 25 columns
                + "============================\n"
                + "                         2 |\n"
                + "Query OK, 1 row(s) in set (T)\n"
                + "\n");
    }

    @Test
    void verticalOutputWithBackslashG() {
        ShellRun r = ShellRun.run("select ts, current, location, groupid from power.d1002\\G\n", "--dsn", DSN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed()).isEqualTo(""
                + "*************************** 1.row ***************************\n"
                + "      ts: 2018-10-03 14:38:16.650\n"
                + " current: NULL\n"
                + "location: California.LosAngeles\n"
                + " groupid: 3\n"
                + "Query OK, 1 row(s) in set (T)\n"
                + "\n");
    }

    @Test
    void useChangesTheDatabaseAndDashDStartsInOne() {
        ShellRun r = ShellRun.run("use power;\nselect voltage from d1002;\n", "--dsn", DSN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed()).startsWith("Database changed.\n\n").contains("         221 |\n");

        ShellRun d = ShellRun.run("", "--dsn", DSN, "-d", "power", "-s", "select count(*) from meters");
        assertThat(d.exit()).as(d.err()).isZero();
        assertThat(d.outTimed()).contains("                     3 |\n");

        ShellRun none = ShellRun.run("", "--dsn", DSN, "-d", "nosuchdb", "-s", "select 1");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("taos4j: [0x");
    }

    @Test
    void sourceRunsAFileEchoingEachStatementAndFilesMayNest() throws Exception {
        Path inner = dir.resolve("inner.sql");
        Files.writeString(inner, "select groupid from power.d1001 limit 1;\n", StandardCharsets.UTF_8);
        Path outer = dir.resolve("outer.sql");
        Files.writeString(outer, "# setup\nselect voltage\n  from power.d1002;\nsource " + inner + ";\n"
                + "select * from power.nosuch;\n", StandardCharsets.UTF_8);
        ShellRun r = ShellRun.run("source " + outer + ";\nselect 7;\n", "--dsn", DSN);
        assertThat(r.exit()).isEqualTo(1); // the missing table
        assertThat(r.outTimed())
                .startsWith("taos> select voltage\n   ->   from power.d1002;\n")
                .contains("taos> source " + inner + ";\ntaos> select groupid from power.d1001 limit 1;\n")
                .contains("   groupid   |\n==============\n           2 |\n")
                .contains("taos> select * from power.nosuch;\n")
                .endsWith("           7           |\n========================\n                     7 |\n"
                        + "Query OK, 1 row(s) in set (T)\n\n");
        assertThat(r.errTimed()).contains("DB error: Table does not exist [0x2603] (T)");

        ShellRun f = ShellRun.run("", "--dsn", DSN, "-f", inner.toString());
        assertThat(f.exit()).as(f.err()).isZero();
        assertThat(f.outTimed()).startsWith("taos> select groupid from power.d1001 limit 1;\n");

        ShellRun missing = ShellRun.run("", "--dsn", DSN, "-f", dir.resolve("nope.sql").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("failed to open file");
    }

    @Test
    void rowLimitPrintsTheFirstRowsButCountsThemAll() {
        ShellRun r = ShellRun.run("select voltage from power.meters order by voltage;", "--dsn", DSN,
                "--row-limit", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed()).startsWith(""
                + "   voltage   |\n"
                + "==============\n"
                + "         218 |\n"
                + "         219 |\n"
                + "\n"
                + " Notice: the result has 3 rows; only the first 2 are shown.\n")
                .endsWith("Query OK, 3 row(s) in set (T)\n\n");
    }

    @Test
    void redirectWritesTheWholeResultAsCsv() throws Exception {
        Path csv = dir.resolve("d1001.csv");
        ShellRun r = ShellRun.run("select ts, current, location from power.meters where groupid = 2 order by ts >> "
                + csv + ";\n", "--dsn", DSN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed()).isEqualTo("Query OK, 2 row(s) in set (T)\n\n");
        assertThat(Files.readAllLines(csv)).containsExactly("ts,current,location",
                "\"2018-10-03 14:38:05.000\",10.3,\"California.SanFrancisco\"",
                "\"2018-10-03 14:38:15.000\",12.6,\"California.SanFrancisco\"");
    }

    @Test
    void quitStopsReadingAndShellCommandsNeedNoServer() {
        ShellRun r = ShellRun.run("set max_binary_display_width 5;\nselect location from power.d1001 limit 1;\nquit\n"
                + "select 'never';\n", "--dsn", DSN);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outTimed()).contains(" location |\n===========\n Calif... |\n") // never narrower than the label
                .doesNotContain("never");
    }

    @Test
    void settingsThatMakeNoSenseAreRefused() {
        ShellRun r = ShellRun.run("", "--dsn", DSN, "-w", "0", "-s", "select 1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("taos4j shell: the display width must be at least 1");
        ShellRun limit = ShellRun.run("", "--dsn", DSN, "--row-limit", "-1", "-s", "select 1");
        assertThat(limit.exit()).isEqualTo(2);
        assertThat(limit.err()).contains("row limit");
    }

    @Test
    void withoutADsnItRunsAnEmbeddedServerAndSaysSo() {
        ShellRun r = ShellRun.run("", "-s", "select server_version()");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("embedded in-memory server");
        assertThat(r.outTimed()).contains("server_version()").contains("Query OK, 1 row(s) in set (T)");
    }
}
