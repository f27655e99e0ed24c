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
 * <p>Auto-created child tables (INSERT ... USING, stmt2, schemaless) are marked in the log ({@code
 * LogEntry.Meta#autoCreated}; WAL entry type {@code META_AUTO_CREATE} in durable mode), and a {@code WITH META} topic
 * delivers them with the request's rows as one meta+data message (type 3), as TDengine does.
 *
 * <p>Known deviations from TDengine 3.3.7.5: a meta+data message's payload carries no binary create-table requests
 * ({@code create_table_num} 0; its JSON meta names the tables); if the creating request's write is not directly after
 * its creates in the log (not yet appended when polled, or the write failed) the creates come as meta messages; an
 * ALTER arrives as a {@code create} of the new definition and a
 * dropped super table as {@code drop} with {@code tableNameList}; meta messages have no raw (binary DDL) payload,
 * so {@code fetch_raw_data}/{@code fetch_raw} on them fail with a clear message; {@code session.timeout.ms} is
 * covered by the socket (a consumer leaves when its connection closes); snapshot mode and replay are not
 * implemented (their options are accepted and ignored). Offsets are versions of this server's logs and differ from
 * a real server's numbers.
 */
package io.taos4j.server.tmq;
