package io.taos4j.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The taosBenchmark JSON subset bench reads, and what it refuses. */
class BenchJsonTest {
    private final List<String> notes = new ArrayList<>();

    private BenchConfig read(String json) throws Exception {
        return BenchJson.read(new ObjectMapper().readTree(json), notes::add).build();
    }

    @Test
    void readsTheInsertExampleShape() throws Exception {
        BenchConfig c = read("""
                {"filetype": "insert", "cfgdir": "/etc/taos", "thread_count": 4, "num_of_records_per_req": 100,
                 "prepared_rand": 50, "dsn": "ws://localhost:6041",
                 "databases": [{"dbinfo": {"name": "db", "drop": "no", "precision": "ns", "vgroups": 2, "keep": 3650},
                   "super_tables": [{"name": "st", "childtable_count": 3, "childtable_prefix": "x",
                     "child_table_exists": "no", "insert_mode": "taosc", "insert_rows": 7, "interlace_rows": 2,
                     "insert_interval": 5, "timestamp_step": 10, "start_timestamp": "now", "batch_create_tbl_num": 2,
                     "columns": [{"type": "FLOAT", "name": "current", "count": 2, "max": 12, "min": 8},
                                 {"type": "binary", "len": 16}],
                     "tags": [{"type": "TINYINT", "name": "groupid", "max": 10, "min": 1}]}]}]}
                """);
        assertThat(c.insert()).isTrue();
        assertThat(c.threads()).isEqualTo(4);
        assertThat(c.rowsPerRequest()).isEqualTo(100);
        assertThat(c.preparedRand()).isEqualTo(50);
        assertThat(c.database()).isEqualTo("db");
        assertThat(c.drop()).isFalse();
        assertThat(c.precision()).isEqualTo("ns");
        assertThat(c.vgroups()).isEqualTo(2);
        assertThat(c.superTable()).isEqualTo("st");
        assertThat(c.childTables()).isEqualTo(3);
        assertThat(c.childTable(2)).isEqualTo("x2");
        assertThat(c.insertMode()).isEqualTo("taosc");
        assertThat(c.rowsPerTable()).isEqualTo(7);
        assertThat(c.interlaceRows()).isEqualTo(2);
        assertThat(c.insertIntervalMs()).isEqualTo(5);
        assertThat(c.timestampStep()).isEqualTo(10);
        assertThat(c.startTimestamp()).isEqualTo("now");
        assertThat(c.createTableBatch()).isEqualTo(2);
        assertThat(c.columns()).extracting(ColumnSpec::name).containsExactly("current", "current_2", "c2");
        assertThat(c.columns()).extracting(ColumnSpec::sqlType).containsExactly("FLOAT", "FLOAT", "VARCHAR(16)");
        assertThat(c.columns().get(0).min()).isEqualTo(8);
        assertThat(c.columns().get(0).max()).isEqualTo(12);
        assertThat(c.tags()).extracting(ColumnSpec::sqlType).containsExactly("TINYINT");
        assertThat(notes).containsExactly("cfgdir is not used by bench; ignored",
                "dbinfo.keep is not passed to CREATE DATABASE by bench; ignored");
        assertThat(BenchJson.dsn(new ObjectMapper().readTree("{\"dsn\": \"ws://h:1\"}"))).isEqualTo("ws://h:1");
    }

    @Test
    void refusesWhatItCannotRun() {
        assertThatThrownBy(() -> read("{\"filetype\": \"subscribe\"}")).hasMessageContaining("subscribe");
        assertThatThrownBy(() -> read("{\"databases\": [{}, {}]}")).hasMessageContaining("one database");
        assertThatThrownBy(() -> read("{\"databases\": [{\"super_tables\": [{\"data_source\": \"sample\"}]}]}"))
                .hasMessageContaining("data_source 'sample'");
        assertThatThrownBy(() -> read("{\"databases\": [{\"super_tables\": [{\"non_stop_mode\": \"yes\"}]}]}"))
                .hasMessageContaining("non_stop_mode");
        assertThatThrownBy(() -> read("{\"databases\": [{}], \"super_table_query\": {}}"))
                .hasMessageContaining("super_table_query");
        assertThatThrownBy(() -> read("{\"databases\": [{\"super_tables\": [{\"columns\": [{\"type\": \"json\"}]}]}]}"))
                .hasMessageContaining("JSON");
        assertThatThrownBy(() -> read("{\"thread_count\": \"many\", \"databases\": [{}]}"))
                .hasMessageContaining("thread_count must be an integer");
    }
}
