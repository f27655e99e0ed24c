package io.taos4j.server.tmq;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.tmq.TmqResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One consumer (one {@code /rest/tmq} socket): its group, topics, the vgroups the group gave it, and its position
 * per (topic, vgroup). Offsets are log versions: the position is the next version to read, a commit stores the
 * position for the group. Methods are called by one connection at a time; group changes arrive under the
 * {@link Tmq} monitor, so both sides synchronise on this object.
 */
public final class TmqConsumer {
    /**
     * Consumer settings from {@code subscribe}.
     *
     * @param offsetReset {@code earliest}, {@code latest} or {@code none}
     * @param maxPollIntervalMs after this long without a poll the group drops the consumer (rebalance)
     * @param batchMeta whether meta messages use the batch shape ({@code msg.enable.batchmeta} = 1)
     */
    public record Options(String user, String group, String clientId, String offsetReset, long maxPollIntervalMs,
                          boolean batchMeta, String parameters) {
    }

    /** Longest a poll waits, whatever it asks (no overflow for huge blocking times). */
    static final long MAX_WAIT_MS = 3_600_000;

    private final Tmq tmq;
    private final long id;
    private final Options options;
    private final long upTime = System.currentTimeMillis();
    private List<String> topics = List.of();
    private Map<String, List<Integer>> assignment = Map.of();
    private final Map<String, Long> positions = new HashMap<>();
    /** Open log cursors by (topic, vgroup), valid while their position equals the consumer's. */
    private final Map<String, LogCursor> cursors = new HashMap<>();
    private long subscribeTime;
    private long rebalanceTime;
    private volatile long lastPoll = System.currentTimeMillis();
    /** Set from any thread when the connection is gone: a waiting poll returns at once. */
    private volatile boolean aborted;
    private boolean member;
    private int cursor;

    TmqConsumer(Tmq tmq, long id, Options options) {
        this.tmq = tmq;
        this.id = id;
        this.options = options;
    }

    public long id() {
        return id;
    }

    String group() {
        return options.group();
    }

    String user() {
        return options.user();
    }

    String clientId() {
        return options.clientId() == null ? "" : options.clientId();
    }

    String parameters() {
        return options.parameters();
    }

    long upTime() {
        return upTime;
    }

    long subscribeTime() {
        return subscribeTime;
    }

    long rebalanceTime() {
        return rebalanceTime;
    }

    long lastPoll() {
        return lastPoll;
    }

    synchronized List<String> topics() {
        return topics;
    }

    /** The subscribed topic names, in subscription order. */
    public synchronized List<String> topicsList() {
        return topics;
    }

    synchronized Map<String, List<Integer>> assignment() {
        return assignment;
    }

    /**
     * Joins the group for these topics.
     *
     * @throws TmqException 0x03E1 {@code Topic not exist} for an unknown topic
     */
    public void subscribe(List<String> names) {
        for (String n : names) {
            if (tmq.topic(n) == null) {
                throw new TmqException(TaosError.MND_TOPIC_NOT_EXIST);
            }
        }
        synchronized (this) {
            topics = List.copyOf(new java.util.LinkedHashSet<>(names));
            subscribeTime = System.currentTimeMillis();
            lastPoll = subscribeTime;
            member = true;
        }
        tmq.join(this);
    }

    /** Leaves the group; positions are forgotten (what was not committed is read again by the group). */
    public void unsubscribe() {
        tmq.leave(this);
        synchronized (this) {
            member = false;
            topics = List.of();
            assignment = Map.of();
            positions.clear();
            cursors.clear();
        }
    }

    /** True between a successful subscribe and unsubscribe (also while dropped from the group for not polling). */
    public synchronized boolean subscribed() {
        return !topics.isEmpty();
    }

    /** Called by the group (under the Tmq monitor) with this consumer's new share of vgroups. */
    synchronized void assign(Map<String, List<Integer>> next) {
        Map<String, Long> kept = new HashMap<>();
        next.forEach((topic, vgroups) -> vgroups.forEach(vg -> {
            Long p = positions.get(key(topic, vg));
            if (p != null && assignment.getOrDefault(topic, List.of()).contains(vg)) {
                kept.put(key(topic, vg), p);
            }
        }));
        positions.clear();
        positions.putAll(kept);
        cursors.keySet().retainAll(kept.keySet());
        assignment = next;
        rebalanceTime = System.currentTimeMillis();
    }

    synchronized boolean expired(long now) {
        return member && now - lastPoll > options.maxPollIntervalMs();
    }

    /** Dropped by the group for not polling: it rejoins at its next poll. */
    synchronized void expel() {
        member = false;
    }

    private static String key(String topic, int vgroupId) {
        return topic + '\u0000' + vgroupId;
    }

    /** The position of an owned vgroup, starting it from the committed offset or per auto.offset.reset. */
    private long position(String topic, int vg) {
        Long p = positions.get(key(topic, vg));
        if (p != null) {
            return p;
        }
        Long c = tmq.committed(topic, group(), vg);
        TmqLog.Vgroup log = tmq.log().vgroup(vg);
        long begin = log == null ? 0 : log.begin();
        long end = log == null ? 0 : log.end();
        long start;
        if (c != null) {
            start = Math.max(c, begin);
        } else {
            start = switch (options.offsetReset()) {
                case "latest" -> end;
                case "none" -> throw new TmqException(TaosError.TMQ_NO_COMMITTED);
                default -> begin;
            };
        }
        positions.put(key(topic, vg), start);
        return start;
    }

