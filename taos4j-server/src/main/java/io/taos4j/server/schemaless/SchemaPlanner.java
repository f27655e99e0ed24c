package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Maps a batch's super tables onto the catalog as TDengine's {@code smlModifyDBSchemas} does: creates a missing
 * super table ({@code _ts} first, then the fields; the tags, or {@code _tag_null NCHAR(1)} when there are none), adds
 * new tags and columns, widens VARCHAR/NCHAR/VARBINARY/GEOMETRY to the next power of two above the longest value, and
 * rejects a type that differs from the table's. Every super table is checked before any is changed. Callers hold
 * the catalog's DDL lock.
 */
final class SchemaPlanner {
    /** Name of the timestamp column of tables the schemaless writer creates ({@code smlTsDefaultName}). */
    static final String TS = "_ts";
    /** The tag of a super table created from lines without tags ({@code smlTagName}). */
    static final String NULL_TAG = "_tag_null";
    private static final int MAX_COLUMNS = 4096;
    private static final int MAX_TAGS = 128;
    private static final int MAX_TAGS_BYTES = 16384;
    private static final int MAX_ROW_BYTES = 65531;

    private static final AtomicLong IDS = new AtomicLong();

    private final Catalog catalog;
    private final Database db;
    /** The payload, for messages that quote it; the id TDengine's messages carry ({@code SML:0x<id>}). */
    private byte[] data;
    private final long id = IDS.incrementAndGet();

    SchemaPlanner(Catalog catalog, Database db) {
        this.catalog = catalog;
        this.db = db;
    }

    /** One super table to create or change, and where the batch's columns and tags land in it. */
    private record Change(SmlStable stable, SuperTable table, TableSchema next) {
    }

    /** Checks every super table, then creates and alters them; fills each {@link SmlStable}'s mappings. */
    List<SuperTable> apply(SmlBatch batch) {
        data = batch.data;
        List<Change> changes = new ArrayList<>();
        for (SmlStable s : batch.stables.values()) {
            TableEntry e = db.table(s.name);
            if (e == null) {
                changes.add(new Change(s, null, create(s)));
            } else if (e instanceof SuperTable st) {
                changes.add(new Change(s, st, change(s, st)));
            } else {
                throw SqlError.of(TaosError.TDB_TABLE_ALREADY_EXIST);
            }
        }
        List<SuperTable> tables = new ArrayList<>(changes.size());
        for (Change c : changes) {
            SuperTable t = c.table;
            if (t == null) {
                t = catalog.createSuperTable(db, c.stable.name, c.next);
            } else if (c.next != t.schema()) {
                int tags = c.next.tags().size();
                if (tags != t.schema().tags().size()) {
                    for (ChildTable child : t.children()) {
                        child.setTags(Arrays.copyOf(child.tags(), tags));
                    }
                }
                t.setSchema(c.next);
            }
            tables.add(t);
        }
        return tables;
    }

    private TableSchema create(SmlStable s) {
        if (s.tagCount > MAX_TAGS) {
            throw SmlErrors.of(TaosError.PAR_INVALID_TAGS_NUM, "too many tags than 128");
        }
        if (s.colCount + 1 + Math.max(1, s.tagCount) > MAX_COLUMNS) {
            throw SmlErrors.of(TaosError.PAR_TOO_MANY_COLUMNS, "too many columns than 4096");
        }
        int id = 1;
        List<Column> cols = new ArrayList<>(s.colCount + 1);
        cols.add(Column.data(id++, TS, DataType.TIMESTAMP));
        s.colToSchema = new int[s.colCount];
        for (int i = 0; i < s.colCount; i++) {
            if (s.colNames[i].equals(TS) || s.tagIndex(s.colNames[i]) >= 0) {
                throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
            }
            cols.add(Column.data(id++, s.colNames[i], sized(s.colTypes[i], s.colLens[i])));
            s.colToSchema[i] = i + 1;
        }
        List<Column> tags = new ArrayList<>(Math.max(1, s.tagCount));
        s.tagToSchema = new int[s.tagCount];
        for (int i = 0; i < s.tagCount; i++) {
            if (s.tagNames[i].equals(TS)) {
                throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
            }
            tags.add(Column.tag(id++, s.tagNames[i], sized(s.tagTypes[i], s.tagLens[i])));
            s.tagToSchema[i] = i;
        }
        if (tags.isEmpty()) {
            tags.add(Column.tag(id++, NULL_TAG, DataType.nchar(1)));
        }
        checkLengths(cols, tags);
        return new TableSchema(cols, tags, id);
    }

