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
 * <p>Known deviation: the log holds the table's state after a change, not the change itself, so an ALTER arrives as
 * a {@code create} of the new definition, and a dropped super table as {@code {"type":"drop","tableNameList":[..]}}.
 */
final class MetaJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MetaJson() {
    }

    /** The meta object of {@code e} for {@code topic}, or null when the topic does not take it. */
    static JsonNode of(Topic topic, Database db, LogEntry e) {
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
            ObjectNode o = head("create", "child", c.name());
            o.put("using", c.stable());
            var stable = db.table(c.stable());
            List<Column> tagDefs = stable == null ? List.of() : stable.schema().tags();
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
