package io.taos4j.server.system;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.query.Field;
import io.taos4j.server.sql.SqlError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code SHOW TABLE TAGS [items] FROM stb} (tdengine-sql.md §12.1): one row per child table (also
 * children without data), in name order. Without items the columns are {@code tbname} then every tag; with items,
 * exactly those ({@code tbname} or tag names). Tag columns keep the tag's type. Stateless.
 */
public final class ShowTableTags {
    /** The {@code tbname} column as 3.3.7.5 reports it. */
    public static final Field TBNAME = Field.of("tbname", Columns.type("VARCHAR(270)"));

    private ShowTableTags() {
    }

    /**
     * Builds the result.
     *
     * @param items the listed column names (case-insensitive {@code tbname}, tag names as stored), or null/empty for
     *              {@code tbname} and all tags
     * @throws SqlError 0x2602 {@code Invalid column name} for an item that is neither {@code tbname} nor a tag
     */
    public static ResultData of(SuperTable stable, List<String> items) {
        TableSchema schema = stable.schema();
        List<Field> fields = new ArrayList<>();
        List<Integer> tagIndex = new ArrayList<>(); // -1 = tbname
        if (items == null || items.isEmpty()) {
            fields.add(TBNAME);
            tagIndex.add(-1);
            for (int i = 0; i < schema.tags().size(); i++) {
                fields.add(tagField(schema.tag(i)));
                tagIndex.add(i);
            }
        } else {
            for (String item : items) {
                if (item.toLowerCase(Locale.ROOT).equals("tbname")) {
                    fields.add(TBNAME);
                    tagIndex.add(-1);
                    continue;
                }
                int i = schema.tagIndex(item);
                if (i < 0) {
                    throw SqlError.of(TaosError.PAR_INVALID_COLUMN, "Invalid column name: " + item);
                }
                fields.add(tagField(schema.tag(i)));
                tagIndex.add(i);
            }
        }
        Rows out = new Rows(fields);
        for (ChildTable child : stable.children()) {
            Object[] row = new Object[fields.size()];
            for (int c = 0; c < row.length; c++) {
                int t = tagIndex.get(c);
                row[c] = t < 0 ? child.name() : child.tag(t);
            }
            out.add(row);
        }
        return out.result();
    }

    private static Field tagField(Column tag) {
        return Field.of(tag.name(), tag.type());
    }
}
