package io.taos4j.server.system;

import java.util.List;

/**
 * The data-subscription tables: {@code ins_topics}, {@code ins_subscriptions} and {@code perf_consumers}
 * (tdengine-sql.md §12.4, §9). TDengine 3.3.7.5 lists consumers in {@code performance_schema.perf_consumers}
 * ({@code SHOW CONSUMERS}); newer versions add {@code information_schema.ins_consumers}, which this server does not
 * have yet. Rows come from {@link SystemContext#tmq()}.
 */
final class TmqTables {
    static final TableDef INS_TOPICS = TableDef.info("ins_topics", "topic_name VARCHAR(192), db_name VARCHAR(64),"
            + " create_time TIMESTAMP, sql VARCHAR(2048), schema VARCHAR(65517), meta VARCHAR(4), type VARCHAR(8)",
            TmqTables::topics);

    static final TableDef INS_SUBSCRIPTIONS = TableDef.info("ins_subscriptions", "topic_name VARCHAR(205),"
            + " consumer_group VARCHAR(193), vgroup_id INT, consumer_id VARCHAR(256), user VARCHAR(24),"
            + " fqdn VARCHAR(128), offset VARCHAR(64), rows BIGINT", TmqTables::subscriptions);

    static final TableDef PERF_CONSUMERS = TableDef.perf("perf_consumers", "consumer_id VARCHAR(32),"
            + " consumer_group VARCHAR(193), client_id VARCHAR(256), user VARCHAR(24), fqdn VARCHAR(128),"
            + " status VARCHAR(20), topics VARCHAR(205), up_time TIMESTAMP, subscribe_time TIMESTAMP,"
            + " rebalance_time TIMESTAMP, parameters VARCHAR(192), poll_time TIMESTAMP", TmqTables::consumers);

    private TmqTables() {
    }

    static List<TableDef> tables() {
        return List.of(INS_TOPICS, INS_SUBSCRIPTIONS, PERF_CONSUMERS);
    }

    /** Row per topic: name, db, create time, SQL, schema JSON, {@code yes}/{@code no}, {@code column}/{@code db}/... */
    private static void topics(SystemContext context, Rows out) {
        context.tmq().topics().forEach(out::add);
    }

    /** Row per (topic, group, vgroup): consumer id as {@code 0x...}, offset as {@code wal:4/13}, rows consumed. */
    private static void subscriptions(SystemContext context, Rows out) {
        context.tmq().subscriptions().forEach(out::add);
    }

    /** Row per consumer: id {@code 0x...}, group, client id, user, fqdn, status, topics, times, parameters. */
    private static void consumers(SystemContext context, Rows out) {
        context.tmq().consumers().forEach(out::add);
    }
}
