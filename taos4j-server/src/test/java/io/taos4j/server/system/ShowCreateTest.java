package io.taos4j.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.DatabaseOptions;
import io.taos4j.server.catalog.DbOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SHOW CREATE texts byte for byte as tdengine-sql.md §3.1 and §12.3 record them from 3.3.7.5. */
class ShowCreateTest {
    private final Catalog catalog = Fixtures.catalog();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "meters|CREATE STABLE `meters` (`ts` TIMESTAMP, `current` FLOAT, `voltage` INT, `phase` FLOAT) TAGS"
            + " (`groupid` INT, `location` VARCHAR(24))",
        "empt|CREATE TABLE `empt` (`ts` TIMESTAMP, `v` INT, `f` FLOAT, `s` VARCHAR(10))",
        "pk|CREATE TABLE `pk` (`ts` TIMESTAMP, `id` INT COMPOSITE KEY, `v` VARCHAR(5))",
        "cmt|CREATE TABLE `cmt` (`ts` TIMESTAMP, `v` INT) COMMENT 'hello' TTL 5",
        "stcmt|CREATE STABLE `stcmt` (`ts` TIMESTAMP, `v` INT) TAGS (`t` INT) COMMENT 'c2'",
        "d1|CREATE TABLE `d1` USING `meters` (`groupid`, `location`) TAGS (2, \"California.SanFrancisco\")",
        "tg1|CREATE TABLE `tg1` USING `tg` (`tb`, `tts`, `tnc`, `tvc`, `tf`, `td`, `tbi`, `tub`, `tvb`) TAGS"
            + " (true, 1704067200123, \"nä\", \"vc\", 1.500000e+00, 2.250000e+00, -5, 200, \"\\x6162\")",
        "tg2|CREATE TABLE `tg2` USING `tg` (`tb`, `tts`, `tnc`, `tvc`, `tf`, `td`, `tbi`, `tub`, `tvb`) TAGS"
            + " (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
        "jc1|CREATE TABLE `jc1` USING `jst` (`j`) TAGS ({\"k\":\"v\",\"n\":1})",
        "jc2|CREATE TABLE `jc2` USING `jst` (`j`) TAGS (NULL)",
        "dec|CREATE TABLE `dec` (`ts` TIMESTAMP, `d` DECIMAL(10,2), `e` DECIMAL(20,3), `nc` NCHAR(10),"
            + " `vb` VARBINARY(10))",
        "i1|CREATE TABLE `i1` USING `ints` (`ti`, `si`, `i`, `usi`, `ui`, `ubi`, `geo`) TAGS (-128, -32768,"
            + " -2147483648, 65535, 4294967295, 18446744073709551615, \"POINT (1.000000 2.000000)\")"})
    void table(String name, String expected) {
        ResultData r = ShowCreate.table(catalog.database("power").table(name));
        assertThat(Fixtures.describe(r.fields())).containsExactly("Table VARCHAR(193)",
                "Create Table VARCHAR(3145726)");
        assertThat(Fixtures.rows(r)).containsExactly(List.of(name, expected));
    }

    @Test
    void emptyCommentIsPrinted() {
        var t = catalog.database("power").table("empt");
        t.setComment("");
        assertThat(ShowCreate.createTable(t)).endsWith("`s` VARCHAR(10)) COMMENT ''");
    }

    @Test
    void defaultDatabase() {
        var db = catalog.createDatabase("sv_a", DatabaseOptions.defaults());
        ResultData r = ShowCreate.database(db);
        assertThat(Fixtures.describe(r.fields())).containsExactly("Database VARCHAR(63)",
                "Create Database VARCHAR(65517)");
        assertThat(Fixtures.rows(r)).containsExactly(List.of("sv_a", "CREATE DATABASE `sv_a` BUFFER 256 CACHESIZE 1"
                + " CACHEMODEL 'none' COMP 2 DURATION 10d WAL_FSYNC_PERIOD 3000 MAXROWS 4096 MINROWS 100 STT_TRIGGER 2"
                + " KEEP 3650d,3650d,3650d PAGES 256 PAGESIZE 4 PRECISION 'ms' REPLICA 1 WAL_LEVEL 1 VGROUPS 2"
                + " SINGLE_STABLE 0 TABLE_PREFIX 0 TABLE_SUFFIX 0 TSDB_PAGESIZE 4 WAL_RETENTION_PERIOD 3600"
                + " WAL_RETENTION_SIZE 0 KEEP_TIME_OFFSET 0 ENCRYPT_ALGORITHM 'none' SS_CHUNKPAGES 131072"
                + " SS_KEEPLOCAL 525600m SS_COMPACT 1 COMPACT_INTERVAL 0d COMPACT_TIME_RANGE 0d,0d"
                + " COMPACT_TIME_OFFSET 0h"));
    }

    @Test
    void changedOptionsAppearInTheText() {
        var db = catalog.createDatabase("sv_b", DatabaseOptions.defaults().with(Map.of(DbOption.DURATION, "1h",
                DbOption.PRECISION, "us", DbOption.KEEP, "100d,100d,100d")));
        String text = (String) Fixtures.rows(ShowCreate.database(db)).get(0).get(1);
        assertThat(text).contains(" DURATION 1h ", " KEEP 100d,100d,100d ", " PRECISION 'us' ");
    }

    @Test
    void systemDatabases() {
        assertThat(Fixtures.rows(ShowCreate.systemDatabase("information_schema"))).containsExactly(
                List.of("information_schema", "CREATE DATABASE `information_schema`"));
        assertThat(Fixtures.rows(ShowCreate.systemDatabase("performance_schema")).get(0).get(1))
                .isEqualTo("CREATE DATABASE `performance_schema`");
        assertThatThrownBy(() -> ShowCreate.systemDatabase("power")).isInstanceOf(IllegalArgumentException.class);
    }
}
