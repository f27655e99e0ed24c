package io.taos4j.server.tmq;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.tmq.TmqDataPayload;

/**
 * One polled message of a consumer: data (rows of one vgroup, per table), meta (DDL as JSON), or meta+data (the
 * child tables a write request auto-created, as JSON, and that request's rows).
 *
 * @param topic       the topic
 * @param db          the topic's database
 * @param vgroupId    the vgroup the entries come from
 * @param type        poll {@code message_type}: 1 data, 2 meta, 3 meta+data
 * @param offset      the poll reply's {@code offset}: the start version for data and meta+data, one past the DDL for
 *                    meta
 * @param nextVersion the consumer's position after this message
 * @param data        the payload of a data or meta+data message, else null
 * @param meta        the meta document of a meta message (single object, or the batch shape) or of a meta+data
 *                    message (the first created table's {@code create} object with {@code createList}), else null
 */
public record Message(String topic, String db, int vgroupId, int type, long offset, long nextVersion,
                      TmqDataPayload data, JsonNode meta) {
    /** Rows of a data message, 0 for meta. */
    public long rows() {
        return data == null ? 0 : data.rows();
    }
}
