package io.taos4j.server.sql.ast;

/** TMQ topic and consumer-group statements (tdengine-sql.md §9). */
public sealed interface TopicStatement extends Statement {
    enum TopicKind { QUERY, DATABASE, STABLE }

    /** NONE: plain {@code AS}; WITH: {@code WITH META AS}; ONLY: {@code ONLY META AS}. */
    enum TopicMeta { NONE, WITH, ONLY }

    /**
     * {@code CREATE TOPIC [IF NOT EXISTS] name AS query}, {@code ... [WITH|ONLY META] AS DATABASE db} or
     * {@code ... [WITH|ONLY META] AS STABLE [db.]stb [WHERE cond]}. query is set for QUERY, db for DATABASE,
     * stable (and optionally where) for STABLE; the others are null. The statement text TDengine stores in
     * {@code ins_topics.sql} is the folded text of {@link #span()}.
     */
    record CreateTopic(Span span, boolean ifNotExists, String name, TopicKind kind, TopicMeta meta, Query query,
                       String db, TableName stable, Expr where) implements TopicStatement {
    }

    /** {@code DROP TOPIC [IF EXISTS] [FORCE] name}. */
    record DropTopic(Span span, boolean ifExists, boolean force, String name) implements TopicStatement {
    }

    /** {@code DROP CONSUMER GROUP [IF EXISTS] [FORCE] group ON topic}. */
    record DropConsumerGroup(Span span, boolean ifExists, boolean force, String group, String topic)
            implements TopicStatement {
    }
}
