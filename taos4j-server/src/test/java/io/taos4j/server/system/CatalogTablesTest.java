package io.taos4j.server.system;

import static io.taos4j.server.system.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.DatabaseOptions;
import io.taos4j.server.catalog.DbOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows of the catalog-backed tables for the {@link Fixtures} catalog. */
class CatalogTablesTest {
    private final Catalog catalog = Fixtures.catalog();
    private final SystemContext ctx = Fixtures.context(catalog);

    private static SystemTable ins(String name) {
        return SystemTables.find("information_schema", name);
    }

    @Test
    void insDatabasesListsSystemDatabasesFirstThenUserDatabasesWithEveryOption() {
        long created = catalog.database("power").createTime();
        List<List<Object>> rows = Fixtures.rows(ins("ins_databases"), ctx);
        assertThat(rows).hasSize(3);
        List<Object> info = rows.get(0);
        assertThat(info.get(0)).isEqualTo("information_schema");
        assertThat(info.get(1)).isEqualTo(catalog.createTime());
        assertThat(info.get(3)).isEqualTo(42L);
        assertThat(info.get(14)).isEqualTo("ms");
        assertThat(info.get(15)).isEqualTo("ready");
        for (int c = 0; c < info.size(); c++) {
            if (c != 0 && c != 1 && c != 3 && c != 14 && c != 15) {
                assertThat(info.get(c)).as("information_schema column " + c).isNull();
            }
        }
        assertThat(rows.get(1).subList(0, 4)).containsExactly("performance_schema", catalog.createTime(), null, 5L);
        // tdengine-sql.md §12.4: a default database's row
        assertThat(rows.get(2)).containsExactly("power", created, 2L, 11L, 1L, "on", "10d", "3650d,3650d,3650d",
                256L, 4L, 256L, 100L, 4096L, 2L, "ms", "ready", null, false, "none", 1L, 1L, 3000L, 3600L, 0L, 2L,
                0L, 0L, 4L, 0L, 131072L, "525600m", 1L, 0L, "none", "0d", "0d,0d", "0h");
    }

    @Test
    void insDatabasesFollowsChangedOptionsAndCreationOrder() {
        Catalog c = new Catalog();
        c.createDatabase("zz", DatabaseOptions.defaults().with(Map.of(DbOption.PRECISION, "us",
                DbOption.KEEP, "100d,100d,100d", DbOption.VGROUPS, "4", DbOption.CACHEMODEL, "last_row")));
        c.createDatabase("aa", DatabaseOptions.defaults());
        List<List<Object>> rows = Fixtures.rows(ins("ins_databases"), Fixtures.context(c));
        assertThat(rows).extracting(r -> r.get(0))
                .containsExactly("information_schema", "performance_schema", "zz", "aa");
        List<Object> zz = rows.get(2);
        assertThat(zz.get(2)).isEqualTo(4L);
        assertThat(zz.get(7)).isEqualTo("100d,100d,100d");
        assertThat(zz.get(14)).isEqualTo("us");
        assertThat(zz.get(18)).isEqualTo("last_row");
    }

    @Test
    void insStablesHasOneRowPerSuperTable() {
        var meters = catalog.database("power").table("meters");
        assertThat(Fixtures.where(ins("ins_stables"), ctx, "stable_name", "meters")).containsExactly(
                row("meters", "power", meters.createTime(), 4L, 2L, meters.createTime(), null, "5000a,5000a",
                        "-1a,-1a", "", meters.uid(), false, -1L));
        assertThat(Fixtures.column(ins("ins_stables"), ctx, "stable_name"))
                .containsExactly("ints", "jst", "meters", "stcmt", "tg");
        assertThat(Fixtures.where(ins("ins_stables"), ctx, "stable_name", "stcmt").get(0).get(6)).isEqualTo("c2");
    }

    @Test
    void insTablesHasChildAndNormalTablesAndTheSystemTables() {
        var power = catalog.database("power");
        var d1 = power.table("d1");
        var cmt = power.table("cmt");
        SystemTable t = ins("ins_tables");
        assertThat(Fixtures.where(t, ctx, "table_name", "d1")).containsExactly(row("d1", "power", d1.createTime(),
                4L, "meters", d1.uid(), (long) d1.vgroupId(), 0L, null, "CHILD_TABLE"));
        assertThat(Fixtures.where(t, ctx, "table_name", "cmt")).containsExactly(row("cmt", "power",
                cmt.createTime(), 2L, null, cmt.uid(), (long) cmt.vgroupId(), 5L, "hello", "NORMAL_TABLE"));
        assertThat(Fixtures.where(t, ctx, "table_name", "ins_tables")).containsExactly(row("ins_tables",
                "information_schema", null, 10L, null, null, null, null, null, "SYSTEM_TABLE"));
        assertThat(Fixtures.where(t, ctx, "db_name", "power")).extracting(r -> r.get(0)).containsExactly(
                "cmt", "d1", "d2", "dec", "empt", "i1", "jc1", "jc2", "pk", "tg1", "tg2");
        assertThat(Fixtures.where(t, ctx, "type", "SYSTEM_TABLE")).hasSize(SystemTables.all().size());
        assertThat(Fixtures.where(t, ctx, "db_name", "performance_schema")).hasSize(5);
    }

