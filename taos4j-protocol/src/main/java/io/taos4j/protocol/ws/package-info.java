/**
 * taosAdapter's {@code /ws} messages: one immutable record per JSON action and binary frame, and the codecs that
 * turn them into frames and back. Reference: shared/protocol/ws-sql.md.
 */
package io.taos4j.protocol.ws;
