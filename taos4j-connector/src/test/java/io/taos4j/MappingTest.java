package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Record mapping (serde-like): matching rules, conversions, NULLs, errors. */
class MappingTest {
    private static Taos taos;

    @BeforeAll
    static void start() {
        taos = TaosBuilder.fromDsn("taos+mem://mapping?timezone=Asia/Shanghai").build();
        taos.createDatabase("m", "PRECISION 'ms'");
        taos.useDatabase("m");
        taos.exec("create table t (ts timestamp, group_id int, uti tinyint unsigned, usi smallint unsigned,"
                + " ui int unsigned, ubi bigint unsigned, f float, d double, dec decimal(10,2), vb varbinary(8),"
                + " geo geometry(32), name varchar(16), nc nchar(8))");
        taos.exec("insert into t values ('2024-01-01 08:00:00+08:00', 7, 250, 65000, 4000000000,"
                + " 18000000000000000000, 1.5, 2.25, 12.34, '\\x0102', 'POINT(1 2)', 'hello', 'nç')");
        taos.exec("insert into t (ts) values ('2024-01-02 08:00:00+08:00')");
        taos.exec("create stable js (ts timestamp, v int) tags (j json)");
        taos.exec("insert into js1 using js tags ('{\"a\":1,\"b\":\"x\"}') values ('2024-01-01', 1)");
    }

    @AfterAll
    static void stop() {
        taos.close();
    }

    record Wide(Instant ts, LocalDateTime localTs, OffsetDateTime offsetTs, ZonedDateTime zonedTs, long ticks,
                @TaosColumn("group_id") long group, int uti, int usi, long ui, BigInteger ubi, double f, double d,
                BigDecimal dec, byte[] vb, byte[] geo, String name, String nc) {
    }

    @Test
    void convertsEveryTypeToItsJavaCounterparts() {
        List<Wide> rows = taos.query("select ts, ts as local_ts, ts as offset_ts, ts as zoned_ts, ts as ticks, group_id,"
                + " uti, usi, ui, ubi, f, d, dec, vb, geo, name, nc from t order by ts limit 1", Wide.class);
        Wide w = rows.get(0);
        assertThat(w.ts()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(w.localTs()).isEqualTo(LocalDateTime.of(2024, 1, 1, 8, 0));
        assertThat(w.offsetTs()).isEqualTo(OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(w.zonedTs().getZone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(w.ticks()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli());
        assertThat(w.group()).isEqualTo(7);
        assertThat(w.uti()).isEqualTo(250);
        assertThat(w.usi()).isEqualTo(65000);
        assertThat(w.ui()).isEqualTo(4_000_000_000L);
        assertThat(w.ubi()).isEqualTo(new BigInteger("18000000000000000000"));
        assertThat(w.f()).isEqualTo(1.5);
        assertThat(w.dec()).isEqualByComparingTo("12.34");
        assertThat(w.vb()).containsExactly(1, 2);
        assertThat(w.geo()).hasSize(21);
        assertThat(w.nc()).isEqualTo("nç");
    }

    record Nullable(Instant ts, Optional<String> name, OptionalInt groupId, OptionalLong ui, OptionalDouble d,
                    Integer uti, Optional<Long> missing) {
    }

    @Test
    void nullsBecomeNullOrEmptyOptionals() {
        List<Nullable> rows = taos.query("select * from t order by ts", Nullable.class);
        assertThat(rows.get(0).groupId()).hasValue(7);
        assertThat(rows.get(0).missing()).isEmpty();
        Nullable n = rows.get(1);
        assertThat(n.name()).isEmpty();
        assertThat(n.groupId()).isEmpty();
        assertThat(n.ui()).isEmpty();
        assertThat(n.d()).isEmpty();
        assertThat(n.uti()).isNull();
        record Primitive(Instant ts, int groupId) {
        }
        assertThatThrownBy(() -> taos.query("select * from t order by ts", Primitive.class))
                .isInstanceOf(TaosException.class).hasMessageContaining("field groupId")
                .hasMessageContaining("column group_id is NULL");
    }

    @Test
    void primitiveComponentsOfTheirColumnsOwnTypes() {
        record Typed(@TaosColumn("ts") long ticks, int groupId, float f, double d, long ui, String name,
                     Optional<String> absent) {
        }
        Typed t = taos.query("select ts, group_id, f, d, ui, name from t order by ts limit 1", Typed.class).get(0);
        assertThat(t).isEqualTo(new Typed(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(), 7, 1.5f, 2.25,
                4_000_000_000L, "hello", Optional.empty()));
        try (ResultSet rs = taos.query("select ts, group_id, f, d, ui, name from t order by ts")) {
            assertThatThrownBy(() -> rs.stream(Typed.class).toList()).isInstanceOf(TaosException.class)
                    .hasMessageContaining("field groupId").hasMessageContaining("column group_id is NULL in row 1");
        }
    }

    @Test
    void mismatchesNameTheColumnAndTheField() {
        record Narrow(Instant ts, byte uti) {
        }
        assertThatThrownBy(() -> taos.query("select ts, uti from t order by ts", Narrow.class))
                .isInstanceOf(TaosException.class).hasMessageContaining("field uti")
                .hasMessageContaining("column uti");
        record WrongType(Instant name) {
        }
        assertThatThrownBy(() -> taos.query("select name from t", WrongType.class))
                .hasMessageContaining("field name is java.time.Instant but column name is VARCHAR(16)");
    }

    /** Setters only, no fields with those names. */
    public static final class Bean {
        private final StringBuilder seen = new StringBuilder();

        public void setName(String name) {
            seen.append("name=").append(name).append(';');
        }

        public void setGroupId(Integer id) {
            seen.append("group=").append(id).append(';');
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapsPojosThroughSettersAndIntoMapsAndArrays() {
        Bean bean = taos.query("select name, group_id from t order by ts limit 1", Bean.class).get(0);
        assertThat(bean.seen.toString()).contains("name=hello;").contains("group=7;");
        Map<String, Object> map = (Map<String, Object>) taos.query("select name, group_id from t order by ts limit 1",
                Map.class).get(0);
        assertThat(map.keySet()).containsExactly("name", "group_id");
        Object[] row = taos.query("select name, group_id from t order by ts limit 1", Object[].class).get(0);
        assertThat(row).containsExactly("hello", 7);
    }

    record Tagged(int v, JsonNode j) {
    }

    @Test
    void readsJsonAsJacksonNodesOrText() {
        Tagged t = taos.query("select v, j from js", Tagged.class).get(0);
        assertThat(t.j().get("a").asInt()).isEqualTo(1);
        assertThat(t.j().get("b").asText()).isEqualTo("x");
        try (ResultSet rs = taos.query("select j from js")) {
            Row r = rs.iterator().next();
            assertThat(r.getObject("j", ObjectNode.class).size()).isEqualTo(2);
            assertThat(r.getObject("j", String.class)).contains("\"a\"");
        }
    }

    @Test
    void streamsLazilyAndMapsAsynchronously() throws Exception {
        try (ResultSet rs = taos.query("select * from t order by ts");
             Stream<Nullable> s = rs.stream(Nullable.class)) {
            assertThat(s.map(n -> n.name().orElse("-")).collect(Collectors.toList())).containsExactly("hello", "-");
        }
        assertThat(taos.queryAsync("select name from t order by ts", Object[].class).get()).hasSize(2);
        try (ResultSet rs = taos.query("select ts from t order by ts")) {
            assertThat(rs.iterator().next().getObject(0, LocalDateTime.class))
                    .isEqualTo(LocalDateTime.of(2024, 1, 1, 8, 0));
        }
    }
}
