/**
 * The abstract syntax tree of TDengine SQL statements: immutable records behind sealed interfaces.
 *
 * <p>Every expression and statement carries a {@link io.taos4j.server.sql.ast.Span} as its first component: the
 * {@code [start, end)} offsets of its source text. Result-column labels are built from the case-folded text of
 * an expression's span (tdengine-sql.md §8). Names are stored as TDengine stores them: unquoted names lower-cased,
 * back-quoted names as written (without the backquotes). Lists are never null (empty when absent) and are
 * unmodifiable; components documented as nullable are null when the clause is absent. Internal to the server.
 */
package io.taos4j.server.sql.ast;
