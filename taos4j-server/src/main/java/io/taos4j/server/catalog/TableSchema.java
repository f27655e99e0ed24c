package io.taos4j.server.catalog;

import io.taos4j.protocol.TaosType;
import java.util.List;

/**
 * The columns (first one the TIMESTAMP key) and tags of a table. Immutable; ALTER TABLE publishes a new schema.
 *
 * @param columns      data columns in order
 * @param tags         tags in order (empty for normal tables)
 * @param nextColumnId the id the next added column or tag will get
 */
public record TableSchema(List<Column> columns, List<Column> tags, int nextColumnId) {

    public TableSchema {
        columns = List.copyOf(columns);
        tags = List.copyOf(tags);
    }

    /** Position of data column {@code name}, or -1. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Position of tag {@code name}, or -1. */
    public int tagIndex(String name) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Column column(int index) {
        return columns.get(index);
    }

    public Column tag(int index) {
        return tags.get(index);
    }

    /** Ids of the data columns, in order. */
    public int[] columnIds() {
        int[] ids = new int[columns.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = columns.get(i).id();
        }
        return ids;
    }

    /** Wire types of the data columns, in order. */
    public TaosType[] columnTypes() {
        TaosType[] types = new TaosType[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = columns.get(i).type().type();
        }
        return types;
    }
}