    /**
     * The next message of an owned vgroup, waiting up to {@code timeoutMs} for one.
     *
     * @return the message, or null when nothing arrived in time
     * @throws TmqException 0x4017 when not subscribed
     */
    public Message poll(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Math.min(Math.max(0, timeoutMs), MAX_WAIT_MS);
        while (true) {
            long now = System.currentTimeMillis();
            synchronized (this) {
                if (topics.isEmpty()) {
                    throw new TmqException(TaosError.TMQ_INVALID_STATUS);
                }
                lastPoll = now;
            }
            tmq.expire(group(), now);
            boolean rejoin;
            synchronized (this) {
                rejoin = !member;
                member = true;
            }
            if (rejoin) {
                tmq.join(this);
            }
            Message m = next();
            if (m != null) {
                return m;
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || aborted) {
                return null;
            }
            tmq.awaitAppend(Math.min(left, 200));
        }
    }

    private synchronized Message next() {
        List<String[]> owned = new ArrayList<>();
        assignment.forEach((topic, vgroups) -> vgroups.forEach(vg -> owned.add(new String[] {topic, vg.toString()})));
        for (int i = 0; i < owned.size(); i++) {
            String[] tv = owned.get((cursor + i) % owned.size());
            Topic topic = tmq.topic(tv[0]);
            int vg = Integer.parseInt(tv[1]);
            TmqLog.Vgroup log = tmq.log().vgroup(vg);
            if (topic == null || log == null) {
                continue;
            }
            long from = position(tv[0], vg);
            if (from >= log.end()) {
                continue;
            }
            String key = key(tv[0], vg);
            LogCursor lc = cursors.get(key);
            if (lc == null || lc.position != from) {
                lc = new LogCursor(log.read(from), from);
            }
            TopicReader.Scan scan = tmq.reader().read(topic, lc, vg, from, options.batchMeta());
            positions.put(key, scan.position());
            if (lc.stale || lc.peek() == null) {
                cursors.remove(key); // at the end of what the log held when it was opened: reopen next time
            } else {
                lc.position = scan.position();
                cursors.put(key, lc);
            }
            if (scan.message() != null) {
                cursor = (cursor + i + 1) % Math.max(1, owned.size());
                tmq.delivered(tv[0], group(), vg, scan.message().rows());
                return scan.message();
            }
        }
        return null;
    }

    /** Commits the position of every owned vgroup. */
    public synchronized void commit() {
        assignment.forEach((topic, vgroups) -> vgroups.forEach(vg -> {
            Long p = positions.get(key(topic, vg));
            if (p != null) {
                tmq.commit(topic, group(), vg, p);
            }
        }));
        tmq.save();
    }

    /** {@code commit_offset}: commits {@code offset} for one owned vgroup. */
    public synchronized void commitOffset(String topic, int vg, long offset) {
        owned(topic, vg);
        tmq.commit(topic, group(), vg, offset);
        tmq.save();
    }

    /** {@code committed}: per pair the committed offset or {@link TmqResponse#OFFSET_INVALID}. */
    public synchronized long committed(String topic, int vg) {
        owned(topic, vg);
        Long c = tmq.committed(topic, group(), vg);
        return c == null ? TmqResponse.OFFSET_INVALID : c;
    }

    /** {@code position}: the next version a poll of that vgroup reads. */
    public synchronized long positionOf(String topic, int vg) {
        owned(topic, vg);
        return position(topic, vg);
    }

    /**
     * {@code seek}: the next poll of that vgroup reads versions {@code >= offset}.
     *
     * @throws TmqException 0x4007 outside {@code [begin, end]}, 0x4008/0x4009 for a vgroup/topic not owned
     */
    public synchronized void seek(String topic, int vg, long offset) {
        owned(topic, vg);
        TmqLog.Vgroup log = tmq.log().vgroup(vg);
        long begin = log == null ? 0 : log.begin();
        long end = log == null ? 0 : log.end();
        if (offset < begin || offset > end) {
            throw new TmqException(TaosError.TMQ_VERSION_OUT_OF_RANGE);
        }
        positions.put(key(topic, vg), offset);
    }

    /** {@code assignment}: owned vgroups with position and the log's range. */
    public synchronized List<TmqResponse.VgroupAssignment> assignmentOf(String topic) {
        if (!topics.contains(topic)) {
            throw new TmqException(TaosError.TMQ_INVALID_TOPIC);
        }
        List<TmqResponse.VgroupAssignment> out = new ArrayList<>();
        for (int vg : assignment.getOrDefault(topic, List.of())) {
            TmqLog.Vgroup log = tmq.log().vgroup(vg);
            long begin = log == null ? 0 : log.begin();
            long end = log == null ? 0 : log.end();
            out.add(new TmqResponse.VgroupAssignment(vg, position(topic, vg), begin, end));
        }
        return out;
    }

    private void owned(String topic, int vg) {
        if (!topics.contains(topic)) {
            throw new TmqException(TaosError.TMQ_INVALID_TOPIC);
        }
        if (!assignment.getOrDefault(topic, List.of()).contains(vg)) {
            throw new TmqException(TaosError.TMQ_INVALID_VGID);
        }
    }

    /** For tests and ins tables: positions by topic then vgroup. */
    synchronized Map<String, Long> positions() {
        return new LinkedHashMap<>(positions);
    }

    /** Makes a waiting poll return (nothing) soon; safe from any thread. */
    public void abort() {
        aborted = true;
    }

    /** Leaves the group; idempotent. */
    public void close() {
        unsubscribe();
    }
}
