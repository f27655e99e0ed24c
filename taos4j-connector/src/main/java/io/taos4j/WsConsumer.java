package io.taos4j;

import io.taos4j.internal.ws.WsTmqConnection;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.spi.EmbeddedServerProvider;
import io.taos4j.protocol.tmq.TmqRequest;
import io.taos4j.protocol.tmq.TmqResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Consumer} over one {@code /rest/tmq} WebSocket (tmq.md §2): poll, then {@code fetch_raw_data} and/or
 * {@code fetch_json_meta} for the held message, so a returned {@link Message} is complete. Auto-commit runs on the
 * client (the server is always told {@code auto_commit=false}), as the official JDBC driver does.
 */
final class WsConsumer implements Consumer {
    private static final Logger LOG = LoggerFactory.getLogger(WsConsumer.class);
    /** How long one poll of the endless iterator waits before polling again. */
    private static final Duration ITERATOR_POLL = Duration.ofSeconds(1);

    private final WsTmqConnection conn;
    private final TaosProperties props;
    private final EmbeddedServerProvider.Handle embedded;
    private final ZoneId zone;
    private final boolean autoCommit;
    private final long autoCommitNanos;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> closeDone = new CompletableFuture<>();

    // used by the one thread that polls (the class comment of Consumer); volatile for close() from elsewhere
    private volatile boolean subscribed;
    private volatile long lastMessageId;
    private volatile boolean uncommitted;
    /** A poll (with its fetches) is under way: its message may be past the server's position, unseen by the user. */
    private volatile boolean polling;
    private long nextAutoCommit;

    WsConsumer(WsTmqConnection conn, TaosProperties props, EmbeddedServerProvider.Handle embedded) {
        this.conn = conn;
        this.props = props;
        this.embedded = embedded;
        ZoneId tz = props.getZoneId(TaosProperty.TIMEZONE);
        this.zone = tz == null ? ZoneId.systemDefault() : tz;
        this.autoCommit = props.getBoolean(TaosProperty.ENABLE_AUTO_COMMIT);
        this.autoCommitNanos = props.getDuration(TaosProperty.AUTO_COMMIT_INTERVAL).toNanos();
        this.nextAutoCommit = System.nanoTime();
        conn.closeFuture().whenComplete((v, e) -> {
            if (!closed.get()) {
                LOG.warn("subscription connection to {} lost; the server has dropped this consumer from its group "
                        + "(build a new consumer to resume from the last commit)", conn.target().safeUrl());
            }
        });
    }

    private long reqId() {
        return conn.nextReqId();
    }

