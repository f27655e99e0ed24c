package io.taos4j.server.tmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.block.RawBlockEncoder;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.tmq.TmqDataPayload;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.NormalTable;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.durable.CatalogRecord;
import io.taos4j.server.durable.LogEntry;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.plan.Planner;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.Parser;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.TopicStatement.TopicKind;
import io.taos4j.server.storage.WriteBatch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a vgroup's log entries into a topic's messages: rows of the topic's tables (after a query topic's filter
 * and projection) as raw blocks per table, and, for {@code WITH META} topics, DDL and deletes as meta JSON.
 * Thread-safe.
 */
final class TopicReader {
    /** A data message stops growing at this many rows (it always holds whole log entries). */
    static final int MAX_ROWS = 10_000;
    /** Entries scanned per read before giving up for this poll (the position still advances). */
    private static final int MAX_SCAN = 10_000;

    private final Catalog catalog;
    private final String version;
    /** Tells an ALTER (a definition with an earlier one in the log) from a CREATE. */
    private final DefinitionHistory history;
    /** Super-table topics with WHERE: whether a child's tags match, per (topic, uid, tags array). */
    private final Map<String, Boolean> tagMatches = new ConcurrentHashMap<>();

    TopicReader(Catalog catalog, String version, DefinitionHistory history) {
        this.catalog = catalog;
        this.version = version;
        this.history = history;
    }

    /** The message found (or null) and the consumer's position after the entries read. */
    record Scan(Message message, long position) {
    }

    Scan read(Topic topic, LogCursor cursor, int vgroupId, long from, boolean batchMeta) {
        Database db = catalog.findDatabase(topic.db());
        List<TmqDataPayload.Block> blocks = new ArrayList<>();
        List<JsonNode> metas = new ArrayList<>();
        // WITH META: child tables a write request auto-created, awaiting that request's write (one meta+data message)
        List<JsonNode> creates = new ArrayList<>();
        List<Long> createdUids = new ArrayList<>();
        long firstCreate = -1;
        long last = from - 1;
        long rows = 0;
        int scanned = 0;
        for (LogEntry e = cursor.peek(); e != null && scanned++ < MAX_SCAN; e = cursor.peek()) {
            if (e instanceof LogEntry.Write w) {
                if (!metas.isEmpty()) {
                    break;
                }
                List<TmqDataPayload.Block> entryBlocks = new ArrayList<>();
                if (db != null) {
                    for (LogEntry.TableRows t : w.tables()) {
                        TmqDataPayload.Block b = block(topic, db, t);
                        if (b != null) {
                            entryBlocks.add(b);
                        }
                    }
                }
                if (!creates.isEmpty()) {
                    cursor.advance();
                    last = e.version();
                    if (entryBlocks.isEmpty()) {
                        creates.clear(); // its tables were dropped since: TDengine delivers neither
                        createdUids.clear();
                        continue;
                    }
                    long position = last + 1;
                    // createTables empty: TDengine's binary create-table request encoding is not implemented
                    TmqDataPayload p = new TmqDataPayload(from, position, named(topic), true, entryBlocks, 0,
                            List.of());
                    return new Scan(new Message(topic.name(), topic.db(), vgroupId, 3, from, position, p,
                            autoCreateJson(creates)), position);
                }
                // JDBC decodes every block of a message with the first block's schema: a message holds one schema
                // (an entry whose own tables differ in schema is still delivered whole)
                if (!blocks.isEmpty() && !entryBlocks.isEmpty()
                        && !entryBlocks.get(0).schema().equals(blocks.get(0).schema())) {
                    break;
                }
                cursor.advance();
                for (TmqDataPayload.Block b : entryBlocks) {
                    blocks.add(b);
                    rows += b.rows();
                }
                last = e.version();
                if (rows >= MAX_ROWS) {
                    break;
                }
            } else {
                long at = e.version();
                JsonNode json = topic.withMeta() && db != null ? MetaJson.of(topic, db, e, previous(vgroupId, e),
                        uid -> stableAt(vgroupId, uid, at))
                        : null;
                if (json == null) {
                    cursor.advance();
                    last = e.version(); // not this topic's: skipped
                    continue;
                }
                CatalogRecord.ChildTableDef child = e instanceof LogEntry.Meta m
                        && m.record() instanceof CatalogRecord.ChildTableDef c ? c : null;
                boolean auto = child != null && ((LogEntry.Meta) e).autoCreated();
                if (!creates.isEmpty() && child != null && createdUids.contains(child.uid())) {
                    cursor.advance();
                    last = e.version(); // the same request setting the new child's TTL (schemaless): part of it
                    continue;
                }
                if (auto) {
                    if (!metas.isEmpty() || !blocks.isEmpty()) {
                        break; // a meta+data message stands alone (TDengine never batches it)
                    }
                    if (creates.isEmpty()) {
                        firstCreate = e.version();
                    }
                    cursor.advance();
                    creates.add(json);
                    createdUids.add(child.uid());
                    last = e.version();
                    continue;
                }
                if (!blocks.isEmpty() || !creates.isEmpty()) {
                    break;
                }
                cursor.advance();
                metas.add(json);
                last = e.version();
                if (!batchMeta) {
                    break;
                }
            }
        }
        long position = Math.max(from, last + 1);
        if (!creates.isEmpty()) {
            // the creating request's write did not follow (not yet in the log, or the write failed): plain creates
            if (batchMeta) {
                metas.addAll(creates);
            } else {
                metas.add(creates.get(0));
                if (creates.size() > 1 || position != firstCreate + 1) {
                    position = firstCreate + 1; // the other creates are read again by the next poll
                    cursor.stale = true;
                }
            }
        }
        if (!blocks.isEmpty()) {
            TmqDataPayload p = new TmqDataPayload(from, position, named(topic), true, blocks, 0, null);
            return new Scan(new Message(topic.name(), topic.db(), vgroupId, 1, from, position, p, null), position);
        }
        if (!metas.isEmpty()) {
            JsonNode meta = metas.get(0);
            if (batchMeta) {
                ObjectNode batch = JsonNodeFactory.instance.objectNode();
                batch.put("tmq_meta_version", "1.0");
                batch.putArray("metas").addAll(metas);
                meta = batch;
            }
            return new Scan(new Message(topic.name(), topic.db(), vgroupId, 2, position, position, null, meta),
                    position);
        }
        return new Scan(null, position);
    }

