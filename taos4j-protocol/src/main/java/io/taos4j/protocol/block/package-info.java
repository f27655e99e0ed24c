/**
 * The TDengine raw block (serialized {@code SSDataBlock}): a validating zero-copy reader and an encoder from
 * {@link io.taos4j.protocol.column.ColumnVector}s. Layout: shared/protocol/raw-block.md.
 */
package io.taos4j.protocol.block;
