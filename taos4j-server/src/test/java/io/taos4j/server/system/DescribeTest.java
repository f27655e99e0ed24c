package io.taos4j.server.system;

import static io.taos4j.server.system.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** DESCRIBE as tdengine-sql.md §12.2 records it. */
class DescribeTest {
    private final Catalog catalog = Fixtures.catalog();

    @Test
    void childTableIsDescribedLikeItsSuperTable() {
        var power = catalog.database("power");
        ResultData d1 = Describe.of(power.table("d1"));
        assertThat(Fixtures.describe(d1.fields())).containsExactly("field VARCHAR(325)", "type VARCHAR(20)",
                "length INT", "note VARCHAR(16)", "encode VARCHAR(12)", "compress VARCHAR(12)", "level VARCHAR(12)");
        assertThat(Fixtures.rows(d1)).containsExactly(
                row("ts", "TIMESTAMP", 8L, "", "delta-i", "lz4", "medium"),
                row("current", "FLOAT", 4L, "", "delta-d", "lz4", "medium"),
                row("voltage", "INT", 4L, "", "simple8b", "lz4", "medium"),
                row("phase", "FLOAT", 4L, "", "delta-d", "lz4", "medium"),
                row("groupid", "INT", 4L, "TAG", "disabled", "disabled", "disabled"),
                row("location", "VARCHAR", 24L, "TAG", "disabled", "disabled", "disabled"));
        assertThat(Fixtures.rows(Describe.of(power.table("meters")))).isEqualTo(Fixtures.rows(d1));
    }

    @Test
    void compositeKeyDecimalNcharAndJson() {
        var power = catalog.database("power");
        assertThat(Fixtures.rows(Describe.of(power.table("pk")))).extracting(r -> r.get(0) + "|" + r.get(3))
                .containsExactly("ts|", "id|COMPOSITE KEY", "v|");
        assertThat(Fixtures.rows(Describe.of(power.table("dec")))).extracting(r -> r.get(1) + "/" + r.get(2))
                .containsExactly("TIMESTAMP/8", "DECIMAL(10, 2)/8", "DECIMAL(20, 3)/16", "NCHAR/10", "VARBINARY/10");
        assertThat(Fixtures.rows(Describe.of(power.table("jc1"))).get(2))
                .isEqualTo(row("j", "JSON", 4095L, "TAG", "disabled", "disabled", "disabled"));
    }

    @Test
    void systemTablesHaveFourColumns() {
        ResultData r = Describe.of(SystemTables.find("information_schema", "ins_users"));
        assertThat(Fixtures.describe(r.fields())).containsExactly("field VARCHAR(325)", "type VARCHAR(20)",
                "length INT", "note VARCHAR(16)");
        assertThat(Fixtures.rows(r).get(0)).isEqualTo(row("name", "VARCHAR", 24L, ""));
    }
}
