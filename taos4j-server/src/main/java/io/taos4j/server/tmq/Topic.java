package io.taos4j.server.tmq;

import io.taos4j.server.sql.ast.TopicStatement.TopicKind;
import java.util.Objects;

/**
 * A topic: a filter over the logs of one database's vgroups (tdengine-sql.md §9).
 *
 * @param name       topic name
 * @param db         the database whose vgroups it reads
 * @param kind       QUERY, STABLE or DATABASE
 * @param withMeta   whether table DDL and deletes are delivered as meta messages
 * @param sql        the CREATE TOPIC text ({@code ins_topics.sql})
 * @param source     QUERY: the SELECT text; STABLE: the super table name; DATABASE: null
 * @param where      STABLE: the tag condition text, or null
 * @param table      QUERY: the table or super table the SELECT reads
 * @param createTime creation time, ms
 * @param schema     the {@code ins_topics.schema} JSON (query topics: the result columns), {@code ""} otherwise
 */
record Topic(String name, String db, TopicKind kind, boolean withMeta, String sql, String source, String where,
             String table, long createTime, String schema) {
    Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code ins_topics.type}. */
    String typeName() {
        return switch (kind) {
            case QUERY -> "column";
            case STABLE -> "stable";
            case DATABASE -> "db";
        };
    }
}
