package io.taos4j.server.tmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.durable.DurableStorage;
import io.taos4j.server.durable.VgroupLog;
import io.taos4j.server.storage.StorageException;
import io.taos4j.server.system.TmqRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's data subscription: topics, consumer groups, committed offsets, and the per-vgroup logs they read
 * (tmq.md §10, §11). One per engine. In durable mode the write-ahead log is the log and topics plus committed
 * offsets are kept in {@code tmq.json} in the data directory; in memory an in-memory log is attached to the catalog.
 * Thread-safe: group state changes under this object's monitor.
 */
public final class Tmq implements TmqRows {
    /** At most this many topics (TDengine's {@code tmqMaxTopicNum} default). */
    static final int MAX_TOPICS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final TmqLog log;
    private final Path stateFile;
    private final TopicReader reader;
    // Lock order: this monitor (group membership) before a consumer's; a consumer holding its own lock only uses
    // the concurrent maps below and the save lock, never this monitor.
    private final Map<String, Topic> topics = new ConcurrentSkipListMap<>();
    /** Committed offsets by (topic, group, vgroup). */
    private final Map<OffsetKey, Long> committed = new ConcurrentHashMap<>();
    /** Rows delivered by (topic, group, vgroup), for ins_subscriptions. */
    private final Map<OffsetKey, Long> delivered = new ConcurrentHashMap<>();
    private final Object saveLock = new Object();
    private final Map<String, List<TmqConsumer>> groups = new TreeMap<>();
    private final AtomicLong consumerIds = new AtomicLong(System.currentTimeMillis() << 16);
    private final Object appended = new Object();

    record OffsetKey(String topic, String group, int vgroupId) {
    }

    /** Attaches to the catalog's storage: the durable WAL, or a new in-memory log. */
    public Tmq(Catalog catalog, String serverVersion) {
        this.catalog = catalog;
        if (catalog.storage() instanceof DurableStorage durable) {
            this.log = new TmqLog() {
                @Override
                public Vgroup vgroup(int id) {
                    VgroupLog l = durable.log(id);
                    return l == null ? null : new Vgroup() {
                        @Override
                        public long begin() {
                            return l.firstVersion();
                        }

                        @Override
                        public long end() {
                            return l.lastVersion() + 1;
                        }

                        @Override
                        public java.util.Iterator<io.taos4j.server.durable.LogEntry> read(long from) {
                            return l.read(from);
                        }
                    };
                }

                @Override
                public void onAppend(Runnable listener) {
                    // the WAL does not notify: pollers re-check every few milliseconds
                }
            };
            this.stateFile = durable.dir().resolve("tmq.json");
            load();
        } else {
            MemoryLog memory = new MemoryLog();
            catalog.setStorage(memory);
            catalog.setJournal(memory);
            this.log = memory;
            this.stateFile = null;
        }
        this.reader = new TopicReader(catalog, serverVersion, new DefinitionHistory(log));
        log.onAppend(() -> {
            synchronized (appended) {
                appended.notifyAll();
            }
        });
    }

    Catalog catalog() {
        return catalog;
    }

    TopicReader reader() {
        return reader;
    }

    TmqLog log() {
        return log;
    }

    /** Waits up to {@code millis} for a new log entry (in durable mode at most a few ms: the WAL does not notify). */
    void awaitAppend(long millis) throws InterruptedException {
        long wait = stateFile != null ? Math.min(millis, 5) : millis;
        if (wait <= 0) {
            return;
        }
        synchronized (appended) {
            appended.wait(wait);
        }
    }

    // ---- topics ------------------------------------------------------------------------------------------------

    Topic topic(String name) {
        return topics.get(name);
    }

    /** Whether a topic reads database {@code db} (TDengine refuses to drop such a database). */
    public boolean hasTopicsOn(String db) {
        for (Topic t : topics.values()) {
            if (t.db().equals(db)) {
                return true;
            }
        }
        return false;
    }

    synchronized void addTopic(Topic topic, boolean ifNotExists) {
        if (topics.containsKey(topic.name())) {
            if (ifNotExists) {
                return;
            }
            throw io.taos4j.server.sql.SqlError.of(TaosError.MND_TOPIC_ALREADY_EXIST);
        }
        if (topics.size() >= MAX_TOPICS) {
            throw io.taos4j.server.sql.SqlError.of(TaosError.MND_TOO_MANY_TOPICS);
        }
        topics.put(topic.name(), topic);
        save();
    }

