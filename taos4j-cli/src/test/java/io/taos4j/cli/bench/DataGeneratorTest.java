package io.taos4j.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated values stay in their ranges, repeat for the same seed, and render as SQL literals. */
class DataGeneratorTest {
    private final List<ColumnSpec> columns = List.of(ColumnSpec.of("f", "FLOAT").withRange(8, 12),
            ColumnSpec.of("i", "SMALLINT").withRange(-5, 5), ColumnSpec.of("s", "NCHAR(6)"),
            ColumnSpec.of("b", "BOOL"), ColumnSpec.of("q", "VARCHAR(10)").withValues(List.of("it's")));
    private final List<ColumnSpec> tags = List.of(ColumnSpec.of("g", "INT").withRange(1, 3));

    @Test
    void valuesStayInRangeAndAreRepeatable() {
        DataGenerator a = new DataGenerator(columns, tags, 100, 1_000, 10, 42);
        DataGenerator b = new DataGenerator(columns, tags, 100, 1_000, 10, 42);
        for (int t = 0; t < 5; t++) {
            assertThat((Long) a.tagValue(0, t)).isBetween(1L, 2L);
            for (long r = 0; r < 200; r++) {
                float f = (Float) a.value(0, t, r);
                assertThat(f).isBetween(8f, 12f);
                assertThat((Long) a.value(1, t, r)).isBetween(-5L, 4L);
                assertThat(((String) a.value(2, t, r)).length()).isBetween(1, 6);
                assertThat(a.value(3, t, r)).isInstanceOf(Boolean.class);
                assertThat(a.literal(4, t, r)).isEqualTo("'it\\'s'");
                assertThat(a.literal(0, t, r)).isEqualTo(b.literal(0, t, r)).doesNotContain("E");
            }
        }
        assertThat(a.timestamp(0)).isEqualTo(1_000);
        assertThat(a.timestamp(5)).isEqualTo(1_050);
    }

    @Test
    void literalsAreSql() {
        assertThat(DataGenerator.literal(1.0E-5f)).isEqualTo("0.00001");
        assertThat(DataGenerator.literal(123456789.0)).isEqualTo("123456789");
        assertThat(DataGenerator.literal(true)).isEqualTo("true");
        assertThat(DataGenerator.literal("a\\b")).isEqualTo("'a\\\\b'");
    }
}
