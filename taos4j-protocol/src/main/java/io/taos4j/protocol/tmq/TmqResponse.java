package io.taos4j.protocol.tmq;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A JSON reply on {@code /rest/tmq} (tmq.md §1.2). Every reply starts with {@code code, message, action, req_id,
 * timing}; one nested record per success reply adds the action's keys in the adapter's order; {@link Error} is every
 * failure. Success records report code 0 and message {@code ""}. Immutable and thread-safe.
 */
public sealed interface TmqResponse {

    /** 0 on success, else the TDengine code masked with 0xFFFF (65535 for adapter errors). */
    default int code() {
        return 0;
    }

    /** {@code ""} on success, else the error text. Never null. */
    default String message() {
        return "";
    }

    /** The action of the request this answers. Never null. */
    String action();

    /** Echo of the request's req_id. */
    long reqId();

    /** Nanoseconds spent on the request. */
    long timing();

    /** The {@code no committed offset} marker of {@code committed}/{@code position} (0x80004011 as int32). */
    long OFFSET_INVALID = -2147467247L;

    /** One element of {@code assignment}: a vgroup, the current offset and the available WAL range. */
    record VgroupAssignment(int vgroupId, long offset, long begin, long end) {
    }

    /** Reply to {@code version}. */
    record Version(long reqId, long timing, String version) implements TmqResponse {
        @Override
        public String action() {
            return TmqRequest.Version.ACTION;
        }
    }

    /** Reply to {@code subscribe}; {@code listInstances} null unless asked for. */
    record Subscribe(long reqId, long timing, String version, List<String> listInstances) implements TmqResponse {
        public Subscribe {
            listInstances = listInstances == null ? null : List.copyOf(listInstances);
        }

        @Override
        public String action() {
            return TmqRequest.Subscribe.ACTION;
        }
    }

    /** Reply to {@code poll} (§4); with {@code haveMessage} false every other field is zero or empty. */
    record Poll(long reqId, long timing, boolean haveMessage, String topic, String database, int vgroupId,
            int messageType, long messageId, long offset) implements TmqResponse {
        /** {@code message_type} of a data message. */
        public static final int TYPE_DATA = 1;
        /** {@code message_type} of a meta (DDL) message. */
        public static final int TYPE_META = 2;
        /** {@code message_type} of a meta+data message. */
        public static final int TYPE_META_DATA = 3;
        /** {@code message_type} of a raw message. */
        public static final int TYPE_RAW = 4;

        public Poll {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(database, "database");
        }

        /** The "nothing arrived" reply. */
        public static Poll empty(long reqId, long timing) {
            return new Poll(reqId, timing, false, "", "", 0, 0, 0, 0);
        }

        @Override
        public String action() {
            return TmqRequest.Poll.ACTION;
        }
    }

    /** Reply to {@code fetch} (§6); arrays are null when {@code completed}. */
    record Fetch(long reqId, long timing, long messageId, boolean completed, String tableName, int rows,
            int fieldsCount, List<String> fieldsNames, List<Integer> fieldsTypes, List<Long> fieldsLengths,
            int precision) implements TmqResponse {
        public Fetch {
            fieldsNames = fieldsNames == null ? null : List.copyOf(fieldsNames);
            fieldsTypes = fieldsTypes == null ? null : List.copyOf(fieldsTypes);
            fieldsLengths = fieldsLengths == null ? null : List.copyOf(fieldsLengths);
        }

        @Override
        public String action() {
            return TmqRequest.Fetch.ACTION;
        }
    }

    /** Reply to {@code fetch_json_meta} (§7): {@code data} is the meta document as JSON, or null. */
    record FetchJsonMeta(long reqId, long timing, long messageId, JsonNode data) implements TmqResponse {
        @Override
        public String action() {
            return TmqRequest.FetchJsonMeta.ACTION;
        }
    }

    /** Reply to {@code commit}. */
    record Commit(long reqId, long timing, long messageId) implements TmqResponse {
        @Override
        public String action() {
            return TmqRequest.Commit.ACTION;
        }
    }

    /** Reply to {@code commit_offset}: the request's values echoed. */
    record CommitOffset(long reqId, long timing, String topic, int vgroupId, long offset) implements TmqResponse {
        @Override
        public String action() {
            return TmqRequest.CommitOffset.ACTION;
        }
    }

    /** Reply to {@code committed}: one offset per requested pair, {@link #OFFSET_INVALID} = none. */
    record Committed(long reqId, long timing, List<Long> committed) implements TmqResponse {
        public Committed {
            committed = committed == null ? null : List.copyOf(committed);
        }

        @Override
        public String action() {
            return TmqRequest.Committed.ACTION;
        }
    }

    /** Reply to {@code position}. */
    record Position(long reqId, long timing, List<Long> position) implements TmqResponse {
        public Position {
            position = position == null ? null : List.copyOf(position);
        }

        @Override
        public String action() {
            return TmqRequest.Position.ACTION;
        }
    }

    /** Reply to {@code seek}: common fields only. */
    record Seek(long reqId, long timing) implements TmqResponse {
        @Override
        public String action() {
            return TmqRequest.Seek.ACTION;
        }
    }

    /** Reply to {@code assignment}. */
    record Assignment(long reqId, long timing, List<VgroupAssignment> assignment) implements TmqResponse {
        public Assignment {
            assignment = assignment == null ? null : List.copyOf(assignment);
        }

        @Override
        public String action() {
            return TmqRequest.Assignment.ACTION;
        }
    }

    /** Reply to {@code list_topics}. */
    record ListTopics(long reqId, long timing, List<String> topics) implements TmqResponse {
        public ListTopics {
            topics = topics == null ? null : List.copyOf(topics);
        }

        @Override
        public String action() {
            return TmqRequest.ListTopics.ACTION;
        }
    }

    /** Reply to {@code unsubscribe}: common fields only. */
    record Unsubscribe(long reqId, long timing) implements TmqResponse {
        @Override
        public String action() {
            return TmqRequest.Unsubscribe.ACTION;
        }
    }

    /**
     * A failure (§1.2). {@code messageId} is non-null only for {@code fetch}, {@code fetch_block}, {@code fetch_raw}
     * and {@code fetch_json_meta} errors.
     */
    record Error(int code, String message, String action, long reqId, long timing, Long messageId)
            implements TmqResponse {
        public Error {
            if (code == 0) {
                throw new IllegalArgumentException("an error reply needs a non-zero code");
            }
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(action, "action");
        }

        /** An error reply with {@code message_id} only for the actions whose errors carry it. */
        public static Error of(int code, String message, String action, long reqId, long timing, long messageId) {
            boolean withId = switch (action) {
                case TmqRequest.Fetch.ACTION, TmqRequest.FetchBlock.ACTION, TmqRequest.FetchRaw.ACTION,
                        TmqRequest.FetchJsonMeta.ACTION -> true;
                default -> false;
            };
            return new Error(code & 0xFFFF, message, action, reqId, timing, withId ? messageId : null);
        }
    }
}
