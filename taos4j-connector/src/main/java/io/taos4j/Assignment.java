package io.taos4j;

import java.util.Objects;

/**
 * One vgroup of a topic assigned to a {@link Consumer}, as TDengine's {@code tmq_get_topic_assignment} reports it.
 *
 * @param topic    the topic, never null
 * @param vgroupId the vgroup (partition)
 * @param offset   the consumer's current offset in it (the start of the last message received, as the server reports)
 * @param begin    the earliest version still available in the vgroup's log
 * @param end      the latest version of the vgroup's log the consumer knows of (as of its last poll)
 */
public record Assignment(String topic, int vgroupId, long offset, long begin, long end) {
    public Assignment {
        Objects.requireNonNull(topic, "topic");
    }
}