    synchronized void dropTopic(String name, boolean ifExists, boolean force) {
        if (!topics.containsKey(name)) {
            if (ifExists) {
                return;
            }
            throw io.taos4j.server.sql.SqlError.of(TaosError.MND_TOPIC_NOT_EXIST);
        }
        if (!force && subscribed(name, null)) {
            throw io.taos4j.server.sql.SqlError.of(TaosError.MND_TOPIC_SUBSCRIBED);
        }
        topics.remove(name);
        committed.keySet().removeIf(k -> k.topic().equals(name));
        delivered.keySet().removeIf(k -> k.topic().equals(name));
        save();
    }

    synchronized void dropGroup(String group, String topic, boolean ifExists, boolean force) {
        boolean exists = committed.keySet().stream().anyMatch(k -> k.topic().equals(topic) && k.group().equals(group))
                || subscribed(topic, group);
        if (!exists) {
            if (ifExists) {
                return;
            }
            throw io.taos4j.server.sql.SqlError.of(TaosError.MND_SUBSCRIBE_NOT_EXIST);
        }
        if (!force && subscribed(topic, group)) {
            throw io.taos4j.server.sql.SqlError.of(TaosError.MND_CGROUP_USED);
        }
        committed.keySet().removeIf(k -> k.topic().equals(topic) && k.group().equals(group));
        delivered.keySet().removeIf(k -> k.topic().equals(topic) && k.group().equals(group));
        save();
    }

