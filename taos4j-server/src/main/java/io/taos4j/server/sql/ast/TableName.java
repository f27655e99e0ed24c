package io.taos4j.server.sql.ast;

/**
 * A possibly database-qualified table name, {@code [db.]name}.
 *
 * @param db   the database, null when not given (the connection's current database applies)
 * @param name the table name
 */
public record TableName(Span span, String db, String name) {
}
