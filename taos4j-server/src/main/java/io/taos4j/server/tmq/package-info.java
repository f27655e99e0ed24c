/**
 * Data subscription (TMQ, tmq.md): topics over the per-vgroup versioned logs, consumer groups and offsets.
 *
 * <ul>
 *   <li>The log: in durable mode the write-ahead log ({@code durable.VgroupLog}); in memory {@link
 *       io.taos4j.server.tmq.MemoryLog}, attached to the catalog as its storage and journal. Every write (SQL, stmt,
 *       stmt2, schemaless), delete, and table DDL gets a version in its vgroup's log.
 *   <li>{@link io.taos4j.server.tmq.TopicReader} turns log entries into messages: raw blocks per table (a query
 *       topic's SELECT runs over a detached copy of the table holding only the entry's rows), meta JSON for
 *       {@code WITH META} topics.
 *   <li>{@link io.taos4j.server.tmq.Tmq} keeps topics, groups (vgroups spread round-robin over the members that
 *       subscribe a topic, rebalanced on join, leave and missed {@code max.poll.interval.ms}) and committed offsets
 *       (persisted in {@code tmq.json} in durable mode). {@link io.taos4j.server.tmq.TmqConsumer} is one socket's
 *       consumer; the {@code /rest/tmq} endpoint is {@code adapter.TmqHandler}/{@code adapter.TmqSession}.
 * </ul>
 *
 * <p>Known deviations from TDengine 3.3.7.5: an INSERT that auto-creates tables gives a meta message then a data
 * message (not one meta+data message, type 3); an ALTER arrives as a {@code create} of the new definition and a
 * dropped super table as {@code drop} with {@code tableNameList}; meta messages have no raw (binary DDL) payload,
 * so {@code fetch_raw_data}/{@code fetch_raw} on them fail with a clear message; {@code session.timeout.ms} is
 * covered by the socket (a consumer leaves when its connection closes); snapshot mode and replay are not
 * implemented (their options are accepted and ignored). Offsets are versions of this server's logs and differ from
 * a real server's numbers.
 */
package io.taos4j.server.tmq;
