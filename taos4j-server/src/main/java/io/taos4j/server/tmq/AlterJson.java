package io.taos4j.server.tmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.durable.CatalogRecord;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.Objects;

/**
 * The {@code alter} meta objects (tmq.md §7): what differs between a table's definition in the log and the one before
 * it. An ALTER statement changes one thing, so the first difference found is the change: a column, then a tag, added,
 * dropped, renamed or widened; a child table's tag value; else the table options.
 */
final class AlterJson {

    private AlterJson() {
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
    static ObjectNode of(String tableType, String name, TableSchema before, TableSchema after,
                                    boolean optionsChanged) {
        ObjectNode o = diff(tableType, name, before.columns(), after.columns(), ADD_COLUMN, DROP_COLUMN,
                RENAME_COLUMN, MODIFY_COLUMN);
        if (o == null) {
            o = diff(tableType, name, before.tags(), after.tags(), ADD_TAG, DROP_TAG, RENAME_TAG, MODIFY_TAG);
        }
        if (o == null && optionsChanged) {
            o = MetaJson.head("alter", tableType, name);
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
    static ObjectNode setTag(List<Column> tagDefs, CatalogRecord.ChildTableDef now,
                                     CatalogRecord.ChildTableDef before) {
        for (int i = 0; i < tagDefs.size() && i < now.tags().length; i++) {
            Object was = i < before.tags().length ? before.tags()[i] : null;
            Object is = now.tags()[i];
            if (!Objects.deepEquals(was, is)) {
                ObjectNode o = alterHead("child", now.name(), SET_TAG, tagDefs.get(i).name());
                JsonNode v = MetaJson.tagValue(tagDefs.get(i).type(), is);
                if (v.isNull()) {
                    o.putNull("colValue");
                } else {
                    o.put("colValue", v.isTextual() ? v.textValue() : v.asText());
                }
                o.put("colValueNull", is == null);
                return o;
            }
        }
        if (now.ttl() == before.ttl() && Objects.equals(now.comment(), before.comment())) {
            return null; // restated unchanged (e.g. after its super table gained a tag): nothing to tell
        }
        ObjectNode o = MetaJson.head("alter", "child", now.name());
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
        ObjectNode o = MetaJson.head("alter", tableType, name);
        o.put("alterType", alterType);
        o.put("colName", colName);
        return o;
    }

    /** {@code colLength} of an alter: the declared length of variable-length types. */
    private static void colLength(ObjectNode o, DataType t) {
        Integer n = MetaJson.lengthOf(t);
        if (n != null) {
            o.put("colLength", n);
        }
    }
}
