package io.taos4j.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every system table has TDengine 3.3.7.5's columns in order, types and lengths (tdengine-sql.md §11, §12.4). */
class SystemTableColumnsTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                t("information_schema", "ins_databases", "name VARCHAR(64), create_time TIMESTAMP, vgroups INT,"
                        + " ntables BIGINT, replica TINYINT, strict VARCHAR(4), duration VARCHAR(10), keep VARCHAR(32),"
                        + " buffer INT, pagesize INT, pages INT, minrows INT, maxrows INT, comp TINYINT,"
                        + " precision VARCHAR(2), status VARCHAR(10), retentions VARCHAR(60), single_stable BOOL,"
                        + " cachemodel VARCHAR(11), cachesize INT, wal_level TINYINT, wal_fsync_period INT,"
                        + " wal_retention_period INT, wal_retention_size BIGINT, stt_trigger SMALLINT,"
                        + " table_prefix SMALLINT, table_suffix SMALLINT, tsdb_pagesize INT, keep_time_offset INT,"
                        + " ss_chunkpages INT, ss_keeplocal VARCHAR(10), ss_compact TINYINT, with_arbitrator TINYINT,"
                        + " encrypt_algorithm VARCHAR(16), compact_interval VARCHAR(12),"
                        + " compact_time_range VARCHAR(24), compact_time_offset VARCHAR(4)"),
                t("information_schema", "ins_stables", "stable_name VARCHAR(192), db_name VARCHAR(64),"
                        + " create_time TIMESTAMP, columns INT, tags INT, last_update TIMESTAMP,"
                        + " table_comment VARCHAR(1024), watermark VARCHAR(64), max_delay VARCHAR(64),"
                        + " rollup VARCHAR(128), uid BIGINT, isvirtual BOOL, keep BIGINT"),
                t("information_schema", "ins_tables", "table_name VARCHAR(192), db_name VARCHAR(64),"
                        + " create_time TIMESTAMP, columns INT, stable_name VARCHAR(192), uid BIGINT, vgroup_id INT,"
                        + " ttl INT, table_comment VARCHAR(1024), type VARCHAR(21)"),
                t("information_schema", "ins_tags", "table_name VARCHAR(192), db_name VARCHAR(64),"
                        + " stable_name VARCHAR(192), tag_name VARCHAR(64), tag_type VARCHAR(32),"
                        + " tag_value VARCHAR(16384)"),
                t("information_schema", "ins_columns", "table_name VARCHAR(192), db_name VARCHAR(64),"
                        + " table_type VARCHAR(21), col_name VARCHAR(64), col_type VARCHAR(32), col_length INT,"
                        + " col_precision INT, col_scale INT, col_nullable INT, col_source VARCHAR(258),"
                        + " col_id SMALLINT"),
                t("information_schema", "ins_users", "name VARCHAR(24), super TINYINT, enable TINYINT,"
                        + " sysinfo TINYINT, createdb TINYINT, create_time TIMESTAMP, allowed_host VARCHAR(49152)"),
                // systable.c userUserPrivilegesSchema: TSDB_USER_LEN 24, TSDB_DB_NAME_LEN 65,
                // TSDB_TABLE_NAME_LEN 193, TSDB_PRIVILEDGE_CONDITION_LEN 49152
                t("information_schema", "ins_user_privileges", "user_name VARCHAR(24), privilege VARCHAR(10),"
                        + " db_name VARCHAR(65), table_name VARCHAR(193), condition VARCHAR(49152), notes VARCHAR(64)"),
                t("information_schema", "ins_topics", "topic_name VARCHAR(192), db_name VARCHAR(64),"
                        + " create_time TIMESTAMP, sql VARCHAR(2048), schema VARCHAR(65517), meta VARCHAR(4),"
                        + " type VARCHAR(8)"),
                t("information_schema", "ins_subscriptions", "topic_name VARCHAR(205), consumer_group VARCHAR(193),"
                        + " vgroup_id INT, consumer_id VARCHAR(256), user VARCHAR(24), fqdn VARCHAR(128),"
                        + " offset VARCHAR(64), rows BIGINT"),
                t("information_schema", "ins_views", "view_name VARCHAR(192), db_name VARCHAR(64),"
                        + " effective_user VARCHAR(24), create_time TIMESTAMP, type VARCHAR(128),"
                        + " query_sql VARCHAR(2048), parameters VARCHAR(2048), default_values VARCHAR(2048),"
                        + " target_table VARCHAR(192)"),
                t("information_schema", "ins_functions", "name VARCHAR(64), comment VARCHAR(4095), aggregate INT,"
                        + " output_type VARCHAR(31), create_time TIMESTAMP, code_len INT, bufsize INT,"
                        + " func_language VARCHAR(31), func_body VARCHAR(65517), func_version INT"),
                t("information_schema", "ins_streams", "stream_name VARCHAR(192), db_name VARCHAR(64),"
                        + " create_time TIMESTAMP, stream_id VARCHAR(19), sql VARCHAR(49152), status VARCHAR(20),"
                        + " snodeLeader INT, snodeReplica INT, message VARCHAR(256)"),
                t("information_schema", "ins_indexes", "index_name VARCHAR(192), db_name VARCHAR(64),"
                        + " table_name VARCHAR(192), vgroup_id INT, create_time TIMESTAMP, column_name VARCHAR(192),"
                        + " index_type VARCHAR(192)"),
                t("information_schema", "ins_vgroups", "vgroup_id INT, db_name VARCHAR(64), tables INT,"
                        + " v1_dnode SMALLINT, v1_status VARCHAR(9), v1_applied/committed VARCHAR(100),"
                        + " v2_dnode SMALLINT, v2_status VARCHAR(9), v2_applied/committed VARCHAR(100),"
                        + " v3_dnode SMALLINT, v3_status VARCHAR(9), v3_applied/committed VARCHAR(100),"
                        + " v4_dnode SMALLINT, v4_status VARCHAR(9), v4_applied/committed VARCHAR(100),"
                        + " cacheload INT, cacheelements INT, tsma TINYINT, mount_vgroup_id INT"),
                t("information_schema", "ins_dnodes", "id INT, endpoint VARCHAR(134), vnodes SMALLINT,"
                        + " support_vnodes SMALLINT, status VARCHAR(10), create_time TIMESTAMP,"
                        + " reboot_time TIMESTAMP, note VARCHAR(256)"),
                t("information_schema", "ins_mnodes", "id INT, endpoint VARCHAR(134), role VARCHAR(12),"
                        + " status VARCHAR(9), create_time TIMESTAMP, role_time TIMESTAMP"),
                t("information_schema", "ins_qnodes", "id INT, endpoint VARCHAR(134), create_time TIMESTAMP"),
                t("information_schema", "ins_cluster", "id BIGINT, name VARCHAR(40), uptime INT,"
                        + " create_time TIMESTAMP, version VARCHAR(10), expire_time TIMESTAMP"),
                t("information_schema", "ins_configs", "name VARCHAR(32), value VARCHAR(64)"),
                t("information_schema", "ins_dnode_variables", "dnode_id INT, name VARCHAR(32), value VARCHAR(4096),"
                        + " scope VARCHAR(8), category VARCHAR(8), info VARCHAR(64)"),
                t("information_schema", "ins_grants", "version VARCHAR(64), expire_time VARCHAR(19),"
                        + " service_time VARCHAR(19), expired VARCHAR(5), state VARCHAR(9), timeseries VARCHAR(43),"
                        + " dnodes VARCHAR(21), cpu_cores VARCHAR(21), vnodes VARCHAR(21), storage_size VARCHAR(43)"),
                t("performance_schema", "perf_connections", "conn_id INT UNSIGNED, user VARCHAR(24), app VARCHAR(24),"
                        + " pid INT UNSIGNED, end_point VARCHAR(134), login_time TIMESTAMP, last_access TIMESTAMP,"
                        + " user_app VARCHAR(24), user_ip VARCHAR(22)"),
                t("performance_schema", "perf_queries", "kill_id VARCHAR(26), query_id BIGINT UNSIGNED,"
                        + " conn_id INT UNSIGNED, app VARCHAR(24), pid INT, user VARCHAR(24), end_point VARCHAR(22),"
                        + " create_time TIMESTAMP, exec_usec BIGINT, stable_query BOOL, sub_query BOOL, sub_num INT,"
                        + " sub_status VARCHAR(1000), sql VARCHAR(2048), user_app VARCHAR(24), user_ip VARCHAR(22)"),
                t("performance_schema", "perf_apps", "app_id BIGINT UNSIGNED, ip VARCHAR(16), pid INT,"
                        + " name VARCHAR(24), start_time TIMESTAMP, insert_req BIGINT UNSIGNED,"
                        + " insert_row BIGINT UNSIGNED, insert_time BIGINT UNSIGNED, insert_bytes BIGINT UNSIGNED,"
                        + " fetch_bytes BIGINT UNSIGNED, query_time BIGINT UNSIGNED, slow_query BIGINT UNSIGNED,"
                        + " total_req BIGINT UNSIGNED, current_req BIGINT UNSIGNED, last_access TIMESTAMP"),
                t("performance_schema", "perf_consumers", "consumer_id VARCHAR(32), consumer_group VARCHAR(193),"
                        + " client_id VARCHAR(256), user VARCHAR(24), fqdn VARCHAR(128), status VARCHAR(20),"
                        + " topics VARCHAR(205), up_time TIMESTAMP, subscribe_time TIMESTAMP,"
                        + " rebalance_time TIMESTAMP, parameters VARCHAR(192), poll_time TIMESTAMP"),
                t("performance_schema", "perf_trans", "id INT, create_time TIMESTAMP, stage VARCHAR(12),"
                        + " oper VARCHAR(14), db VARCHAR(64), stable VARCHAR(192), killable VARCHAR(10),"
                        + " failed_times INT, last_exec_time TIMESTAMP, last_action_info VARCHAR(511)"));
    }

    private static Arguments t(String db, String name, String columns) {
        return Arguments.of(db, name, Arrays.stream(columns.split(", ")).map(String::strip).toList());
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("tables")
    void columnsAreTDengines(String db, String name, List<String> expected) {
        SystemTable table = SystemTables.find(db, name);
        assertThat(table).as(db + "." + name).isNotNull();
        assertThat(table.database()).isEqualTo(db);
        assertThat(table.name()).isEqualTo(name);
        assertThat(Fixtures.describe(table.fields())).containsExactlyElementsOf(expected);
    }

    @Test
    void registryHoldsExactlyTheSpecifiedTables() {
        List<String> names = SystemTables.all().stream().map(t -> t.database() + "." + t.name()).toList();
        List<String> expected = tables().map(a -> a.get()[0] + "." + a.get()[1]).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(SystemTables.find("INFORMATION_SCHEMA", "INS_TABLES")).isSameAs(
                SystemTables.find("information_schema", "ins_tables"));
        assertThat(SystemTables.find("information_schema", "no_such")).isNull();
        assertThat(SystemTables.find("power", "ins_tables")).isNull();
        assertThat(SystemTables.of("performance_schema")).hasSize(5);
        assertThat(SystemTables.find("information_schema", "ins_databases").fields()).hasSize(37);
    }

    @Test
    void everyTableProducesAlignedRowsOnAFixtureCatalog() {
        SystemContext ctx = Fixtures.context(Fixtures.catalog());
        for (SystemTable t : SystemTables.all()) {
            var batch = t.rows(ctx);
            assertThat(batch.columnCount()).as(t.toString()).isEqualTo(t.fields().size());
            for (int c = 0; c < batch.columnCount(); c++) {
                // the engine encodes results with these block schemas
                assertThat(t.fields().get(c).blockSchema()).isNotNull();
                assertThat(batch.column(c).size()).as(t + " column " + c).isEqualTo(batch.rows());
                assertThat(batch.column(c).type()).isEqualTo(t.fields().get(c).type().type());
            }
        }
    }
}
