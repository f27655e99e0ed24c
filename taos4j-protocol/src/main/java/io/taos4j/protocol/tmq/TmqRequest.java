package io.taos4j.protocol.tmq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON request on taosAdapter's {@code /rest/tmq} endpoint (tmq.md §1.1, §9):
 * {@code {"action":"<name>","args":{"req_id":N,...}}}. One nested record per action; {@link Unknown} stands for an
 * action name nobody knows (the adapter does not answer it).
 *
 * <p>Records are immutable and thread-safe. {@code req_id} and {@code message_id} are unsigned 64-bit on the wire and
 * held in a {@code long}. {@link TmqJson} encodes and decodes them.
 */
public sealed interface TmqRequest {

    /** The action name on the wire. Never null. */
    String action();

    /** The client's request id, echoed in the reply. */
    long reqId();

    /** One (topic, vgroup) pair of {@code committed} / {@code position}. */
    record TopicVgroup(String topic, int vgroupId) {
        public TopicVgroup {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /** {@code version} (§3.1). */
    record Version(long reqId) implements TmqRequest {
        public static final String ACTION = "version";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /**
     * {@code subscribe} (§3.2). Every value but {@code topics}, {@code listInstances} and {@code config} is a string on
     * the wire; null means "not sent", {@code ""} means "not set".
     */
    record Subscribe(long reqId, String user, String password, String db, String groupId, String clientId,
            String offsetRest, String offsetReset, List<String> topics, String autoCommit,
            String autoCommitIntervalMs, String snapshotEnable, String withTableName, String enableBatchMeta,
            String msgConsumeExcluded, String sessionTimeoutMs, String maxPollIntervalMs, String msgConsumeRawdata,
            String tz, String app, String ip, String connector, Boolean listInstances, Map<String, String> config)
            implements TmqRequest {
        public static final String ACTION = "subscribe";

        public Subscribe {
            topics = topics == null ? null : List.copyOf(topics);
            config = config == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        }

        /** The minimal subscribe JDBC sends: user, password, group, topics; everything else unset. */
        public static Subscribe of(long reqId, String user, String password, String groupId, List<String> topics) {
            return new Subscribe(reqId, user, password, null, groupId, null, null, null, topics, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null);
        }

        /** {@code offset_reset} if non-empty, else {@code offset_rest} (the adapter's rule), else null. */
        public String effectiveOffsetReset() {
            if (offsetReset != null && !offsetReset.isEmpty()) {
                return offsetReset;
            }
            return offsetRest == null || offsetRest.isEmpty() ? null : offsetRest;
        }

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code poll} (§4): wait up to {@code blockingTime} ms; {@code messageId} = last received id, or null. */
    record Poll(long reqId, long blockingTime, Long messageId) implements TmqRequest {
        public static final String ACTION = "poll";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code fetch_raw_data} (§5.1): binary reply {@link FetchRawDataResponse}. */
    record FetchRawData(long reqId, long messageId) implements TmqRequest {
        public static final String ACTION = "fetch_raw_data";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code fetch} (§6): JSON description of the held message's next block. */
    record Fetch(long reqId, long messageId) implements TmqRequest {
        public static final String ACTION = "fetch";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code fetch_block} (§6): binary {@link FetchBlockResponse}. */
    record FetchBlock(long reqId, long messageId) implements TmqRequest {
        public static final String ACTION = "fetch_block";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code fetch_raw} (§6.1): binary {@link FetchRawResponse}. */
    record FetchRaw(long reqId, long messageId) implements TmqRequest {
        public static final String ACTION = "fetch_raw";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code fetch_json_meta} (§7). */
    record FetchJsonMeta(long reqId, long messageId) implements TmqRequest {
        public static final String ACTION = "fetch_json_meta";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code commit} (§8.1): commits every assigned vgroup's position; {@code messageId} is only echoed. */
    record Commit(long reqId, long messageId) implements TmqRequest {
        public static final String ACTION = "commit";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code commit_offset} (§8.2). */
    record CommitOffset(long reqId, String topic, int vgroupId, long offset) implements TmqRequest {
        public static final String ACTION = "commit_offset";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code committed} (§8.3). */
    record Committed(long reqId, List<TopicVgroup> topicVgroupIds) implements TmqRequest {
        public static final String ACTION = "committed";

        public Committed {
            topicVgroupIds = topicVgroupIds == null ? null : List.copyOf(topicVgroupIds);
        }

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code position} (§8.4). */
    record Position(long reqId, List<TopicVgroup> topicVgroupIds) implements TmqRequest {
        public static final String ACTION = "position";

        public Position {
            topicVgroupIds = topicVgroupIds == null ? null : List.copyOf(topicVgroupIds);
        }

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code seek} (§8.5). */
    record Seek(long reqId, String topic, int vgroupId, long offset) implements TmqRequest {
        public static final String ACTION = "seek";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code assignment} (§8.6). */
    record Assignment(long reqId, String topic) implements TmqRequest {
        public static final String ACTION = "assignment";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code list_topics} (§8.7). */
    record ListTopics(long reqId) implements TmqRequest {
        public static final String ACTION = "list_topics";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** {@code unsubscribe} (§8.8). */
    record Unsubscribe(long reqId) implements TmqRequest {
        public static final String ACTION = "unsubscribe";

        @Override
        public String action() {
            return ACTION;
        }
    }

    /** An action this codec does not know; the adapter logs it and sends no reply. */
    record Unknown(String action, long reqId) implements TmqRequest {
        public Unknown {
            Objects.requireNonNull(action, "action");
        }
    }
}
