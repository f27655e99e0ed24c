package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Schemaless writes ({@link Taos#put(SmlData)}), part of the connector contract run against every transport; the
 * connection is in a fresh, empty database.
 */
interface SchemalessContract {

    Taos taos();

    @Test
    default void putsInfluxLinesAndReadsThemBack() {
        long written = taos().put(SmlData.builder().protocol(SchemalessProtocol.LINE)
                .precision(SchemalessPrecision.MILLISECONDS)
                .lines("meters,location=SF,groupid=2 current=10.3,voltage=219i32,note=\"ok\" 1648432611249",
                        "meters,location=LA,groupid=3 current=12.5,voltage=221i32 1648432611250")
                .build());
        assertThat(written).isEqualTo(2);
        try (ResultSet rs = taos().query("select location, current, voltage, note from meters order by _ts")) {
            List<String> seen = new java.util.ArrayList<>();
            for (Row row : rs) {
                seen.add(row.getString("location") + " " + row.getDouble("current") + " " + row.getInt("voltage")
                        + " " + row.getString("note"));
            }
            assertThat(seen).containsExactly("SF 10.3 219 ok", "LA 12.5 221 null");
        }
    }

    @Test
    default void putsTelnetAndJsonAsynchronously() throws Exception {
        long telnet = taos().putAsync(SmlData.builder().protocol(SchemalessProtocol.TELNET)
                .lines("cpu 1648432611 0.5 host=a", "cpu 1648432612 0.7 host=a").build()).get(30, TimeUnit.SECONDS);
        long json = taos().putAsync(SmlData.builder().protocol(SchemalessProtocol.JSON)
                .payload("[{\"metric\":\"mem\",\"timestamp\":1648432611249,\"value\":2048,\"tags\":{\"host\":\"a\"}}]")
                .build()).get(30, TimeUnit.SECONDS);
        assertThat(telnet).isEqualTo(2);
        assertThat(json).isEqualTo(1);
        assertThat(taos().query("select _value from cpu order by _ts", Map.class)).extracting(m -> m.get("_value"))
                .containsExactly(0.5, 0.7);
        assertThat(taos().query("select `host`, _value from mem", Map.class)).extracting(m -> m.get("host"))
                .containsExactly("a");
    }

    @Test
    default void namesChildTablesByATagAndGivesThemTheTtl() {
        taos().put(SmlData.builder().protocol(SchemalessProtocol.LINE).precision(SchemalessPrecision.SECONDS)
                .lines("sensors,id=s.1,room=kitchen t=21.5 1700000000").tableNameKey("id").ttl(7).reqId(424242)
                .build());
        assertThat(taos().query("select room, t from s_1", Map.class)).extracting(m -> m.get("room"))
                .containsExactly("kitchen");
        assertThat(taos().query("select `ttl` from information_schema.ins_tables where table_name = 's_1'", Map.class))
                .extracting(m -> ((Number) m.get("ttl")).intValue()).containsExactly(7);
    }

    @Test
    default void reportsTDenginesSchemalessErrors() {
        assertThatThrownBy(() -> taos().put(SmlData.builder().protocol(SchemalessProtocol.LINE)
                .precision(SchemalessPrecision.MILLISECONDS).lines("sml_bad,,, current= 1").build()))
                .isInstanceOfSatisfying(TaosException.class, e -> {
                    assertThat(e.code()).isEqualTo(0x3002);
                    assertThat(e.serverMessage()).isEqualTo("invalid data:,, current= 1");
                });
        assertThatThrownBy(() -> taos().put(SmlData.builder().protocol(SchemalessProtocol.LINE)
                .precision(SchemalessPrecision.MILLISECONDS).lines("m v=1 1", "m v=1i 2").build()))
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x3004));
        assertThat(taos().query("show stables", Map.class)).isEmpty();
    }

    @Test
    default void smlDataNeedsAProtocolAndData() {
        assertThatThrownBy(() -> SmlData.builder().lines("m v=1").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("protocol");
        assertThatThrownBy(() -> SmlData.builder().protocol(SchemalessProtocol.LINE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("data");
        SmlData d = SmlData.builder().protocol(SchemalessProtocol.TELNET).lines(List.of("a", "b")).build();
        assertThat(d.payload()).isEqualTo("a\nb");
        assertThat(d.precision()).isEqualTo(SchemalessPrecision.NOT_CONFIGURED);
        assertThat(d.ttl()).isZero();
        assertThat(d.reqId()).isNull();
    }
}
