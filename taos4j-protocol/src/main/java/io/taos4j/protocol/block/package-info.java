/**
 * The TDengine raw block (serialized {@code SSDataBlock}): {@link io.taos4j.protocol.block.RawBlock}, a validating
 * zero-copy reader; {@link io.taos4j.protocol.block.RawBlockEncoder}, which encodes
 * {@link io.taos4j.protocol.column.ColumnVector}s byte-compatibly with the blocks taosAdapter forwards; and
 * {@link io.taos4j.protocol.block.ColumnSchema}, one column's type and block-schema width. Malformed input surfaces
 * as {@link io.taos4j.protocol.ProtocolException}. Layout: shared/protocol/raw-block.md.
 */
package io.taos4j.protocol.block;
