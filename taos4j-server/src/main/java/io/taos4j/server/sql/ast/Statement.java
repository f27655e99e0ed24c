package io.taos4j.server.sql.ast;

/**
 * A parsed SQL statement. The executor dispatches on the sub-interfaces and their records.
 *
 * <p>{@code INSERT ... VALUES} (and {@code IMPORT}, {@code INSERT ... FILE}) is not represented: the insert parser
 * handles it. Statements the embedded server does not model (streams, views, indexes, TSMA, UDFs, node management,
 * rare SHOW forms) are {@link AdminStatement.Unsupported}.
 */
public sealed interface Statement
        permits Query, DatabaseStatement, TableStatement, ShowStatement, TopicStatement, UserStatement, AdminStatement {
    /** Source offsets of the whole statement (without a trailing {@code ;}). */
    Span span();
}