    private TableSchema change(SmlStable s, SuperTable table) {
        TableSchema schema = table.schema();
        for (Column c : schema.columns()) {
            if (c.compositeKey()) {
                throw SqlError.of(TaosError.SML_NOT_SUPPORT_PK);
            }
        }
        int id = schema.nextColumnId();
        boolean changed = false;
        List<Column> tags = new ArrayList<>(schema.tags());
        s.tagToSchema = new int[s.tagCount];
        for (int i = 0; i < s.tagCount; i++) {
            int j = schema.tagIndex(s.tagNames[i]);
            if (j < 0) {
                if (schema.columnIndex(s.tagNames[i]) >= 0) {
                    throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
                }
                tags.add(Column.tag(id++, s.tagNames[i], sized(s.tagTypes[i], s.tagLens[i])));
                j = tags.size() - 1;
                changed = true;
            } else {
                DataType wider = widened(tags.get(j), s.tagTypes[i], s.tagLens[i], s.tagPos[i]);
                if (wider != null) {
                    tags.set(j, tags.get(j).withType(wider));
                    changed = true;
                }
            }
            s.tagToSchema[i] = j;
        }
        List<Column> cols = new ArrayList<>(schema.columns());
        s.colToSchema = new int[s.colCount];
        for (int i = 0; i < s.colCount; i++) {
            int j = schema.columnIndex(s.colNames[i]);
            if (j < 0) {
                if (schema.tagIndex(s.colNames[i]) >= 0) {
                    throw SqlError.of(TaosError.PAR_DUPLICATED_COLUMN);
                }
                cols.add(Column.data(id++, s.colNames[i], sized(s.colTypes[i], s.colLens[i])));
                j = cols.size() - 1;
                changed = true;
            } else {
                DataType wider = widened(cols.get(j), s.colTypes[i], s.colLens[i], s.colPos[i]);
                if (wider != null) {
                    cols.set(j, cols.get(j).withType(wider));
                    changed = true;
                }
            }
            s.colToSchema[i] = j;
        }
        if (!changed) {
            return schema;
        }
        if (tags.size() > MAX_TAGS) {
            throw SqlError.of(TaosError.PAR_INVALID_TAGS_NUM);
        }
        if (tags.size() + cols.size() > MAX_COLUMNS) {
            throw SqlError.of(TaosError.PAR_TOO_MANY_COLUMNS);
        }
        checkLengths(cols, tags);
        return new TableSchema(cols, tags, id);
    }

    /**
     * The wider type a value of {@code length} needs, or null when {@code c} holds it; a type change fails with
     * TDengine's message, whose key runs on through the payload (the C client prints the key pointer).
     */
    private DataType widened(Column c, TaosType type, int length, int keyPos) {
        DataType t = c.type();
        if (t.type() != type) {
            String head = "SML:0x" + Long.toHexString(id) + " smlGenerateSchemaAction point type and db type mismatch."
                    + " db type: " + t.type().code() + ", point type: " + type.code() + ", key: ";
            throw SmlErrors.of(TaosError.SML_INVALID_DATA, keyPos >= 0 ? SmlErrors.withRest(head, data, keyPos)
                    : head + c.name());
        }
        boolean resizable = type == TaosType.VARCHAR || type == TaosType.NCHAR || type == TaosType.VARBINARY
                || type == TaosType.GEOMETRY;
        return resizable && t.length() < length ? sized(type, length) : null;
    }

    /** The type of a new column or tag: strings get the next power of two above the longest value. */
    static DataType sized(TaosType type, int length) {
        return switch (type) {
            case VARCHAR, VARBINARY, GEOMETRY -> new DataType(type, Math.min(powerOf2(length),
                    SmlValueParser.MAX_BINARY), 0, 0);
            case NCHAR -> DataType.nchar(Math.min(powerOf2(length), SmlValueParser.MAX_NCHAR));
            default -> DataType.fixed(type);
        };
    }

    /** {@code smlFindNearestPowerOf2}: the smallest power of two above {@code length}, or length from 1024 on. */
    static int powerOf2(int length) {
        if (length >= 1024) {
            return length;
        }
        int result = 1;
        while (result <= length) {
            result <<= 1;
        }
        return result;
    }

    private static void checkLengths(List<Column> cols, List<Column> tags) {
        long tagBytes = 0;
        for (Column c : tags) {
            tagBytes += c.type().storageBytes();
        }
        if (tagBytes > MAX_TAGS_BYTES) {
            throw SqlError.of(TaosError.PAR_INVALID_TAGS_LENGTH);
        }
        long rowBytes = 0;
        for (Column c : cols) {
            rowBytes += c.type().storageBytes();
        }
        if (rowBytes > MAX_ROW_BYTES) {
            throw SqlError.of(TaosError.PAR_INVALID_ROW_LENGTH);
        }
    }
}
