/**
 * taosAdapter's {@code /ws} messages: one immutable record per JSON action and binary frame, and the codecs that
 * turn them into frames and back. Reference: shared/protocol/ws-sql.md.
 *
 * <ul>
 *   <li>{@link io.taos4j.protocol.ws.WsJson}: text frames, {@link io.taos4j.protocol.ws.WsRequest} and
 *       {@link io.taos4j.protocol.ws.WsResponse};
 *   <li>{@link io.taos4j.protocol.ws.WsBinary}: binary frames, {@link io.taos4j.protocol.ws.WsBinaryRequest} and
 *       {@link io.taos4j.protocol.ws.WsBinaryResponse};
 *   <li>{@link io.taos4j.protocol.ws.WsRequestException}: a request the adapter would refuse, with what the server
 *       needs to send the adapter's exact error reply.
 * </ul>
 *
 * Both the client (encodes requests, decodes replies) and the embedded server (decodes requests, encodes replies)
 * use these codecs. Ids ({@code req_id}, result ids, {@code stmt_id}) are unsigned 64-bit on the wire and held in
 * a {@code long}.
 */
package io.taos4j.protocol.ws;
