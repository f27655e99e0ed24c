package io.taos4j.server.sql.ast;

/**
 * {@code LIMIT count [OFFSET offset]} / {@code LIMIT offset, count} (same for SLIMIT/SOFFSET); offset 0 when
 * absent.
 */
public record Limit(long count, long offset) {
}
