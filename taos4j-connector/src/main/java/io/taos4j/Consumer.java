package io.taos4j;

import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A TMQ subscription consumer (the Rust connector's {@code Consumer}), built by {@link TmqBuilder}:
 *
 * <pre>{@code
 * try (Consumer c = TmqBuilder.fromDsn("tmq+ws://localhost:6041/?group.id=g1&auto.offset.reset=earliest").build()) {
 *     c.subscribe("meters_topic");
 *     for (Message m : c) {                      // blocks until the next message
 *         if (m instanceof Message.Data d) {
 *             List<Meter> rows = d.deserialize(Meter.class);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p><b>Offsets and delivery.</b> Progress is kept per topic, consumer group and vgroup on the server. With
 * {@code enable.auto.commit} (the default) the consumer commits its position before a poll once
 * {@code auto.commit.interval.ms} has passed since the last commit (the first time: at the next poll), and when it
 * is closed; otherwise call {@link #commit()}. Delivery is at-least-once: what was received after the last commit
 * comes again to the group's next consumer of that vgroup.
 *
 * <p><b>Blocking and async.</b> Every blocking call has a {@code CompletableFuture} twin; the blocking form waits
 * for it. Requests fail with {@code 0x0019} when the server does not answer within {@code read_timeout} (plus the
 * poll time for polls). Errors are {@link TaosException}s with TDengine's code (e.g. {@code 0x03E1} unknown topic,
 * {@code 0x4008} vgroup not assigned to this consumer).
 *
 * <p><b>Connection loss.</b> A consumer lives on one WebSocket, and the server drops the consumer from its group
 * when that socket closes; it does not reconnect by itself. After a loss every call fails with {@code 0x0213} and
 * {@link #isOpen()} is false: build a new consumer, which resumes from the group's last commit.
 *
 * <p><b>Threads.</b> A consumer is used by one thread at a time (as Kafka's), except {@link #close()}, which may be
 * called from any thread and ends a blocked {@link #iterator()}. Nothing blocks while holding a monitor.
 */
public interface Consumer extends AutoCloseable, Iterable<Message> {

    /**
     * Subscribes to {@code topics} (replacing nothing: unsubscribe first to change the subscription). Logging in
     * happens here, so a wrong password fails this call.
     *
     * @throws TaosException e.g. {@code 0x03E1 Topic not exist}, or 65535 when already subscribed
     */
    default void subscribe(Collection<String> topics) {
        Futures.await(subscribeAsync(topics), this);
    }

    /** As {@link #subscribe(Collection)}. */
    default void subscribe(String... topics) {
        subscribe(List.of(topics));
    }

    CompletableFuture<Void> subscribeAsync(Collection<String> topics);

    /**
     * Waits up to {@code timeout} for the next message and receives it whole.
     *
     * @return the message, or empty when none arrived in time
     * @throws TaosException when not subscribed ({@code 0x4017}) or the server fails
     */
    default Optional<Message> poll(Duration timeout) {
        return Futures.await(pollAsync(timeout), this);
    }

    CompletableFuture<Optional<Message>> pollAsync(Duration timeout);

    /**
     * An endless iterator of messages: {@code hasNext()} polls until a message arrives, and returns false only once
     * the consumer is closed or unsubscribed. A poll failure is thrown from {@code hasNext()}.
     */
    @Override
    Iterator<Message> iterator();

    /** The messages of {@link #iterator()} as a sequential stream (endless; use {@code limit} or close). */
    Stream<Message> stream();

    /** Messages until a poll of {@code idle} brings none: a finite stream for draining a topic. */
    Stream<Message> stream(Duration idle);

    /** Commits the current position of every assigned vgroup; returns when the server has stored it. */
    default void commit() {
        Futures.await(commitAsync(), this);
    }

    CompletableFuture<Void> commitAsync();

    /**
     * Acknowledges {@code message} and everything before it in its vgroup: commits {@link Message#next()}.
     */
    default void commit(Message message) {
        commitOffset(message.next());
    }

    /** As {@link #commit(Message)}. */
    default CompletableFuture<Void> commitAsync(Message message) {
        try {
            return commitOffsetAsync(message.next());
        } catch (TaosException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Commits {@code offset} for one vgroup: the next consumer of the group starts there (any version is accepted,
     * also one below the last commit).
     */
    default void commitOffset(Offset offset) {
        Futures.await(commitOffsetAsync(offset), this);
    }

    default void commitOffset(String topic, int vgroupId, long offset) {
        commitOffset(new Offset(topic, vgroupId, offset));
    }

    CompletableFuture<Void> commitOffsetAsync(Offset offset);

    /**
     * The committed offset of one vgroup (the next version the group reads), or empty when nothing is committed.
     *
     * @throws TaosException {@code 0x4008} when the vgroup is not assigned to this consumer
     */
    default Optional<Offset> committed(String topic, int vgroupId) {
        return Futures.await(committedAsync(topic, vgroupId), this);
    }

    CompletableFuture<Optional<Offset>> committedAsync(String topic, int vgroupId);

    /**
     * The position of one vgroup: the version the next poll reads from.
     *
     * @throws TaosException {@code 0x4009} for a topic this consumer does not subscribe to
     */
    default Offset position(String topic, int vgroupId) {
        return Futures.await(positionAsync(topic, vgroupId), this);
    }

    CompletableFuture<Offset> positionAsync(String topic, int vgroupId);

    /**
     * Moves one vgroup's position: the next poll delivers the log entries with version &ge; {@code offset}.
     *
     * @throws TaosException {@code 0x4007} offset out of range, {@code 0x4008}/{@code 0x4009} not assigned
     */
    default void seek(Offset offset) {
        Futures.await(seekAsync(offset), this);
    }

    default void seek(String topic, int vgroupId, long offset) {
        seek(new Offset(topic, vgroupId, offset));
    }

    CompletableFuture<Void> seekAsync(Offset offset);

    /** Seeks every assigned vgroup of every subscribed topic to its earliest available version. */
    default void seekToBeginning() {
        Futures.await(seekToBeginningAsync(), this);
    }

    CompletableFuture<Void> seekToBeginningAsync();

    /** Seeks every assigned vgroup of every subscribed topic to its end: only later writes are delivered. */
    default void seekToEnd() {
        Futures.await(seekToEndAsync(), this);
    }

    CompletableFuture<Void> seekToEndAsync();

    /** The vgroups of {@code topic} assigned to this consumer. */
    default List<Assignment> assignment(String topic) {
        return Futures.await(assignmentAsync(topic), this);
    }

    CompletableFuture<List<Assignment>> assignmentAsync(String topic);

    /** The assigned vgroups of every subscribed topic, by topic (in subscription order). */
    default Map<String, List<Assignment>> assignment() {
        return Futures.await(assignmentAsync(), this);
    }

    CompletableFuture<Map<String, List<Assignment>>> assignmentAsync();

    /** The topics of the current subscription. */
    default List<String> listTopics() {
        return Futures.await(listTopicsAsync(), this);
    }

    CompletableFuture<List<String>> listTopicsAsync();

    /** Leaves the subscription (the group rebalances); {@link #subscribe} may be called again afterwards. */
    default void unsubscribe() {
        Futures.await(unsubscribeAsync(), this);
    }

    CompletableFuture<Void> unsubscribeAsync();

    /** True until {@link #close()}. */
    boolean isOpen();

    /**
     * Commits (when auto-commit is on, something was received since the last commit and no poll is under way: a
     * message a poll cut short by this close was about to return is not committed) and closes the connection, which
     * makes the server drop this consumer from its group. Idempotent; callable from any thread; a poll under way
     * fails with {@code 0x4002}.
     */
    @Override
    default void close() {
        Futures.await(closeAsync(), this);
    }

    CompletableFuture<Void> closeAsync();
}
