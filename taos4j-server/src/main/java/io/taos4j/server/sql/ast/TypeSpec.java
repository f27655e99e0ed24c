package io.taos4j.server.sql.ast;

import io.taos4j.protocol.TaosType;

/**
 * A data type as written in DDL or {@code CAST}.
 *
 * <p>{@code BINARY(n)} and {@code VARCHAR(n)} are {@link TaosType#VARCHAR}; {@code INTEGER} is {@code INT};
 * {@code DECIMAL(p[, s])} is {@link TaosType#DECIMAL64} when {@code p <= 18}, else {@link TaosType#DECIMAL}
 * ({@code DECIMAL} without precision: {@code DECIMAL} with precision 0, for the binder to reject).
 *
 * @param type      the type
 * @param length    declared length for VARCHAR/NCHAR/VARBINARY/GEOMETRY (bytes, NCHAR: characters); in
 *                  {@code CAST} without a length TDengine's default: 65517, NCHAR 16379; 0 for other types
 * @param precision DECIMAL precision, else 0
 * @param scale     DECIMAL scale, else 0
 */
public record TypeSpec(Span span, TaosType type, int length, int precision, int scale) {
}
