package io.taos4j.server.adapter;

import io.taos4j.protocol.tmq.FetchBlockResponse;
import io.taos4j.protocol.tmq.FetchRawDataResponse;
import io.taos4j.protocol.tmq.FetchRawResponse;
import io.taos4j.protocol.tmq.TmqBinary;
import io.taos4j.protocol.tmq.TmqDataPayload;
import io.taos4j.protocol.tmq.TmqPayloadCodec;
import io.taos4j.protocol.tmq.TmqRequest;
import io.taos4j.protocol.tmq.TmqResponse;
import io.taos4j.protocol.block.RawBlock;
import io.taos4j.server.catalog.User;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.tmq.Message;
import io.taos4j.server.tmq.TmqConsumer;
import io.taos4j.server.tmq.TmqException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one {@code /rest/tmq} connection (tmq.md §3–§8): its consumer, the one held message and its id
 * counter, the adapter-side auto-commit, and a poll that arrived before {@code subscribe}. Called by one thread at a
 * time (the connection's serial executor).
 */
final class TmqSession {
    private static final int ADAPTER_ERROR = 0xFFFF;
    private static final String NOT_INIT = "tmq not init";
    /** Consumer keys TDengine's {@code tmq_conf_set} accepts (tmq.md §3.3). */
    private static final Set<String> KEYS = Set.of("group.id", "client.id", "enable.auto.commit",
            "auto.commit.interval.ms", "auto.offset.reset", "msg.with.table.name", "experimental.snapshot.enable",
            "enable.replay", "session.timeout.ms", "heartbeat.interval.ms", "max.poll.interval.ms",
            "msg.consume.excluded", "msg.consume.rawdata", "msg.enable.batchmeta", "enable.wal.marker",
            "fetch.max.wait.ms", "min.poll.rows", "td.connect.ip", "td.connect.port", "td.connect.user",
            "td.connect.pass", "td.connect.token", "td.connect.db");

    private final Engine engine;
    private final TmqHandler.Replies replies;
    private volatile TmqConsumer consumer;
    private TmqRequest.Poll pendingPoll;
    private long pendingPollReceived;
    private long messageCounter;
    private Message held;
    private long heldId;
    /** Index of the block {@code fetch} last returned, and the req_id of that fetch. */
    private int fetchIndex = -1;
    private long fetchReqId;
    private boolean autoCommit;
    private long autoCommitInterval = 5000;
    private long nextAutoCommit;

    TmqSession(Engine engine, TmqHandler.Replies replies) {
        this.engine = engine;
        this.replies = replies;
    }

    void handle(TmqRequest r, long received) {
        if (r instanceof TmqRequest.Version v) {
            replies.json(new TmqResponse.Version(v.reqId(), timing(received), engine.info().version()));
            return;
        }
        if (r instanceof TmqRequest.Subscribe s) {
            subscribe(s, received);
            return;
        }
        if (r instanceof TmqRequest.Poll p) {
            if (consumer == null || !consumer.subscribed()) {
                pendingPoll = p; // served once a subscribe succeeds (a newer one replaces it, unanswered)
                pendingPollReceived = received;
                return;
            }
            poll(p, received);
            return;
        }
        if (consumer == null || !consumer.subscribed()) {
            if (r instanceof TmqRequest.FetchRawData f) {
                replies.binary(TmqBinary.encode(FetchRawDataResponse.error(timing(received), f.reqId(), ADAPTER_ERROR,
                        NOT_INIT, f.messageId(), true)));
            } else {
                error(r, received, ADAPTER_ERROR, NOT_INIT);
            }
            return;
        }
        try {
            control(r, received);
        } catch (TmqException e) {
            error(r, received, e.code(), e.getMessage());
        }
    }

    /** The actions that need a subscribed consumer. */
    private void control(TmqRequest r, long received) {
        if (r instanceof TmqRequest.FetchRawData f) {
            fetchRawData(f, received);
        } else if (r instanceof TmqRequest.FetchJsonMeta f) {
            if (check(r, f.messageId(), received)) {
                if (held.type() == 1) {
                    error(r, received, ADAPTER_ERROR, "message type can not get meta, type: 1");
                } else {
                    replies.json(new TmqResponse.FetchJsonMeta(f.reqId(), timing(received), f.messageId(),
                            held.meta()));
                }
            }
        } else if (r instanceof TmqRequest.Fetch f) {
            fetch(f, received);
        } else if (r instanceof TmqRequest.FetchBlock f) {
            fetchBlock(f, received);
        } else if (r instanceof TmqRequest.FetchRaw f) {
            if (check(r, f.messageId(), received)) {
                if (held.data() == null) {
                    error(r, received, ADAPTER_ERROR, "fetch_raw of meta messages is not supported by the taos4j "
                            + "embedded server (TDengine's binary DDL encoding is not implemented)");
                } else {
                    ByteBuffer raw = TmqPayloadCodec.encode(held.data());
                    replies.binary(TmqBinary.encode(new FetchRawResponse(timing(received), f.reqId(), f.messageId(),
                            held.data().metaType(), raw)));
                }
            }
        } else if (r instanceof TmqRequest.Commit c) {
            consumer.commit();
            replies.json(new TmqResponse.Commit(c.reqId(), timing(received), c.messageId()));
        } else if (r instanceof TmqRequest.CommitOffset c) {
            consumer.commitOffset(c.topic(), c.vgroupId(), c.offset());
            replies.json(new TmqResponse.CommitOffset(c.reqId(), timing(received), c.topic(), c.vgroupId(),
                    c.offset()));
        } else if (r instanceof TmqRequest.Committed c) {
            List<Long> out = new ArrayList<>();
            for (TmqRequest.TopicVgroup tv : c.topicVgroupIds()) {
                out.add(consumer.committed(tv.topic(), tv.vgroupId()));
            }
            replies.json(new TmqResponse.Committed(c.reqId(), timing(received), out));
        } else if (r instanceof TmqRequest.Position p) {
            List<Long> out = new ArrayList<>();
            for (TmqRequest.TopicVgroup tv : p.topicVgroupIds()) {
                out.add(consumer.positionOf(tv.topic(), tv.vgroupId()));
            }
            replies.json(new TmqResponse.Position(p.reqId(), timing(received), out));
        } else if (r instanceof TmqRequest.Seek s) {
            consumer.seek(s.topic(), s.vgroupId(), s.offset());
            replies.json(new TmqResponse.Seek(s.reqId(), timing(received)));
        } else if (r instanceof TmqRequest.Assignment a) {
            replies.json(new TmqResponse.Assignment(a.reqId(), timing(received), consumer.assignmentOf(a.topic())));
        } else if (r instanceof TmqRequest.ListTopics l) {
            replies.json(new TmqResponse.ListTopics(l.reqId(), timing(received), consumer.topicsList()));
        } else if (r instanceof TmqRequest.Unsubscribe u) {
            consumer.unsubscribe();
            free();
            replies.json(new TmqResponse.Unsubscribe(u.reqId(), timing(received)));
        }
    }

    private void subscribe(TmqRequest.Subscribe s, long received) {
        if (consumer != null && consumer.subscribed()) {
            error(s, received, ADAPTER_ERROR, "tmq should have unsubscribed first");
            return;
        }
        try {
            if (consumer == null) {
                consumer = newConsumer(s);
                if (consumer == null) {
                    return; // error already sent
                }
            }
            consumer.subscribe(s.topics() == null ? List.of() : s.topics());
        } catch (TmqException e) {
            error(s, received, e.code(), e.getMessage());
            return;
        } catch (SqlError e) {
            error(s, received, e.code() & 0xFFFF, e.getMessage());
            return;
        }
        nextAutoCommit = System.currentTimeMillis() + autoCommitInterval;
        replies.json(new TmqResponse.Subscribe(s.reqId(), timing(received), engine.info().version(),
                Boolean.TRUE.equals(s.listInstances()) ? List.of() : null));
        if (pendingPoll != null) {
            TmqRequest.Poll p = pendingPoll;
            pendingPoll = null;
            poll(p, pendingPollReceived);
        }
    }

    /** Validates the subscribe options the way taosAdapter 3.3.7.5 answers them; null after an error reply. */
    private TmqConsumer newConsumer(TmqRequest.Subscribe s) {
        long received = System.nanoTime();
        Map<String, String> conf = new HashMap<>();
        put(conf, "group.id", s.groupId());
        put(conf, "client.id", s.clientId());
        put(conf, "auto.offset.reset", s.effectiveOffsetReset());
        put(conf, "enable.auto.commit", s.autoCommit());
        put(conf, "auto.commit.interval.ms", s.autoCommitIntervalMs());
        put(conf, "msg.enable.batchmeta", s.enableBatchMeta());
        put(conf, "session.timeout.ms", s.sessionTimeoutMs());
        put(conf, "max.poll.interval.ms", s.maxPollIntervalMs());
        if (s.config() != null) {
            for (Map.Entry<String, String> e : s.config().entrySet()) {
                if (!KEYS.contains(e.getKey())) {
                    error(s, received, 65534, "Unknown error 65534");
                    return null;
                }
                if (!e.getKey().startsWith("td.connect.")) {
                    conf.put(e.getKey(), e.getValue());
                }
            }
        }
        String ac = conf.get("enable.auto.commit");
        if (ac != null && !ac.isEmpty()) {
            switch (ac) {
                case "1", "t", "T", "true", "TRUE", "True" -> autoCommit = true;
                case "0", "f", "F", "false", "FALSE", "False" -> autoCommit = false;
                default -> {
                    error(s, received, ADAPTER_ERROR, "strconv.ParseBool: parsing \"" + ac + "\": invalid syntax");
                    return null;
                }
            }
        }
        String reset = conf.getOrDefault("auto.offset.reset", "latest");
        Long interval = number(conf.get("auto.commit.interval.ms"), 0, Integer.MAX_VALUE);
        Long session = number(conf.get("session.timeout.ms"), 6000, 1_800_000);
        Long maxPoll = number(conf.get("max.poll.interval.ms"), 1000, Integer.MAX_VALUE);
        if (!Set.of("earliest", "latest", "none").contains(reset) || interval == null || session == null
                || maxPoll == null) {
            error(s, received, ADAPTER_ERROR, "fail");
            return null;
        }
        if (interval >= 0) {
            autoCommitInterval = interval; // 0: commit before every poll
        }
        String group = conf.get("group.id");
        if (group == null || group.isEmpty() || group.length() > 192 || group.contains(":")) {
            error(s, received, ADAPTER_ERROR, "malloc tmq element failed or group is empty");
            return null;
        }
        User user = s.user() == null ? null : engine.catalog().user(s.user());
        if (user == null || !user.enabled() || !user.password().matches(s.password() == null ? "" : s.password())) {
            error(s, received, ADAPTER_ERROR, "init tscObj failed");
            return null;
        }
        boolean batchMeta = "1".equals(conf.get("msg.enable.batchmeta"));
        long maxPollMs = maxPoll == -1 ? 300_000 : maxPoll;
        return engine.tmq().consumer(new TmqConsumer.Options(user.name(), group, conf.get("client.id"), reset,
                maxPollMs, batchMeta, "tbname:1;commit:" + autoCommit + ";interval:" + autoCommitInterval
                        + "ms;reset:" + reset));
    }

    private static void put(Map<String, String> conf, String key, String value) {
        if (value != null && !value.isEmpty()) {
            conf.put(key, value);
        }
    }

    /** The value as a number within range, -1 when not set, null when invalid. */
    private static Long number(String v, long min, long max) {
        if (v == null || v.isEmpty()) {
            return -1L;
        }
        try {
            long n = Long.parseLong(v.trim());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void poll(TmqRequest.Poll p, long received) {
        if (p.messageId() != null && held != null && p.messageId() != heldId) {
            replies.json(pollReply(p.reqId(), received, held, heldId)); // the client lost a reply: send it again
            return;
        }
        if (autoCommit && System.currentTimeMillis() >= nextAutoCommit) {
            consumer.commit();
            nextAutoCommit = System.currentTimeMillis() + autoCommitInterval;
        }
        Message m;
        try {
            m = consumer.poll(p.blockingTime());
        } catch (TmqException e) {
            error(p, received, e.code(), e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (m == null) {
            replies.json(TmqResponse.Poll.empty(p.reqId(), timing(received)));
            return;
        }
        held = m;
        heldId = ++messageCounter;
        fetchIndex = -1;
        replies.json(pollReply(p.reqId(), received, m, heldId));
    }

    private static TmqResponse.Poll pollReply(long reqId, long received, Message m, long id) {
        return new TmqResponse.Poll(reqId, timing(received), true, m.topic(), m.db(), m.vgroupId(), m.type(), id,
                m.offset());
    }

    private void fetchRawData(TmqRequest.FetchRawData f, long received) {
        String problem = held == null ? "message has been freed"
                : f.messageId() != heldId ? "message ID is not equal"
                : held.data() == null ? "fetch_raw_data of meta messages is not supported by the taos4j embedded "
                        + "server (TDengine's binary DDL encoding is not implemented); use fetch_json_meta"
                : null;
        if (problem != null) {
            replies.binary(TmqBinary.encode(FetchRawDataResponse.error(timing(received), f.reqId(), ADAPTER_ERROR,
                    problem, f.messageId(), true)));
            return;
        }
        ByteBuffer raw = TmqPayloadCodec.encode(held.data());
        replies.binary(TmqBinary.encode(FetchRawDataResponse.data(timing(received), f.reqId(), f.messageId(),
                held.data().metaType(), raw)));
    }

    private void fetch(TmqRequest.Fetch f, long received) {
        if (!check(f, f.messageId(), received)) {
            return;
        }
        if (held.data() == null) {
            error(f, received, ADAPTER_ERROR, "message type is not data");
            return;
        }
        List<TmqDataPayload.Block> blocks = held.data().blocks();
        fetchIndex++;
        fetchReqId = f.reqId();
        if (fetchIndex >= blocks.size()) {
            fetchIndex = blocks.size();
            replies.json(new TmqResponse.Fetch(f.reqId(), 0, f.messageId(), true, "", 0, 0, null, null, null, 0));
            return;
        }
        TmqDataPayload.Block b = blocks.get(fetchIndex);
        List<String> names = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        List<Long> lengths = new ArrayList<>();
        RawBlock raw = RawBlock.decode(b.rawBlock());
        for (int c = 0; c < b.schema().size(); c++) {
            TmqDataPayload.SchemaColumn col = b.schema().get(c);
            names.add(col.name());
            types.add(col.type());
            lengths.add((long) raw.schema(c).userLength());
        }
        replies.json(new TmqResponse.Fetch(f.reqId(), timing(received), f.messageId(), false,
                b.tableName() == null ? "" : b.tableName(), (int) b.rows(), names.size(), names, types, lengths,
                b.precision()));
    }

    private void fetchBlock(TmqRequest.FetchBlock f, long received) {
        if (held == null) {
            error(f, received, ADAPTER_ERROR, "message has been freed");
            return;
        }
        if (f.messageId() != heldId) {
            error(f, received, ADAPTER_ERROR, "message is nil");
            return;
        }
        if (held.data() == null || fetchIndex < 0) {
            error(f, received, ADAPTER_ERROR, "no fetch data");
            return;
        }
        List<TmqDataPayload.Block> blocks = held.data().blocks();
        TmqDataPayload.Block b = blocks.get(Math.min(fetchIndex, blocks.size() - 1));
        replies.binary(TmqBinary.encode(new FetchBlockResponse(timing(received), fetchReqId, f.messageId(),
                b.rawBlock())));
    }

    /** The held-message checks of the fetch actions; false after an error reply. */
    private boolean check(TmqRequest r, long messageId, long received) {
        if (held == null) {
            error(r, received, ADAPTER_ERROR, "message has been freed");
            return false;
        }
        if (messageId != heldId) {
            error(r, received, ADAPTER_ERROR, r instanceof TmqRequest.Fetch ? "message ID are not equal"
                    : "message ID is not equal");
            return false;
        }
        return true;
    }

    private void free() {
        held = null;
        fetchIndex = -1;
    }

    private void error(TmqRequest r, long received, int code, String message) {
        long messageId = 0;
        if (r instanceof TmqRequest.Fetch f) {
            messageId = f.messageId();
        } else if (r instanceof TmqRequest.FetchBlock f) {
            messageId = f.messageId();
        } else if (r instanceof TmqRequest.FetchRaw f) {
            messageId = f.messageId();
        } else if (r instanceof TmqRequest.FetchJsonMeta f) {
            messageId = f.messageId();
        }
        replies.json(TmqResponse.Error.of(code, message, r.action(), r.reqId(), timing(received), messageId));
    }

    /** A failure the server did not foresee: still an answer, never a silent drop. */
    void internalError(TmqRequest r, long received, RuntimeException e) {
        if (r instanceof TmqRequest.FetchRawData f) {
            replies.binary(TmqBinary.encode(FetchRawDataResponse.error(timing(received), f.reqId(), ADAPTER_ERROR,
                    String.valueOf(e.getMessage()), f.messageId(), true)));
        } else {
            error(r, received, ADAPTER_ERROR, String.valueOf(e.getMessage()));
        }
    }

    /** The connection is gone: ends a waiting poll; called from the network thread. */
    void abort() {
        TmqConsumer c = consumer;
        if (c != null) {
            c.abort();
        }
    }

    void close() {
        free();
        if (consumer != null) {
            consumer.close();
        }
    }

    private static long timing(long received) {
        return System.nanoTime() - received;
    }
}
