/**
 * The embedded server's SQL front end: case folding ({@link io.taos4j.server.sql.SqlText}), the tokenizer
 * ({@link io.taos4j.server.sql.Lexer}), the recursive-descent parser for TDengine 3.3's dialect
 * ({@link io.taos4j.server.sql.Parser}, producing {@link io.taos4j.server.sql.ParsedSql} over the
 * {@link io.taos4j.server.sql.ast} tree) and the server-wide error type {@link io.taos4j.server.sql.SqlError}.
 *
 * <p>Internal to the server; not exported. {@code INSERT ... VALUES} is handled by a separate insert parser.
 * Reference: {@code shared/sql/tdengine-sql.md}; grammar facts from TDengine's {@code sql.y} and
 * {@code parTokenizer.c}.
 */
package io.taos4j.server.sql;
