package io.taos4j.server.system;

import static io.taos4j.server.system.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.sql.SqlError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SHOW TABLE TAGS (tdengine-sql.md §12.1). */
class ShowTableTagsTest {
    private final Catalog catalog = Fixtures.catalog();
    private final SuperTable meters = (SuperTable) catalog.database("power").table("meters");

    @Test
    void withoutAListTbnameThenEveryTag() {
        ResultData r = ShowTableTags.of(meters, null);
        assertThat(Fixtures.describe(r.fields())).containsExactly("tbname VARCHAR(270)", "groupid INT",
                "location VARCHAR(24)");
        assertThat(Fixtures.rows(r)).containsExactly(row("d1", 2L, "California.SanFrancisco"), row("d2", 3L, null));
    }

    @Test
    void withAListExactlyTheListedItems() {
        ResultData r = ShowTableTags.of(meters, List.of("location"));
        assertThat(Fixtures.describe(r.fields())).containsExactly("location VARCHAR(24)");
        assertThat(Fixtures.rows(r)).containsExactly(row("California.SanFrancisco"), row((Object) null));
        assertThat(Fixtures.rows(ShowTableTags.of(meters, List.of("groupid", "TBNAME"))))
                .containsExactly(row(2L, "d1"), row(3L, "d2"));
    }

    @Test
    void tagsKeepTheirTypes() {
        ResultData r = ShowTableTags.of((SuperTable) catalog.database("power").table("tg"), List.of());
        assertThat(Fixtures.describe(r.fields())).containsExactly("tbname VARCHAR(270)", "tb BOOL",
                "tts TIMESTAMP", "tnc NCHAR(5)", "tvc VARCHAR(8)", "tf FLOAT", "td DOUBLE", "tbi BIGINT",
                "tub TINYINT UNSIGNED", "tvb VARBINARY(8)");
        assertThat(Fixtures.rows(r).get(0)).containsExactly("tg1", true, 1704067200123L, "nä", "vc", 1.5f, 2.25,
                -5L, 200L, "\\x6162");
    }

    @Test
    void unknownItem() {
        assertThatThrownBy(() -> ShowTableTags.of(meters, List.of("nope"))).isInstanceOf(SqlError.class)
                .hasMessage("Invalid column name: nope")
                .satisfies(e -> assertThat(((SqlError) e).code()).isEqualTo(0x2602));
    }
}