    /** Drops the topics of a dropped database (TDengine refuses the drop; here they simply go with it). */
    private boolean subscribed(String topic, String group) {
        for (Map.Entry<String, List<TmqConsumer>> g : groups.entrySet()) {
            if (group != null && !g.getKey().equals(group)) {
                continue;
            }
            for (TmqConsumer c : g.getValue()) {
                if (c.topics().contains(topic)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- consumers ---------------------------------------------------------------------------------------------

    /** A new consumer (not yet in a group: see {@link TmqConsumer#subscribe}). */
    public TmqConsumer consumer(TmqConsumer.Options options) {
        return new TmqConsumer(this, consumerIds.incrementAndGet(), options);
    }

    synchronized void join(TmqConsumer c) {
        groups.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c);
        rebalance(c.group());
    }

    synchronized void leave(TmqConsumer c) {
        List<TmqConsumer> members = groups.get(c.group());
        if (members != null && members.remove(c)) {
            if (members.isEmpty()) {
                groups.remove(c.group());
            }
            rebalance(c.group());
        }
    }

    /** Removes members that stopped polling for longer than their max.poll.interval.ms. */
    synchronized void expire(String group, long now) {
        List<TmqConsumer> members = groups.get(group);
        if (members == null) {
            return;
        }
        List<TmqConsumer> gone = new ArrayList<>();
        for (TmqConsumer c : members) {
            if (c.expired(now)) {
                gone.add(c);
            }
        }
        for (TmqConsumer c : gone) {
            c.expel();
            leave(c);
        }
    }

    private void rebalance(String group) {
        List<TmqConsumer> members = groups.getOrDefault(group, List.of());
        for (TmqConsumer c : members) {
            c.assign(assignmentOf(c, members));
        }
    }

    /** Per topic of {@code c}: the vgroups it owns, spreading each topic's vgroups round-robin over its members. */
    private Map<String, List<Integer>> assignmentOf(TmqConsumer c, List<TmqConsumer> members) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (String name : c.topics()) {
            Topic t = topics.get(name);
            Database db = t == null ? null : catalog.findDatabase(t.db());
            List<Integer> mine = new ArrayList<>();
            if (db != null) {
                List<TmqConsumer> sharing = new ArrayList<>();
                for (TmqConsumer m : members) {
                    if (m.topics().contains(name)) {
                        sharing.add(m);
                    }
                }
                sharing.sort(Comparator.comparingLong(TmqConsumer::id));
                int me = sharing.indexOf(c);
                int[] vgroups = db.vgroupIds();
                for (int i = 0; i < vgroups.length; i++) {
                    if (i % sharing.size() == me) {
                        mine.add(vgroups[i]);
                    }
                }
            }
            out.put(name, mine);
        }
        return out;
    }

    Long committed(String topic, String group, int vgroupId) {
        return committed.get(new OffsetKey(topic, group, vgroupId));
    }

    void commit(String topic, String group, int vgroupId, long offset) {
        committed.put(new OffsetKey(topic, group, vgroupId), offset);
    }

    void delivered(String topic, String group, int vgroupId, long rows) {
        delivered.merge(new OffsetKey(topic, group, vgroupId), rows, Long::sum);
    }

    /** Makes topics and commits durable (a no-op in memory). */
    void save() {
        if (stateFile == null) {
            return;
        }
        synchronized (saveLock) {
            write();
        }
    }

    private void write() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ts = root.putArray("topics");
        for (Topic t : topics.values()) {
            ObjectNode o = ts.addObject();
            o.put("name", t.name()).put("db", t.db()).put("kind", t.kind().name()).put("meta", t.withMeta())
                    .put("sql", t.sql()).put("source", t.source()).put("where", t.where()).put("table", t.table())
                    .put("createTime", t.createTime()).put("schema", t.schema());
        }
        ArrayNode os = root.putArray("offsets");
        committed.forEach((k, v) -> os.addObject().put("topic", k.topic()).put("group", k.group())
                .put("vgroup", k.vgroupId()).put("offset", v));
        try {
            Path tmp = stateFile.resolveSibling("tmq.json.tmp");
            Files.write(tmp, JSON.writeValueAsBytes(root));
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot write " + stateFile + ": " + e.getMessage(), e);
        }
    }

    private void load() {
        if (!Files.exists(stateFile)) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(stateFile.toFile());
            for (JsonNode o : root.path("topics")) {
                Topic t = new Topic(o.get("name").asText(), o.get("db").asText(),
                        io.taos4j.server.sql.ast.TopicStatement.TopicKind.valueOf(o.get("kind").asText()),
                        o.get("meta").asBoolean(), o.get("sql").asText(), text(o, "source"), text(o, "where"),
                        text(o, "table"), o.get("createTime").asLong(), o.get("schema").asText());
                topics.put(t.name(), t);
            }
            for (JsonNode o : root.path("offsets")) {
                committed.put(new OffsetKey(o.get("topic").asText(), o.get("group").asText(),
                        o.get("vgroup").asInt()), o.get("offset").asLong());
            }
        } catch (IOException | RuntimeException e) {
            throw new StorageException("cannot read " + stateFile + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    // ---- system tables -----------------------------------------------------------------------------------------

    @Override
    public synchronized List<Object[]> topics() {
        List<Object[]> rows = new ArrayList<>();
        for (Topic t : topics.values()) {
            rows.add(new Object[] {t.name(), t.db(), t.createTime(), t.sql(), t.schema(), t.withMeta() ? "yes" : "no",
                    t.typeName()});
        }
        return rows;
    }

    @Override
    public synchronized List<Object[]> subscriptions() {
        Map<OffsetKey, Object[]> rows = new TreeMap<>(Comparator.comparing(OffsetKey::topic)
                .thenComparing(OffsetKey::group).thenComparingInt(OffsetKey::vgroupId));
        committed.forEach((k, v) -> rows.put(k, new Object[] {k.topic(), k.group(), k.vgroupId(), null, null, null,
                "wal:" + v, delivered.getOrDefault(k, 0L)}));
        for (List<TmqConsumer> members : groups.values()) {
            for (TmqConsumer c : members) {
                c.assignment().forEach((topic, vgroups) -> {
                    for (int vg : vgroups) {
                        OffsetKey k = new OffsetKey(topic, c.group(), vg);
                        Long off = committed.get(k);
                        rows.put(k, new Object[] {topic, c.group(), vg, "0x" + Long.toHexString(c.id()), c.user(),
                                "localhost", off == null ? "earliest" : "wal:" + off, delivered.getOrDefault(k, 0L)});
                    }
                });
            }
        }
        return new ArrayList<>(rows.values());
    }

    @Override
    public synchronized List<Object[]> consumers() {
        List<Object[]> rows = new ArrayList<>();
        for (List<TmqConsumer> members : groups.values()) {
            for (TmqConsumer c : members) {
                rows.add(new Object[] {"0x" + Long.toHexString(c.id()), c.group(), c.clientId(), c.user(), "localhost",
                        "ready", String.join(",", c.topics()), c.upTime(), c.subscribeTime(), c.rebalanceTime(),
                        c.parameters(), c.lastPoll()});
            }
        }
        return rows;
    }
}
