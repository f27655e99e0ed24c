package io.taos4j;

import java.util.Objects;

/**
 * A position in a topic: one vgroup (TDengine's partition) and a version in that vgroup's write-ahead log.
 *
 * <p>For a received {@link Message} it is where the message starts (the server's {@code offset}); for
 * {@link Consumer#position} and {@link Consumer#committed} it is the next version to read. Immutable.
 *
 * @param topic    the topic name, never null
 * @param vgroupId the vgroup the message came from
 * @param offset   a write-ahead-log version of that vgroup
 */
public record Offset(String topic, int vgroupId, long offset) {
    /** TDengine's "nothing committed" value (0x80004011 as an int), as {@code committed} reports it. */
    public static final long NONE = -2147467247L;

    public Offset {
        Objects.requireNonNull(topic, "topic");
    }
}