    @Test
    void insTagsRendersEveryTagType() {
        SystemTable t = ins("ins_tags");
        assertThat(Fixtures.where(t, ctx, "table_name", "tg1")).containsExactly(
                row("tg1", "power", "tg", "tb", "BOOL", "true"),
                row("tg1", "power", "tg", "tts", "TIMESTAMP", "1704067200123"),
                row("tg1", "power", "tg", "tnc", "NCHAR(5)", "nä"),
                row("tg1", "power", "tg", "tvc", "VARCHAR(8)", "vc"),
                row("tg1", "power", "tg", "tf", "FLOAT", "1.50000"),
                row("tg1", "power", "tg", "td", "DOUBLE", "2.250000000"),
                row("tg1", "power", "tg", "tbi", "BIGINT", "-5"),
                row("tg1", "power", "tg", "tub", "TINYINT UNSIGNED", "200"),
                row("tg1", "power", "tg", "tvb", "VARBINARY(8)", "\\x6162"));
        assertThat(Fixtures.where(t, ctx, "table_name", "tg2")).hasSize(9).allSatisfy(r -> assertThat(r.get(5))
                .isNull());
        assertThat(Fixtures.where(t, ctx, "table_name", "i1")).extracting(r -> r.get(4) + "=" + r.get(5))
                .containsExactly("TINYINT=-128", "SMALLINT=-32768", "INT=-2147483648", "SMALLINT UNSIGNED=65535",
                        "INT UNSIGNED=4294967295", "BIGINT UNSIGNED=18446744073709551615",
                        "GEOMETRY(32)=POINT (1.000000 2.000000)");
        assertThat(Fixtures.where(t, ctx, "stable_name", "jst")).containsExactly(
                row("jc1", "power", "jst", "j", "JSON(16382)", "{\"k\":\"v\",\"n\":1}"),
                row("jc2", "power", "jst", "j", "JSON(16382)", null));
        assertThat(Fixtures.where(t, ctx, "table_name", "d2")).containsExactly(
                row("d2", "power", "meters", "groupid", "INT", "3"),
                row("d2", "power", "meters", "location", "VARCHAR(24)", null));
    }

    @Test
    void insColumnsListsDataColumnsOnlyWithStorageLengths() {
        SystemTable t = ins("ins_columns");
        assertThat(Fixtures.where(t, ctx, "table_name", "dec")).containsExactly(
                row("dec", "power", "NORMAL_TABLE", "ts", "TIMESTAMP", 8L, null, null, null, null, 1L),
                row("dec", "power", "NORMAL_TABLE", "d", "DECIMAL(10,2)", 8L, null, null, null, null, 2L),
                row("dec", "power", "NORMAL_TABLE", "e", "DECIMAL(20,3)", 16L, null, null, null, null, 3L),
                row("dec", "power", "NORMAL_TABLE", "nc", "NCHAR(10)", 42L, null, null, null, null, 4L),
                row("dec", "power", "NORMAL_TABLE", "vb", "VARBINARY", 12L, null, null, null, null, 5L));
        assertThat(Fixtures.where(t, ctx, "table_name", "meters")).extracting(r -> r.get(2) + " " + r.get(3))
                .containsExactly("SUPER_TABLE ts", "SUPER_TABLE current", "SUPER_TABLE voltage", "SUPER_TABLE phase");
        assertThat(Fixtures.where(t, ctx, "table_name", "d1")).extracting(r -> r.get(2) + " " + r.get(3))
                .containsExactly("CHILD_TABLE ts", "CHILD_TABLE current", "CHILD_TABLE voltage", "CHILD_TABLE phase");
        assertThat(Fixtures.where(t, ctx, "table_name", "empt")).extracting(r -> r.get(4) + "/" + r.get(5))
                .containsExactly("TIMESTAMP/8", "INT/4", "FLOAT/4", "VARCHAR(10)/12");
        assertThat(Fixtures.where(t, ctx, "table_name", "ins_users").get(0)).isEqualTo(row("ins_users",
                "information_schema", "SYSTEM_TABLE", "name", "VARCHAR(24)", 26L, null, null, null, null, null));
    }

    @Test
    void insIndexesHasTheTagIndexOfEverySuperTable() {
        var meters = catalog.database("power").table("meters");
        SystemTable t = ins("ins_indexes");
        assertThat(Fixtures.where(t, ctx, "table_name", "meters")).containsExactly(
                row("groupid_meters", "power", "meters", null, meters.createTime(), "groupid", "tag_index"));
        assertThat(Fixtures.column(t, ctx, "index_name"))
                .containsExactly("ti_ints", "j_jst", "groupid_meters", "t_stcmt", "tb_tg");
    }

    @Test
    void insVgroupsHasEveryVgroupOfEveryDatabase() {
        var power = catalog.database("power");
        List<List<Object>> rows = Fixtures.rows(ins("ins_vgroups"), ctx);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(
                (long) power.vgroupIds()[0], (long) power.vgroupIds()[1]);
        assertThat(rows.stream().mapToLong(r -> (Long) r.get(2)).sum()).isEqualTo(power.dataTableCount());
        assertThat(rows.get(0).subList(3, 7)).containsExactly(1L, "leader", "0/0", null);
    }

    @Test
    void insUsersHasEveryUser() {
        assertThat(Fixtures.rows(ins("ins_users"), ctx)).containsExactly(
                row("alice", 0L, 1L, 0L, 1L, Fixtures.START, "127.0.0.1/32,::1/128"),
                row("root", 1L, 1L, 1L, 1L, catalog.createTime(), "127.0.0.1/32,::1/128"));
    }
}
