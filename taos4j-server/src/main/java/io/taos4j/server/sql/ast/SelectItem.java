package io.taos4j.server.sql.ast;

/**
 * One item of a select list: an expression (or {@link Expr.Star}) with an optional alias.
 *
 * @param span  the item's text, alias included
 * @param alias the alias, lower-cased unless back-quoted; null when absent
 */
public record SelectItem(Span span, Expr expr, String alias) {
}
