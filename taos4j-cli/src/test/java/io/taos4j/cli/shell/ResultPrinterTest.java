package io.taos4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.ResultSet;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables and {@code \G} sections as taos prints them, for results read from an embedded server. */
class ResultPrinterTest {
    private static Taos taos;

    @BeforeAll
    static void start() {
        taos = TaosBuilder.fromDsn("taos+mem://result-printer-test").build();
        taos.execMany("create database fmt", "use fmt",
                "create table t (ts timestamp, i int, b bigint, f float, d double, ok bool, s varchar(60), n nchar(3),"
                        + " u tinyint unsigned, bin varbinary(4))",
                "insert into t values ('2024-01-01 00:00:00.000', -5, 9000000000, 1.25, 3.141592653589793, true,"
                        + " '中文 text', 'añ中', 255, 'ab')",
                "insert into t values ('2024-01-01 00:00:01.000', NULL, NULL, NULL, NULL, NULL,"
                        + " 'a value far longer than the thirty columns', NULL, NULL, NULL)");
    }

    @AfterAll
    static void stop() {
        taos.close();
    }

    private static String print(String sql, boolean vertical, long limit, ShellSettings settings) {
        StringWriter text = new StringWriter();
        try (ResultSet rs = taos.query(sql)) {
            ResultPrinter.Outcome o = new ResultPrinter(new Cells(settings), new PrintWriter(text, true))
                    .print(rs, vertical, limit, () -> false);
            assertThat(o.cancelled()).isFalse();
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static ShellSettings utc() {
        return new ShellSettings().zone(ZoneId.of("UTC"));
    }

    @Test
    void numbersAlignRightTextLeftNullAndLongValuesCut() {
        assertThat(print("select ts, i, b, f, ok, s from t order by ts", false, 0, utc())).isEqualTo(""
                + "           ts            |      i      |           b           |          f           |  ok   |"
                + "               s                |\n"
                + "=".repeat(23 + 11 + 21 + 20 + 5 + 30 + 6 * 3) + "\n"
                + " 2024-01-01 00:00:00.000 |          -5 |            9000000000 |                 1.25 | true  |"
                + " 中文 text                      |\n"
                + " 2024-01-01 00:00:01.000 | NULL        | NULL                  | NULL                 | NULL  |"
                + " a value far longer than the... |\n");
    }

    @Test
    void wideCharactersKeepColumnsAligned() {
        String out = print("select n, u, bin from t order by ts", false, 0, utc());
        assertThat(out).isEqualTo(""
                + "       n        |  u   |     bin      |\n"
                + "=======================================\n"
                + " añ中           |  255 | \\x6162       |\n"
                + " NULL           | NULL | NULL         |\n");
        for (String line : out.split("\n")) {
            assertThat(DisplayWidth.of(line)).isEqualTo(39);
        }
    }

    @Test
    void doublesAndADisplayWidthSetting() {
        ShellSettings narrow = utc().displayWidth(8);
        assertThat(print("select d, s from t order by ts limit 1", false, 0, narrow)).isEqualTo(""
                + "             d             |    s     |\n"
                + "=".repeat(25 + 8 + 2 * 3) + "\n"
                + "          3.14159265358979 | 中文 ... |\n");
    }

    @Test
    void verticalSectionsShowWholeValues() {
        assertThat(print("select ts, s, n from t order by ts", true, 0, utc())).isEqualTo(""
                + "*************************** 1.row ***************************\n"
                + "ts: 2024-01-01 00:00:00.000\n"
                + " s: 中文 text\n"
                + " n: añ中\n"
                + "*************************** 2.row ***************************\n"
                + "ts: 2024-01-01 00:00:01.000\n"
                + " s: a value far longer than the thirty columns\n"
                + " n: NULL\n");
    }

    @Test
    void aLimitPrintsTheFirstRowsAndANotice() {
        String out = print("select i from t order by ts", false, 1, utc());
        assertThat(out).startsWith("      i      |\n==============\n          -5 |\n\n Notice: the result has 2 rows;");
    }

    @Test
    void rawTimestamps() {
        assertThat(print("select ts from t order by ts limit 1", false, 0, utc().rawTime(true)))
                .isEqualTo("       ts       |\n" + "=".repeat(14 + 3) + "\n 1704067200000  |\n");
    }
}
