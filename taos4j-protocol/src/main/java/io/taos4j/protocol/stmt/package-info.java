/**
 * Parameter-binding layouts of taosAdapter's {@code /ws} endpoint (shared/protocol/ws-sql.md §8, §9): the stmt2
 * bind payload ({@link io.taos4j.protocol.stmt.Stmt2BindPayload} reads it, validating every offset and length;
 * {@link io.taos4j.protocol.stmt.Stmt2BindEncoder} writes it straight into a buffer of known size) and the raw
 * blocks of classic {@code set_tags}/{@code bind} ({@link io.taos4j.protocol.stmt.StmtBindBlock}). Values travel as
 * {@link io.taos4j.protocol.column.ColumnVector}s. Malformed input surfaces as
 * {@link io.taos4j.protocol.ProtocolException} carrying taosAdapter's own error text.
 */
package io.taos4j.protocol.stmt;
