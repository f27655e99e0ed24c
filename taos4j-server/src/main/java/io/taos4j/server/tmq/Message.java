package io.taos4j.server.tmq;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.tmq.TmqDataPayload;

/**
 * One polled message of a consumer: data (rows of one vgroup, per table) or meta (DDL as JSON).
 *
 * @param topic       the topic
 * @param db          the topic's database
 * @param vgroupId    the vgroup the entries come from
 * @param type        poll {@code message_type}: 1 data, 2 meta
 * @param offset      the poll reply's {@code offset}: the start version for data, one past the DDL for meta
 * @param nextVersion the consumer's position after this message
 * @param data        the payload of a data message, else null
 * @param meta        the meta document of a meta message (single object, or the batch shape), else null
 */
public record Message(String topic, String db, int vgroupId, int type, long offset, long nextVersion,
                      TmqDataPayload data, JsonNode meta) {
    /** Rows of a data message, 0 for meta. */
    public long rows() {
        return data == null ? 0 : data.rows();
    }
}