    private CompletableFuture<TmqResponse> send(TmqRequest request) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedError());
        }
        return closedWins(conn.send(request));
    }

    /** A request cut short by {@link #close()} (from another thread) fails as "consumer closed", not as a drop. */
    private <T> CompletableFuture<T> closedWins(CompletableFuture<T> f) {
        return f.handle((v, e) -> {
            if (e == null) {
                return CompletableFuture.completedFuture(v);
            }
            return CompletableFuture.<T>failedFuture(closed.get() ? closedError() : Futures.unwrap(e));
        }).thenCompose(x -> x);
    }

    private static TaosException closedError() {
        return TaosException.of(TaosError.TMQ_CONSUMER_CLOSED, "the consumer is closed");
    }

    // ---- subscribe ----

    @Override
    public CompletableFuture<Void> subscribeAsync(Collection<String> topics) {
        List<String> list = List.copyOf(topics);
        if (list.isEmpty()) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.INVALID_PARA,
                    "subscribe needs at least one topic"));
        }
        return send(TmqSubscribe.request(props, list, reqId())).thenApply(r -> {
            subscribed = true;
            lastMessageId = 0;
            return null;
        });
    }

    // ---- poll ----

    @Override
    public CompletableFuture<Optional<Message>> pollAsync(Duration timeout) {
        if (timeout.isNegative()) {
            return CompletableFuture.failedFuture(TaosException.of(TaosError.INVALID_PARA,
                    "poll timeout must not be negative"));
        }
        CompletableFuture<Void> before = CompletableFuture.completedFuture(null);
        if (autoCommit && uncommitted && System.nanoTime() - nextAutoCommit >= 0) {
            before = commitAsync().exceptionally(e -> {
                LOG.warn("automatic commit failed: {}", Futures.unwrap(e).getMessage());
                return null;
            });
        }
        polling = true;
        return closedWins(before.thenCompose(v -> {
            if (closed.get()) {
                return CompletableFuture.failedFuture(closedError());
            }
            return conn.send(new TmqRequest.Poll(reqId(), timeout.toMillis(), lastMessageId), timeout);
        }).thenCompose(r -> receive((TmqResponse.Poll) r))).whenComplete((m, e) -> polling = false);
    }

    private CompletableFuture<Optional<Message>> receive(TmqResponse.Poll p) {
        if (!p.haveMessage()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        lastMessageId = p.messageId();
        uncommitted = true;
        Offset offset = new Offset(p.topic(), p.vgroupId(), p.offset());
        long id = p.messageId();
        return switch (p.messageType()) {
            case TmqResponse.Poll.TYPE_DATA -> fetchBlocks(id)
                    .thenApply(d -> Optional.of(new Message.Data(offset, d.end(), p.database(), d.blocks())));
            case TmqResponse.Poll.TYPE_META -> fetchMeta(id)
                    .thenApply(json -> Optional.of(new Message.Meta(offset, p.database(), json)));
            case TmqResponse.Poll.TYPE_META_DATA -> fetchMeta(id).thenCompose(json -> fetchBlocks(id)
                    .thenApply(d -> Optional.of(new Message.MetaData(offset, d.end(), p.database(), json,
                            d.blocks()))));
            default -> CompletableFuture.failedFuture(TaosException.of(TaosError.OPS_NOT_SUPPORT,
                    "message " + id + " of topic " + p.topic() + " has type " + p.messageType()
                            + " (raw data), which taos4j's Consumer does not decode"));
        };
    }

    private CompletableFuture<TmqMessages.Decoded> fetchBlocks(long messageId) {
        return conn.fetchRawData(new TmqRequest.FetchRawData(reqId(), messageId))
                .thenApply(r -> TmqMessages.decode(r, zone));
    }

    private CompletableFuture<String> fetchMeta(long messageId) {
        return conn.send(new TmqRequest.FetchJsonMeta(reqId(), messageId)).thenApply(r -> {
            var data = ((TmqResponse.FetchJsonMeta) r).data();
            return data == null ? "null" : data.toString();
        });
    }

    // ---- iteration ----

    @Override
    public Iterator<Message> iterator() {
        return new Iterator<>() {
            Message next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (!isOpen() || !subscribed) {
                        return false;
                    }
                    try {
                        next = poll(ITERATOR_POLL).orElse(null);
                    } catch (TaosException e) {
                        if (closed.get()) {
                            return false;
                        }
                        throw e;
                    }
                }
                return true;
            }

            @Override
            public Message next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the consumer is closed or unsubscribed");
                }
                Message m = next;
                next = null;
                return m;
            }
        };
    }

    @Override
    public Stream<Message> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }

    @Override
    public Stream<Message> stream(Duration idle) {
        Iterator<Message> it = new Iterator<>() {
            Message next;
            boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = poll(idle).orElse(null);
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public Message next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Message m = next;
                next = null;
                return m;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }

    // ---- offsets ----

    @Override
    public CompletableFuture<Void> commitAsync() {
        uncommitted = false;
        nextAutoCommit = System.nanoTime() + autoCommitNanos;
        return send(new TmqRequest.Commit(reqId(), lastMessageId)).thenApply(r -> null);
    }

    @Override
    public CompletableFuture<Void> commitOffsetAsync(Offset offset) {
        return send(new TmqRequest.CommitOffset(reqId(), offset.topic(), offset.vgroupId(), offset.offset()))
                .thenApply(r -> null);
    }

    @Override
    public CompletableFuture<Optional<Offset>> committedAsync(String topic, int vgroupId) {
        return send(new TmqRequest.Committed(reqId(), List.of(new TmqRequest.TopicVgroup(topic, vgroupId))))
                .thenApply(r -> {
                    long v = single(((TmqResponse.Committed) r).committed(), "committed");
                    return v == TmqResponse.OFFSET_INVALID ? Optional.empty()
                            : Optional.of(new Offset(topic, vgroupId, v));
                });
    }

    @Override
    public CompletableFuture<Offset> positionAsync(String topic, int vgroupId) {
        return send(new TmqRequest.Position(reqId(), List.of(new TmqRequest.TopicVgroup(topic, vgroupId))))
                .thenApply(r -> new Offset(topic, vgroupId, single(((TmqResponse.Position) r).position(),
                        "position")));
    }

    private static long single(List<Long> values, String action) {
        if (values == null || values.size() != 1) {
            throw new TaosException(TaosError.INVALID_MSG.code(), "the server answered " + action + " with "
                    + (values == null ? "no" : values.size()) + " offsets for one vgroup");
        }
        long v = values.get(0);
        if (v < 0 && v != TmqResponse.OFFSET_INVALID) {
            throw new TaosException((int) v & 0xFFFF, action + " failed with code " + v);
        }
        return v;
    }

    @Override
    public CompletableFuture<Void> seekAsync(Offset offset) {
        return send(new TmqRequest.Seek(reqId(), offset.topic(), offset.vgroupId(), offset.offset()))
                .thenApply(r -> null);
    }

    @Override
    public CompletableFuture<Void> seekToBeginningAsync() {
        return seekAll(true);
    }

    @Override
    public CompletableFuture<Void> seekToEndAsync() {
        return seekAll(false);
    }

    private CompletableFuture<Void> seekAll(boolean beginning) {
        return assignmentAsync().thenCompose(all -> {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (List<Assignment> list : all.values()) {
                for (Assignment a : list) {
                    long target = beginning ? a.begin() : a.end();
                    chain = chain.thenCompose(v -> seekAsync(new Offset(a.topic(), a.vgroupId(), target)));
                }
            }
            return chain;
        });
    }

    @Override
    public CompletableFuture<List<Assignment>> assignmentAsync(String topic) {
        return send(new TmqRequest.Assignment(reqId(), topic)).thenApply(r -> {
            List<TmqResponse.VgroupAssignment> list = ((TmqResponse.Assignment) r).assignment();
            List<Assignment> out = new ArrayList<>();
            if (list != null) {
                for (TmqResponse.VgroupAssignment a : list) {
                    out.add(new Assignment(topic, a.vgroupId(), a.offset(), a.begin(), a.end()));
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public CompletableFuture<Map<String, List<Assignment>>> assignmentAsync() {
        return listTopicsAsync().thenCompose(topics -> {
            Map<String, List<Assignment>> out = new LinkedHashMap<>();
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (String t : topics) {
                chain = chain.thenCompose(v -> assignmentAsync(t)).thenAccept(list -> out.put(t, list));
            }
            return chain.thenApply(v -> java.util.Collections.unmodifiableMap(out));
        });
    }

    @Override
    public CompletableFuture<List<String>> listTopicsAsync() {
        return send(new TmqRequest.ListTopics(reqId())).thenApply(r -> {
            List<String> t = ((TmqResponse.ListTopics) r).topics();
            return t == null ? List.of() : List.copyOf(t);
        });
    }

    @Override
    public CompletableFuture<Void> unsubscribeAsync() {
        CompletableFuture<Void> before = autoCommit && uncommitted ? commitAsync()
                : CompletableFuture.completedFuture(null);
        return before.thenCompose(v -> send(new TmqRequest.Unsubscribe(reqId()))).thenApply(r -> {
            subscribed = false;
            lastMessageId = 0;
            uncommitted = false;
            return null;
        });
    }

    // ---- closing ----

    @Override
    public boolean isOpen() {
        return !closed.get() && conn.isOpen();
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        if (!closed.compareAndSet(false, true)) {
            return closeDone;
        }
        CompletableFuture<Void> commit = CompletableFuture.completedFuture(null);
        // not while a poll is under way: the server's position may already include a message the user never got
        if (autoCommit && uncommitted && subscribed && !polling && conn.isOpen()) {
            commit = conn.send(new TmqRequest.Commit(reqId(), lastMessageId)).handle((r, e) -> {
                if (e != null) {
                    LOG.warn("commit on close failed: {}", Futures.unwrap(e).getMessage());
                }
                return null;
            });
        }
        commit.whenComplete((v, e) -> {
            conn.close();
            conn.closeFuture().whenComplete((x, y) -> {
                if (embedded != null) {
                    embedded.close();
                }
                closeDone.complete(null);
            });
        });
        return closeDone;
    }

    @Override
    public String toString() {
        return "Consumer[" + conn.target().safeUrl() + ", group " + props.getString(TaosProperty.GROUP_ID) + "]";
    }
}
