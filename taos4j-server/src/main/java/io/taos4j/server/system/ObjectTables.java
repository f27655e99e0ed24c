package io.taos4j.server.system;

import java.util.List;

/**
 * Tables of objects this server cannot create (UDFs, streams, views): the right columns, no rows
 * (tdengine-sql.md §12.4; {@code ins_views} as the JDBC basic capture's {@code show views} reply has it).
 */
final class ObjectTables {
    static final TableDef INS_FUNCTIONS = TableDef.info("ins_functions", "name VARCHAR(64), comment VARCHAR(4095),"
            + " aggregate INT, output_type VARCHAR(31), create_time TIMESTAMP, code_len INT, bufsize INT,"
            + " func_language VARCHAR(31), func_body VARCHAR(65517), func_version INT", TableDef.NO_ROWS);

    static final TableDef INS_STREAMS = TableDef.info("ins_streams", "stream_name VARCHAR(192), db_name VARCHAR(64),"
            + " create_time TIMESTAMP, stream_id VARCHAR(19), sql VARCHAR(49152), status VARCHAR(20),"
            + " snodeLeader INT, snodeReplica INT, message VARCHAR(256)", TableDef.NO_ROWS);

    static final TableDef INS_VIEWS = TableDef.info("ins_views", "view_name VARCHAR(192), db_name VARCHAR(64),"
            + " effective_user VARCHAR(24), create_time TIMESTAMP, type VARCHAR(128), query_sql VARCHAR(2048),"
            + " parameters VARCHAR(2048), default_values VARCHAR(2048), target_table VARCHAR(192)",
            TableDef.NO_ROWS);

    private ObjectTables() {
    }

    static List<TableDef> tables() {
        return List.of(INS_FUNCTIONS, INS_STREAMS, INS_VIEWS);
    }
}