    /**
     * The {@code fetch_json_meta} document of a meta+data message: the first auto-created table's {@code create}
     * object, its {@code createList} naming every table the request created when there are several.
     */
    private static JsonNode autoCreateJson(List<JsonNode> creates) {
        ObjectNode first = ((ObjectNode) creates.get(0)).deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode list = first.putArray("createList");
        if (creates.size() > 1) {
            for (JsonNode c : creates) {
                ObjectNode item = list.addObject();
                for (String f : List.of("tableName", "using", "tagNum", "tags")) {
                    if (c.has(f)) {
                        item.set(f, c.get(f));
                    }
                }
            }
        }
        return first;
    }

    /** Whether data messages name their tables: the real server does for super-table and database topics only. */
    private static boolean named(Topic topic) {
        return topic.kind() != TopicKind.QUERY;
    }

    /** The earlier definition of the table {@code e} defines, or null (a create, or not a definition). */
    private CatalogRecord previous(int vgroupId, LogEntry e) {
        if (!(e instanceof LogEntry.Meta m)) {
            return null;
        }
        long uid = DefinitionHistory.uidOf(m.record());
        return uid == 0 ? null : history.previous(vgroupId, uid, e.version());
    }

    /** The schema super table {@code uid} had at {@code version} per the log, or null when the log does not say. */
    private io.taos4j.server.catalog.TableSchema stableAt(int vgroupId, long uid, long version) {
        CatalogRecord r = history.previous(vgroupId, uid, version);
        return r instanceof CatalogRecord.SuperTableDef s ? s.schema() : null;
    }

    /** The block of one table's rows for this topic, or null when the topic does not take them. */
    private TmqDataPayload.Block block(Topic topic, Database db, LogEntry.TableRows rows) {
        TableEntry entry = db.table(rows.table());
        if (!(entry instanceof DataTable table) || entry.uid() != rows.uid()) {
            return null; // dropped (or dropped and re-created) since: TDengine does not deliver such rows either
        }
        switch (topic.kind()) {
            case DATABASE -> {
                return tableBlock(db, table, rows);
            }
            case STABLE -> {
                if (!(table instanceof ChildTable c) || !c.superTable().name().equals(topic.source())) {
                    return null;
                }
                if (topic.where() != null && !tagsMatch(topic, c, rows)) {
                    return null;
                }
                return tableBlock(db, table, rows);
            }
            default -> {
                boolean source = table.name().equals(topic.table())
                        || table instanceof ChildTable c && c.superTable().name().equals(topic.table());
                return source ? queryBlock(topic, db, table, rows) : null;
            }
        }
    }

    /** All columns of the table's current schema; columns the write did not give are NULL. */
    private static TmqDataPayload.Block tableBlock(Database db, DataTable table, LogEntry.TableRows rows) {
        WriteBatch batch = rows.batch();
        int n = batch.rows();
        List<Column> columns = table.schema().columns();
        List<ColumnSchema> schemas = new ArrayList<>(columns.size());
        List<ColumnVector> vectors = new ArrayList<>(columns.size());
        List<TmqDataPayload.SchemaColumn> described = new ArrayList<>(columns.size());
        for (Column c : columns) {
            ColumnSchema s = Field.of(c.name(), c.type()).blockSchema();
            schemas.add(s);
            vectors.add(column(batch, rows.columnIds(), c, n));
            described.add(new TmqDataPayload.SchemaColumn(c.type().type().code(), 1, s.bytes(), c.id(), c.name()));
        }
        return new TmqDataPayload.Block(n, db.precision().code(), encode(schemas, vectors, n), 0, described,
                table.name());
    }

