package io.taos4j.server.sql.ast;

/**
 * One {@code ORDER BY} item. A bare integer ({@code order by 1}) is an {@link Expr.IntLiteral}: the binder resolves
 * positions and select-list aliases.
 *
 * @param nullsFirst {@code NULLS FIRST} (true) / {@code NULLS LAST} (false); null for the default (first for ASC,
 *                   last for DESC)
 */
public record OrderItem(Expr expr, boolean ascending, Boolean nullsFirst) {
}
