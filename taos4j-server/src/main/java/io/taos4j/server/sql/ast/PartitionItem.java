package io.taos4j.server.sql.ast;

/**
 * One {@code PARTITION BY} item: an expression with an optional alias (null when absent).
 */
public record PartitionItem(Expr expr, String alias) {
}
