package io.taos4j.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.Field;
import io.taos4j.protocol.TaosType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record mappers are planned once per record class, column list and zone, and reused by later queries. */
class RowMapperCacheTest {
    record Reading(Instant ts, int v) {
    }

    /** A POJO: planned for every query (only records are kept). */
    public static final class Bean {
        public Instant ts;
        public int v;
    }

    private static final List<Field> FIELDS = List.of(new Field("ts", TaosType.TIMESTAMP, 8, 0, 0),
            new Field("v", TaosType.INT, 4, 0, 0));

    @Test
    void recordMappersAreReusedForTheSameColumnsAndZone() {
        RowMapper<Reading> first = RowMapper.of(Reading.class, FIELDS, ZoneOffset.UTC);
        assertThat(RowMapper.of(Reading.class, new ArrayList<>(FIELDS), ZoneOffset.UTC)).isSameAs(first);
        assertThat(RowMapper.of(Reading.class, FIELDS, ZoneId.of("Asia/Shanghai"))).isNotSameAs(first);
        List<Field> wider = List.of(FIELDS.get(0), FIELDS.get(1), new Field("x", TaosType.DOUBLE, 8, 0, 0));
        assertThat(RowMapper.of(Reading.class, wider, ZoneOffset.UTC)).isNotSameAs(first);
        assertThat(RowMapper.of(Bean.class, FIELDS, ZoneOffset.UTC))
                .isNotSameAs(RowMapper.of(Bean.class, FIELDS, ZoneOffset.UTC));
    }
}
