package io.taos4j.protocol.tmq;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.ProtocolException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Writes and reads {@link TmqResponse}s; see {@link TmqJson}. */
final class TmqResponseCodec {
    private TmqResponseCodec() {
    }

    static void encode(JsonGenerator g, TmqResponse r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("code", r.code());
        g.writeStringField("message", r.message());
        g.writeStringField("action", r.action());
        TmqJson.unsigned(g, "req_id", r.reqId());
        g.writeNumberField("timing", r.timing());
        if (r instanceof TmqResponse.Error e) {
            if (e.messageId() != null) {
                TmqJson.unsigned(g, "message_id", e.messageId());
            }
        } else if (r instanceof TmqResponse.Version v) {
            g.writeStringField("version", v.version());
        } else if (r instanceof TmqResponse.Subscribe s) {
            g.writeStringField("version", s.version());
            if (s.listInstances() != null) {
                strings(g, "list_instances", s.listInstances());
            }
        } else if (r instanceof TmqResponse.Poll p) {
            g.writeBooleanField("have_message", p.haveMessage());
            g.writeStringField("topic", p.topic());
            g.writeStringField("database", p.database());
            g.writeNumberField("vgroup_id", p.vgroupId());
            g.writeNumberField("message_type", p.messageType());
            TmqJson.unsigned(g, "message_id", p.messageId());
            g.writeNumberField("offset", p.offset());
        } else if (r instanceof TmqResponse.Fetch f) {
            writeFetch(g, f);
        } else if (r instanceof TmqResponse.FetchJsonMeta f) {
            TmqJson.unsigned(g, "message_id", f.messageId());
            g.writeFieldName("data");
            if (f.data() == null) {
                g.writeNull();
            } else {
                g.writeTree(f.data());
            }
        } else if (r instanceof TmqResponse.Commit c) {
            TmqJson.unsigned(g, "message_id", c.messageId());
        } else if (r instanceof TmqResponse.CommitOffset c) {
            g.writeStringField("topic", c.topic());
            g.writeNumberField("vgroup_id", c.vgroupId());
            g.writeNumberField("offset", c.offset());
        } else if (r instanceof TmqResponse.Committed c) {
            longs(g, "committed", c.committed());
        } else if (r instanceof TmqResponse.Position p) {
            longs(g, "position", p.position());
        } else if (r instanceof TmqResponse.Assignment a) {
            g.writeFieldName("assignment");
            if (a.assignment() == null) {
                g.writeNull();
            } else {
                g.writeStartArray();
                for (TmqResponse.VgroupAssignment v : a.assignment()) {
                    g.writeStartObject();
                    g.writeNumberField("vgroup_id", v.vgroupId());
                    g.writeNumberField("offset", v.offset());
                    g.writeNumberField("begin", v.begin());
                    g.writeNumberField("end", v.end());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        } else if (r instanceof TmqResponse.ListTopics t) {
            strings(g, "topics", t.topics());
        }
        // Seek, Unsubscribe: common fields only.
        g.writeEndObject();
    }

    private static void writeFetch(JsonGenerator g, TmqResponse.Fetch f) throws IOException {
        TmqJson.unsigned(g, "message_id", f.messageId());
        g.writeBooleanField("completed", f.completed());
        g.writeStringField("table_name", f.tableName());
        g.writeNumberField("rows", f.rows());
        g.writeNumberField("fields_count", f.fieldsCount());
        strings(g, "fields_names", f.fieldsNames());
        g.writeFieldName("fields_types");
        if (f.fieldsTypes() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Integer t : f.fieldsTypes()) {
                g.writeNumber(t);
            }
            g.writeEndArray();
        }
        longs(g, "fields_lengths", f.fieldsLengths());
        g.writeNumberField("precision", f.precision());
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void longs(JsonGenerator g, String name, List<Long> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (Long v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    static TmqResponse decode(String text) {
        JsonNode root;
        try {
            root = TmqJson.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new ProtocolException("/rest/tmq reply is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolException("/rest/tmq reply is not a JSON object");
        }
        JsonNode actionNode = root.get("action");
        if (actionNode == null || !actionNode.isTextual()) {
            throw new ProtocolException("/rest/tmq reply has no action string");
        }
        return new Reader(root, actionNode.textValue()).read();
    }

    private record Reader(JsonNode root, String action) {
        private static final BigInteger U64_LIMIT = BigInteger.ONE.shiftLeft(64);

        TmqResponse read() {
            int code = (int) i64("code");
            long reqId = u64("req_id");
            long timing = i64("timing");
            if (code != 0) {
                String message = string("message");
                Long messageId = has("message_id") ? u64("message_id") : null;
                return new TmqResponse.Error(code, message, action, reqId, timing, messageId);
            }
            return switch (action) {
                case TmqRequest.Version.ACTION -> new TmqResponse.Version(reqId, timing, string("version"));
                case TmqRequest.Subscribe.ACTION -> new TmqResponse.Subscribe(reqId, timing, string("version"),
                        list("list_instances", n -> text(n, "list_instances")));
                case TmqRequest.Poll.ACTION -> new TmqResponse.Poll(reqId, timing, bool("have_message"),
                        string("topic"), string("database"), (int) i64("vgroup_id"), (int) i64("message_type"),
                        u64("message_id"), i64("offset"));
                case TmqRequest.Fetch.ACTION -> new TmqResponse.Fetch(reqId, timing, u64("message_id"),
                        bool("completed"), string("table_name"), (int) i64("rows"), (int) i64("fields_count"),
                        list("fields_names", n -> text(n, "fields_names")),
                        list("fields_types", n -> (int) number(n, "fields_types")),
                        list("fields_lengths", n -> number(n, "fields_lengths")), (int) i64("precision"));
                case TmqRequest.FetchJsonMeta.ACTION -> new TmqResponse.FetchJsonMeta(reqId, timing,
                        u64("message_id"), has("data") ? root.get("data") : null);
                case TmqRequest.Commit.ACTION -> new TmqResponse.Commit(reqId, timing, u64("message_id"));
                case TmqRequest.CommitOffset.ACTION -> new TmqResponse.CommitOffset(reqId, timing, string("topic"),
                        (int) i64("vgroup_id"), i64("offset"));
                case TmqRequest.Committed.ACTION ->
                        new TmqResponse.Committed(reqId, timing, list("committed", n -> number(n, "committed")));
                case TmqRequest.Position.ACTION ->
                        new TmqResponse.Position(reqId, timing, list("position", n -> number(n, "position")));
                case TmqRequest.Seek.ACTION -> new TmqResponse.Seek(reqId, timing);
                case TmqRequest.Assignment.ACTION ->
                        new TmqResponse.Assignment(reqId, timing, list("assignment", this::assignment));
                case TmqRequest.ListTopics.ACTION ->
                        new TmqResponse.ListTopics(reqId, timing, list("topics", n -> text(n, "topics")));
                case TmqRequest.Unsubscribe.ACTION -> new TmqResponse.Unsubscribe(reqId, timing);
                default -> throw new ProtocolException("/rest/tmq reply for unknown action " + action);
            };
        }

        private boolean has(String key) {
            return root.has(key) && !root.get(key).isNull();
        }

        private ProtocolException bad(String key) {
            return new ProtocolException("/rest/tmq " + action + " reply: " + key + " has the wrong type");
        }

        private long i64(String key) {
            return has(key) ? number(root.get(key), key) : 0;
        }

        private long number(JsonNode n, String key) {
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw bad(key);
            }
            return n.longValue();
        }

        private long u64(String key) {
            if (!has(key)) {
                return 0;
            }
            JsonNode n = root.get(key);
            if (!n.isIntegralNumber() || n.bigIntegerValue().signum() < 0
                    || n.bigIntegerValue().compareTo(U64_LIMIT) >= 0) {
                throw bad(key);
            }
            return n.bigIntegerValue().longValue();
        }

        private boolean bool(String key) {
            if (!has(key)) {
                return false;
            }
            if (!root.get(key).isBoolean()) {
                throw bad(key);
            }
            return root.get(key).booleanValue();
        }

        private String string(String key) {
            if (!has(key)) {
                return "";
            }
            return text(root.get(key), key);
        }

        private String text(JsonNode n, String key) {
            if (!n.isTextual()) {
                throw bad(key);
            }
            return n.textValue();
        }

        private <T> List<T> list(String key, Function<JsonNode, T> element) {
            if (!has(key)) {
                return null;
            }
            JsonNode n = root.get(key);
            if (!n.isArray()) {
                throw bad(key);
            }
            List<T> out = new ArrayList<>(n.size());
            for (JsonNode e : n) {
                out.add(element.apply(e));
            }
            return out;
        }

        private TmqResponse.VgroupAssignment assignment(JsonNode n) {
            if (!n.isObject()) {
                throw bad("assignment");
            }
            Reader r = new Reader(n, action);
            return new TmqResponse.VgroupAssignment((int) r.i64("vgroup_id"), r.i64("offset"), r.i64("begin"),
                    r.i64("end"));
        }
    }
}