    private static ColumnVector column(WriteBatch batch, int[] ids, Column c, int n) {
        int at = -1;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == c.id()) {
                at = i;
                break;
            }
        }
        ColumnVector src = at < 0 ? null : batch.column(at);
        if (src != null && batch.absentBits(at) == null && src.size() == n) {
            return src;
        }
        ColumnVector out = Values.allocate(c.type(), n);
        for (int r = 0; r < n; r++) {
            if (src == null || !batch.isPresent(at, r)) {
                out.appendNull();
            } else {
                out.appendFrom(src, r);
            }
        }
        return out;
    }

    private static ByteBuffer encode(List<ColumnSchema> schemas, List<ColumnVector> vectors, int n) {
        ByteBuffer out = ByteBuffer.allocate(RawBlockEncoder.encodedLength(schemas, vectors, 0, n))
                .order(ByteOrder.LITTLE_ENDIAN);
        RawBlockEncoder.encode(out, RawBlockEncoder.VERSION_TMQ, 0, schemas, vectors, 0, n);
        return out.flip();
    }

    /** A query topic: the topic's SELECT run over a detached copy of the table holding only these rows. */
    private TmqDataPayload.Block queryBlock(Topic topic, Database db, DataTable table, LogEntry.TableRows rows) {
        Result.Query result = runOver(topic.db(), topic.source(), table, rows);
        List<Field> fields = result.fields();
        List<ColumnVector> vectors = new ArrayList<>();
        int n = 0;
        try (Operator op = result.rows()) {
            List<Batch> batches = new ArrayList<>();
            for (Batch b = op.next(); b != null; b = op.next()) {
                batches.add(b);
                n += b.rows();
            }
            if (n == 0) {
                return null;
            }
            for (int c = 0; c < fields.size(); c++) {
                ColumnVector v = Values.allocate(fields.get(c).type(), n);
                for (Batch b : batches) {
                    v.appendRange(b.column(c), 0, b.rows());
                }
                vectors.add(v);
            }
        }
        List<ColumnSchema> schemas = new ArrayList<>(fields.size());
        List<TmqDataPayload.SchemaColumn> described = new ArrayList<>(fields.size());
        for (int c = 0; c < fields.size(); c++) {
            Field f = fields.get(c);
            ColumnSchema s = f.blockSchema();
            schemas.add(s);
            described.add(new TmqDataPayload.SchemaColumn(f.type().type().code(), 0, s.bytes(), c + 1, f.name()));
        }
        return new TmqDataPayload.Block(n, db.precision().code(), encode(schemas, vectors, n), 0, described, null);
    }

    private boolean tagsMatch(Topic topic, ChildTable child, LogEntry.TableRows rows) {
        String key = topic.name() + '\u0000' + child.uid() + '\u0000' + System.identityHashCode(child.tags());
        return tagMatches.computeIfAbsent(key, k -> {
            String sql = "SELECT count(*) FROM `" + topic.db() + "`.`" + topic.source() + "` WHERE " + topic.where();
            try (Operator op = runOver(topic.db(), sql, child, rows).rows()) {
                Batch b = op.next();
                return b != null && b.rows() > 0 && ((Number) b.column(0).getObject(0)).longValue() > 0;
            }
        });
    }

    /** Plans {@code sql} with every table of its FROM reading a detached copy of {@code table} with these rows. */
    private Result.Query runOver(String dbName, String sql, DataTable table, LogEntry.TableRows rows) {
        DataTable copy = table instanceof ChildTable c ? c.detachedCopy() : ((NormalTable) table).detachedCopy();
        copy.data().write(rows.batch(), rows.columnIds(), rows.types());
        ParsedSql parsed = Parser.parse(sql);
        Session session = new Session("root", dbName, ZoneOffset.UTC);
        EvalContext ctx = new EvalContext(ZoneOffset.UTC, Precision.MILLISECONDS, System.currentTimeMillis() * 1_000_000L,
                dbName, "root", version);
        Planner planner = new Planner(catalog, session, ctx, () -> null).scanning(e -> matches(e, table)
                ? List.of(copy) : List.of());
        return planner.plan(parsed, (Query) parsed.statement());
    }

    private static boolean matches(TableEntry from, DataTable table) {
        if (from instanceof SuperTable s) {
            return table instanceof ChildTable c && c.superTable() == s;
        }
        return from.uid() == table.uid();
    }
}
