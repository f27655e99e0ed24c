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
 * same table in the log ({@link DefinitionHistory}) and described by {@link AlterJson}: one column or tag added, dropped,
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
                return AlterJson.of("super", s.name(), p.schema(), s.schema(),
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
                return AlterJson.setTag(tagDefs, c, p);
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
                tag.set("value", tagValue(t.type(), c.tags()[i]));
            }
            o.putArray("createList");
            return o;
        }
        if (r instanceof CatalogRecord.NormalTableDef n) {
            if (!n.db().equals(db.name()) || topic.kind() != TopicKind.DATABASE) {
                return null;
            }
            if (previous instanceof CatalogRecord.NormalTableDef p) {
                return AlterJson.of("normal", n.name(), p.schema(), n.schema(),
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

    static ObjectNode head(String type, String tableType, String name) {
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

    /** The {@code length} a meta object gives a type: declared length of variable types, precision of DECIMAL. */
    static Integer lengthOf(DataType t) {
        return switch (t.type()) {
            case VARCHAR, VARBINARY, GEOMETRY, NCHAR, BLOB -> t.length();
            case DECIMAL, DECIMAL64 -> t.precision();
            default -> null;
        };
    }

    private static void length(ObjectNode o, DataType t) {
        Integer n = lengthOf(t);
        if (n != null) {
            o.put("length", n);
        }
    }

    /** A tag value as a meta object gives it: a JSON number or bool, text in quotes, JSON tags as their text. */
    static JsonNode tagValue(DataType type, Object v) {
        if (v == null) {
            return F.nullNode();
        } else if (v instanceof Boolean b) {
            return F.booleanNode(b);
        } else if (v instanceof Long l) {
            return type.type() == TaosType.UBIGINT ? F.numberNode(new java.math.BigInteger(Long.toUnsignedString(l)))
                    : F.numberNode(l);
        } else if (v instanceof Float f) {
            return F.numberNode(f);
        } else if (v instanceof Double d) {
            return F.numberNode(d);
        } else if (v instanceof byte[] b) {
            return F.textNode("\"" + new String(b, StandardCharsets.ISO_8859_1) + "\"");
        } else if (type.type() == TaosType.JSON) {
            return F.textNode(v.toString());
        } else {
            return F.textNode("\"" + v + "\"");
        }
    }
}
