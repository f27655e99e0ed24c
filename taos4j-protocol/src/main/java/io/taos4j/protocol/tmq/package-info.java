/**
 * The messages of taosAdapter's {@code /rest/tmq} WebSocket endpoint (TMQ data subscription, tmq.md): JSON
 * requests ({@link io.taos4j.protocol.tmq.TmqRequest}) and replies ({@link io.taos4j.protocol.tmq.TmqResponse})
 * through {@link io.taos4j.protocol.tmq.TmqJson}; the binary replies through
 * {@link io.taos4j.protocol.tmq.TmqBinary}; the TMQ data payload of {@code fetch_raw_data} through
 * {@link io.taos4j.protocol.tmq.TmqPayloadCodec}. No I/O; all types immutable and thread-safe.
 */
package io.taos4j.protocol.tmq;
