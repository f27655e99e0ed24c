package io.taos4j.protocol.tmq;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.ProtocolException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads {@link TmqRequest}s; see {@link TmqJson}. */
final class TmqRequestCodec {
    private TmqRequestCodec() {
    }

    static void encode(JsonGenerator g, TmqRequest r) throws IOException {
        g.writeStartObject();
        g.writeStringField("action", r.action());
        g.writeObjectFieldStart("args");
        TmqJson.unsigned(g, "req_id", r.reqId());
        if (r instanceof TmqRequest.Subscribe s) {
            writeSubscribe(g, s);
        } else if (r instanceof TmqRequest.Poll p) {
            g.writeNumberField("blocking_time", p.blockingTime());
            if (p.messageId() != null) {
                TmqJson.unsigned(g, "message_id", p.messageId());
            }
        } else if (r instanceof TmqRequest.FetchRawData f) {
            TmqJson.unsigned(g, "message_id", f.messageId());
        } else if (r instanceof TmqRequest.Fetch f) {
            TmqJson.unsigned(g, "message_id", f.messageId());
        } else if (r instanceof TmqRequest.FetchBlock f) {
            TmqJson.unsigned(g, "message_id", f.messageId());
        } else if (r instanceof TmqRequest.FetchRaw f) {
            TmqJson.unsigned(g, "message_id", f.messageId());
        } else if (r instanceof TmqRequest.FetchJsonMeta f) {
            TmqJson.unsigned(g, "message_id", f.messageId());
        } else if (r instanceof TmqRequest.Commit c) {
            TmqJson.unsigned(g, "message_id", c.messageId());
        } else if (r instanceof TmqRequest.CommitOffset c) {
            writeTopicVgroupOffset(g, c.topic(), c.vgroupId(), c.offset());
        } else if (r instanceof TmqRequest.Seek s) {
            writeTopicVgroupOffset(g, s.topic(), s.vgroupId(), s.offset());
        } else if (r instanceof TmqRequest.Committed c) {
            writePairs(g, c.topicVgroupIds());
        } else if (r instanceof TmqRequest.Position p) {
            writePairs(g, p.topicVgroupIds());
        } else if (r instanceof TmqRequest.Assignment a) {
            optional(g, "topic", a.topic());
        }
        // Version, ListTopics, Unsubscribe, Unknown: req_id only.
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeSubscribe(JsonGenerator g, TmqRequest.Subscribe s) throws IOException {
        optional(g, "user", s.user());
        optional(g, "password", s.password());
        optional(g, "db", s.db());
        optional(g, "group_id", s.groupId());
        optional(g, "client_id", s.clientId());
        optional(g, "offset_rest", s.offsetRest());
        optional(g, "offset_reset", s.offsetReset());
        if (s.topics() != null) {
            g.writeArrayFieldStart("topics");
            for (String t : s.topics()) {
                g.writeString(t);
            }
            g.writeEndArray();
        }
        optional(g, "auto_commit", s.autoCommit());
        optional(g, "auto_commit_interval_ms", s.autoCommitIntervalMs());
        optional(g, "snapshot_enable", s.snapshotEnable());
        optional(g, "with_table_name", s.withTableName());
        optional(g, "enable_batch_meta", s.enableBatchMeta());
        optional(g, "msg_consume_excluded", s.msgConsumeExcluded());
        optional(g, "session_timeout_ms", s.sessionTimeoutMs());
        optional(g, "max_poll_interval_ms", s.maxPollIntervalMs());
        optional(g, "msg_consume_rawdata", s.msgConsumeRawdata());
        optional(g, "tz", s.tz());
        optional(g, "app", s.app());
        optional(g, "ip", s.ip());
        optional(g, "connector", s.connector());
        if (s.listInstances() != null) {
            g.writeBooleanField("list_instances", s.listInstances());
        }
        if (s.config() != null) {
            g.writeObjectFieldStart("config");
            for (Map.Entry<String, String> e : s.config().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
    }

    private static void writeTopicVgroupOffset(JsonGenerator g, String topic, int vgroupId, long offset)
            throws IOException {
        optional(g, "topic", topic);
        g.writeNumberField("vgroup_id", vgroupId);
        g.writeNumberField("offset", offset);
    }

    private static void writePairs(JsonGenerator g, List<TmqRequest.TopicVgroup> pairs) throws IOException {
        if (pairs == null) {
            return;
        }
        g.writeArrayFieldStart("topic_vgroup_ids");
        for (TmqRequest.TopicVgroup p : pairs) {
            g.writeStartObject();
            g.writeStringField("topic", p.topic());
            g.writeNumberField("vgroup_id", p.vgroupId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    static TmqRequest decode(String text) {
        JsonNode root;
        try {
            root = TmqJson.MAPPER.readTree(text);
        } catch (JacksonException | RuntimeException e) {
            throw new ProtocolException("/rest/tmq request is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolException("/rest/tmq request is not a JSON object");
        }
        JsonNode actionNode = root.get("action");
        if (actionNode == null || !actionNode.isTextual() || actionNode.textValue().isEmpty()) {
            throw new ProtocolException("/rest/tmq request has no action");
        }
        String action = actionNode.textValue();
        JsonNode argsNode = root.get("args");
        if (argsNode != null && !argsNode.isNull() && !argsNode.isObject()) {
            throw new ProtocolException("/rest/tmq request args of " + action + " is not an object");
        }
        Args a = new Args(action, argsNode == null || argsNode.isNull() ? null : argsNode);
        return switch (action) {
            case TmqRequest.Version.ACTION -> new TmqRequest.Version(a.u64("req_id"));
            case TmqRequest.Subscribe.ACTION -> new TmqRequest.Subscribe(a.u64("req_id"), a.string("user"),
                    a.string("password"), a.string("db"), a.string("group_id"), a.string("client_id"),
                    a.string("offset_rest"), a.string("offset_reset"), a.strings("topics"), a.string("auto_commit"),
                    a.string("auto_commit_interval_ms"), a.string("snapshot_enable"), a.string("with_table_name"),
                    a.string("enable_batch_meta"), a.string("msg_consume_excluded"), a.string("session_timeout_ms"),
                    a.string("max_poll_interval_ms"), a.string("msg_consume_rawdata"), a.string("tz"),
                    a.string("app"), a.string("ip"), a.string("connector"), a.bool("list_instances"),
                    a.stringMap("config"));
            case TmqRequest.Poll.ACTION -> new TmqRequest.Poll(a.u64("req_id"), a.i64("blocking_time"),
                    a.has("message_id") ? a.u64("message_id") : null);
            case TmqRequest.FetchRawData.ACTION ->
                    new TmqRequest.FetchRawData(a.u64("req_id"), a.u64("message_id"));
            case TmqRequest.Fetch.ACTION -> new TmqRequest.Fetch(a.u64("req_id"), a.u64("message_id"));
            case TmqRequest.FetchBlock.ACTION -> new TmqRequest.FetchBlock(a.u64("req_id"), a.u64("message_id"));
            case TmqRequest.FetchRaw.ACTION -> new TmqRequest.FetchRaw(a.u64("req_id"), a.u64("message_id"));
            case TmqRequest.FetchJsonMeta.ACTION ->
                    new TmqRequest.FetchJsonMeta(a.u64("req_id"), a.u64("message_id"));
            case TmqRequest.Commit.ACTION -> new TmqRequest.Commit(a.u64("req_id"), a.u64("message_id"));
            case TmqRequest.CommitOffset.ACTION -> new TmqRequest.CommitOffset(a.u64("req_id"), a.stringOrEmpty("topic"),
                    a.i32("vgroup_id"), a.i64("offset"));
            case TmqRequest.Seek.ACTION -> new TmqRequest.Seek(a.u64("req_id"), a.stringOrEmpty("topic"),
                    a.i32("vgroup_id"), a.i64("offset"));
            case TmqRequest.Committed.ACTION -> new TmqRequest.Committed(a.u64("req_id"), a.pairs());
            case TmqRequest.Position.ACTION -> new TmqRequest.Position(a.u64("req_id"), a.pairs());
            case TmqRequest.Assignment.ACTION -> new TmqRequest.Assignment(a.u64("req_id"), a.stringOrEmpty("topic"));
            case TmqRequest.ListTopics.ACTION -> new TmqRequest.ListTopics(a.u64("req_id"));
            case TmqRequest.Unsubscribe.ACTION -> new TmqRequest.Unsubscribe(a.u64("req_id"));
            default -> new TmqRequest.Unknown(action, a.lenientReqId());
        };
    }

    /** Typed access to {@code args}; absent keys give Go's zero values, wrong types a ProtocolException. */
    private record Args(String action, JsonNode node) {
        boolean has(String key) {
            return node != null && node.has(key) && !node.get(key).isNull();
        }

        private JsonNode get(String key) {
            return has(key) ? node.get(key) : null;
        }

        private ProtocolException bad(String key) {
            return new ProtocolException("/rest/tmq " + action + ": args." + key + " has the wrong type");
        }

        long u64(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return 0;
            }
            if (!v.isIntegralNumber() || v.bigIntegerValue().signum() < 0 || v.bigIntegerValue().bitLength() > 64) {
                throw bad(key);
            }
            return v.bigIntegerValue().longValue();
        }

        long i64(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return 0;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw bad(key);
            }
            return v.longValue();
        }

        int i32(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return 0;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw bad(key);
            }
            return v.intValue();
        }

        String string(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                throw bad(key);
            }
            return v.textValue();
        }

        String stringOrEmpty(String key) {
            String s = string(key);
            return s == null ? "" : s;
        }

        Boolean bool(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                throw bad(key);
            }
            return v.booleanValue();
        }

        List<String> strings(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            if (!v.isArray()) {
                throw bad(key);
            }
            List<String> out = new ArrayList<>(v.size());
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw bad(key);
                }
                out.add(e.textValue());
            }
            return out;
        }

        Map<String, String> stringMap(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            if (!v.isObject()) {
                throw bad(key);
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (!e.getValue().isTextual()) {
                    throw bad(key);
                }
                out.put(e.getKey(), e.getValue().textValue());
            }
            return out;
        }

        List<TmqRequest.TopicVgroup> pairs() {
            JsonNode v = get("topic_vgroup_ids");
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                throw bad("topic_vgroup_ids");
            }
            List<TmqRequest.TopicVgroup> out = new ArrayList<>(v.size());
            for (JsonNode e : v) {
                if (!e.isObject()) {
                    throw bad("topic_vgroup_ids");
                }
                Args pair = new Args(action, e);
                out.add(new TmqRequest.TopicVgroup(pair.stringOrEmpty("topic"), pair.i32("vgroup_id")));
            }
            return out;
        }

        long lenientReqId() {
            JsonNode v = get("req_id");
            return v != null && v.isIntegralNumber() && v.canConvertToLong() ? v.longValue() : 0;
        }
    }
}
