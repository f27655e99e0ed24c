package io.taos4j.server.tmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.durable.CatalogRecord;
import io.taos4j.server.durable.LogEntry;
import io.taos4j.server.sql.ast.TopicStatement.TopicKind;
import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The meta JSON of {@code fetch_json_meta} (tmq.md §7) for a log entry, in the key order TDengine writes: create of
 * super, child and normal tables, drop, delete.
 *
 * <p>The log holds a table's state after each change; an ALTER is told from a CREATE by an earlier definition of the
 * same table in the log ({@link DefinitionHistory}) and described by what differs: one column or tag added, dropped,
 * renamed or widened, a tag value set, or the table options. Known deviations: a definition whose predecessor left
 * the log (retention) arrives as a {@code create}; a dropped super table as {@code {"type":"drop","tableNameList":[..]}}.
 */
final class MetaJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MetaJson() {
    }

    /**
     * The meta object of {@code e} for {@code topic}, or null when the topic does not take it.
     *
     * @param previous the table's definition before {@code e} in the log (then {@code e} is an ALTER), or null
     * @param stableAt  the schema a super table (by uid) had at {@code e}, or null when the log does not say
     */
    static JsonNode of(Topic topic, Database db, LogEntry e, CatalogRecord previous,
                       java.util.function.LongFunction<TableSchema> stableAt) {
        if (e instanceof LogEntry.Delete d) {
            if (!takes(topic, db, d.table(), null)) {
                return null;
            }
            ObjectNode o = F.objectNode();
            o.put("type", "delete");
            o.put("sql", "delete from `" + d.table() + "` where `ts` >= " + d.from() + " and `ts` <= " + d.to());
            return o;
        }
        if (!(e instanceof LogEntry.Meta m)) {
            return null;
        }
        CatalogRecord r = m.record();
        if (r instanceof CatalogRecord.SuperTableDef s) {
            if (!s.db().equals(db.name()) || !takes(topic, db, null, s.name())) {
                return null;
            }
            if (previous instanceof CatalogRecord.SuperTableDef p) {
                return alter("super", s.name(), p.schema(), s.schema(),
                        p.ttl() != s.ttl() || !java.util.Objects.equals(p.comment(), s.comment()));
            }
            ObjectNode o = head("create", "super", s.name());
            columns(o, s.schema());
            ArrayNode tags = o.putArray("tags");
            for (Column t : s.schema().tags()) {
                ObjectNode tag = tags.addObject();
                tag.put("name", t.name());
                tag.put("type", t.type().type().code());
                length(tag, t.type());
            }
            return o;
        }
        if (r instanceof CatalogRecord.ChildTableDef c) {
            if (!c.db().equals(db.name()) || !takes(topic, db, null, c.stable())) {
                return null;
            }
            List<Column> tagDefs = tagsOf(db, c, stableAt);
            if (previous instanceof CatalogRecord.ChildTableDef p) {
                return setTag(tagDefs, c, p);
            }
            ObjectNode o = head("create", "child", c.name());
            o.put("using", c.stable());
            o.put("tagNum", tagDefs.size());
            ArrayNode tags = o.putArray("tags");
            for (int i = 0; i < tagDefs.size() && i < c.tags().length; i++) {
                ObjectNode tag = tags.addObject();
                Column t = tagDefs.get(i);
                tag.put("name", t.name());
                tag.put("type", t.type().type().code());
                tagValue(tag, t.type(), c.tags()[i]);
            }
            o.putArray("createList");
            return o;
        }
        if (r instanceof CatalogRecord.NormalTableDef n) {
            if (!n.db().equals(db.name()) || topic.kind() != TopicKind.DATABASE) {
                return null;
            }
            if (previous instanceof CatalogRecord.NormalTableDef p) {
                return alter("normal", n.name(), p.schema(), n.schema(),
                        p.ttl() != n.ttl() || !java.util.Objects.equals(p.comment(), n.comment()));
            }
            ObjectNode o = head("create", "normal", n.name());
            columns(o, n.schema());
            o.putArray("tags");
            return o;
        }
        if (r instanceof CatalogRecord.TableDrop d) {
            if (!d.db().equals(db.name()) || topic.kind() != TopicKind.DATABASE && !d.name().equals(topic.source())) {
                return null;
            }
            ObjectNode o = F.objectNode();
            o.put("type", "drop");
            o.putArray("tableNameList").add(d.name());
            return o;
        }
        return null;
    }

    // TDengine's alterType codes (tmq.md §7)
    private static final int ADD_TAG = 1;
    private static final int DROP_TAG = 2;
    private static final int RENAME_TAG = 3;
    private static final int SET_TAG = 4;
    private static final int ADD_COLUMN = 5;
    private static final int DROP_COLUMN = 6;
    private static final int MODIFY_COLUMN = 7;
    private static final int MODIFY_TAG = 8;
    private static final int OPTIONS = 9;
    private static final int RENAME_COLUMN = 10;

    /**
     * The alter of a super or normal table: the first column, then tag, that differs; else its options, or null when
     * the definition was restated unchanged.
     */
    private static ObjectNode alter(String tableType, String name, TableSchema before, TableSchema after,
                                    boolean optionsChanged) {
        ObjectNode o = diff(tableType, name, before.columns(), after.columns(), ADD_COLUMN, DROP_COLUMN,
                RENAME_COLUMN, MODIFY_COLUMN);
        if (o == null) {
            o = diff(tableType, name, before.tags(), after.tags(), ADD_TAG, DROP_TAG, RENAME_TAG, MODIFY_TAG);
        }
        if (o == null && optionsChanged) {
            o = head("alter", tableType, name);
            o.put("alterType", OPTIONS);
        }
        return o;
    }

    /** The change between two column (or tag) lists matched by id, or null when they are the same. */
    private static ObjectNode diff(String tableType, String name, List<Column> before, List<Column> after, int add,
                                   int drop, int rename, int modify) {
        for (Column a : after) {
            Column b = byId(before, a.id());
            if (b == null) {
                ObjectNode o = alterHead(tableType, name, add, a.name());
                o.put("colType", a.type().type().code());
                colLength(o, a.type());
                return o;
            }
            if (!b.name().equals(a.name())) {
                ObjectNode o = alterHead(tableType, name, rename, b.name());
                o.put("colNewName", a.name());
                return o;
            }
            if (!b.type().equals(a.type())) {
                ObjectNode o = alterHead(tableType, name, modify, a.name());
                o.put("colType", a.type().type().code());
                colLength(o, a.type());
                return o;
            }
        }
        for (Column b : before) {
            if (byId(after, b.id()) == null) {
                return alterHead(tableType, name, drop, b.name());
            }
        }
        return null;
    }

    /** {@code ALTER TABLE child SET TAG}: the first tag whose value differs. */
    /** The tags of a child table's super table as they were at the entry, else as they are now. */
    private static List<Column> tagsOf(Database db, CatalogRecord.ChildTableDef c,
                                       java.util.function.LongFunction<TableSchema> stableAt) {
        TableSchema then = stableAt.apply(c.stableUid());
        if (then != null) {
            return then.tags();
        }
        var stable = db.table(c.stable());
        return stable == null ? List.of() : stable.schema().tags();
    }

    private static ObjectNode setTag(List<Column> tagDefs, CatalogRecord.ChildTableDef now,
                                     CatalogRecord.ChildTableDef before) {
        for (int i = 0; i < tagDefs.size() && i < now.tags().length; i++) {
            Object was = i < before.tags().length ? before.tags()[i] : null;
            Object is = now.tags()[i];
            if (!java.util.Objects.deepEquals(was, is)) {
                ObjectNode o = alterHead("child", now.name(), SET_TAG, tagDefs.get(i).name());
                ObjectNode value = F.objectNode();
                tagValue(value, tagDefs.get(i).type(), is);
                JsonNode v = value.get("value");
                if (v.isNull()) {
                    o.putNull("colValue");
                } else {
                    o.put("colValue", v.isTextual() ? v.textValue() : v.asText());
                }
                o.put("colValueNull", is == null);
                return o;
            }
        }
        if (now.ttl() == before.ttl() && java.util.Objects.equals(now.comment(), before.comment())) {
            return null; // restated unchanged (e.g. after its super table gained a tag): nothing to tell
        }
        ObjectNode o = head("alter", "child", now.name());
        o.put("alterType", OPTIONS);
        return o;
    }

    private static Column byId(List<Column> columns, int id) {
        for (Column c : columns) {
            if (c.id() == id) {
                return c;
            }
        }
        return null;
    }

    private static ObjectNode alterHead(String tableType, String name, int alterType, String colName) {
        ObjectNode o = head("alter", tableType, name);
        o.put("alterType", alterType);
        o.put("colName", colName);
        return o;
    }

    /** {@code colLength} of an alter: the declared length of variable-length types. */
    private static void colLength(ObjectNode o, DataType t) {
        ObjectNode tmp = F.objectNode();
        length(tmp, t);
        if (tmp.has("length")) {
            o.set("colLength", tmp.get("length"));
        }
    }

    /** Database topics take everything of their database; super-table topics their super table and children. */
    private static boolean takes(Topic topic, Database db, String table, String stable) {
        if (topic.kind() == TopicKind.DATABASE) {
            return true;
        }
        if (topic.kind() != TopicKind.STABLE) {
            return false;
        }
        if (stable != null) {
            return stable.equals(topic.source());
        }
        var t = db.table(table);
        return t instanceof io.taos4j.server.catalog.ChildTable c && c.superTable().name().equals(topic.source());
    }

    private static ObjectNode head(String type, String tableType, String name) {
        ObjectNode o = F.objectNode();
        o.put("type", type);
        o.put("tableType", tableType);
        o.put("tableName", name);
        return o;
    }

    private static void columns(ObjectNode o, TableSchema schema) {
        ArrayNode cols = o.putArray("columns");
        for (Column c : schema.columns()) {
            ObjectNode col = cols.addObject();
            col.put("name", c.name());
            col.put("type", c.type().type().code());
            length(col, c.type());
            col.put("isPrimarykey", c.compositeKey());
            col.put("encode", c.encode());
            col.put("compress", c.compress());
            col.put("level", c.level());
        }
    }

    private static void length(ObjectNode o, DataType t) {
        switch (t.type()) {
            case VARCHAR, VARBINARY, GEOMETRY, NCHAR, BLOB -> o.put("length", t.length());
            case DECIMAL, DECIMAL64 -> o.put("length", t.precision());
            default -> {
            }
        }
    }

    private static void tagValue(ObjectNode tag, DataType type, Object v) {
        if (v == null) {
            tag.putNull("value");
        } else if (v instanceof Boolean b) {
            tag.put("value", b);
        } else if (v instanceof Long l) {
            if (type.type() == TaosType.UBIGINT) {
                tag.put("value", new java.math.BigInteger(Long.toUnsignedString(l)));
            } else {
                tag.put("value", l);
            }
        } else if (v instanceof Float f) {
            tag.put("value", f);
        } else if (v instanceof Double d) {
            tag.put("value", d);
        } else if (v instanceof byte[] b) {
            tag.put("value", "\"" + new String(b, StandardCharsets.ISO_8859_1) + "\"");
        } else if (type.type() == TaosType.JSON) {
            tag.put("value", v.toString());
        } else {
            tag.put("value", "\"" + v + "\"");
        }
    }
}
