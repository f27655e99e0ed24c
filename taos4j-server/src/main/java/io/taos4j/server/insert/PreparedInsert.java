package io.taos4j.server.insert;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.sql.SqlError;
import java.util.List;
import java.util.Locale;

/**
 * A prepared {@code INSERT ... VALUES (?, ...)} (ws-sql.md §8, §9.3): which table it writes (fixed, or named by
 * the bound {@code tbname} slot), its super table when children may be created, the literal tags it fixes, and its
 * placeholders in order. Built by {@link StmtInsertParser}; immutable and thread-safe.
 *
 * <p>Forms: {@code INSERT INTO <t|?> [USING <stb> [(tags)] TAGS (<?|literal>, ...)] [(cols)] VALUES (?, ...)};
 * {@code INSERT INTO <stb> (tbname, cols and tags ...) VALUES (?, ...)}; {@code INSERT INTO ? [(cols)] VALUES
 * (?, ...)} without a super table, whose tables are resolved only when bound.
 */
public final class PreparedInsert {
    /** What a placeholder stands for. */
    public enum Slot { TABLE_NAME, TAG, COLUMN }

    /**
     * One placeholder.
     *
     * @param slot  what it binds
     * @param name  the column or tag name ({@code tbname} for the table-name slot)
     * @param index the column or tag position in the schema; -1 for the table name and for columns of tables
     *              only known when bound
     * @param column the column or tag, null for the table name and for tables only known when bound
     */
    public record Param(Slot slot, String name, int index, Column column) {
    }

    /**
     * Where one bound table's rows go.
     *
     * @param db       the table's database
     * @param name     the table name
     * @param existing the table when it exists, else null (then {@code stable} creates it)
     * @param stable   the super table of a child to create (or of the existing child), null for normal tables
     * @param schema   the schema the values are checked against
     * @param columns  schema column index of each column placeholder, in placeholder order
     * @param tags     schema tag index of each tag placeholder, in placeholder order
     * @param fixedTags tag values the statement fixes (one per schema tag, null when not fixed); null without tags
     */
    public record Target(Database db, String name, DataTable existing, SuperTable stable, TableSchema schema,
                         int[] columns, int[] tags, Object[] fixedTags) {
    }

    private final Catalog catalog;
    private final String currentDb;
    /** The database of the fixed table or of the super table. */
    private final Database db;
    /** Fixed target name, null when the name is a placeholder (or the {@code tbname} column). */
    private final String fixedName;
    private final SuperTable stable;
    private final TableSchema schema;
    private final Object[] fixedTags;
    private final List<Param> params;
    /** Columns named in the list of a statement whose tables are only known when bound; null = all. */
    private final List<String> lateColumns;
    private final int[] columnSlots;
    private final int[] tagSlots;

    PreparedInsert(Catalog catalog, String currentDb, Database db, String fixedName, SuperTable stable,
            TableSchema schema, Object[] fixedTags, List<Param> params, List<String> lateColumns) {
        this.catalog = catalog;
        this.currentDb = currentDb;
        this.db = db;
        this.fixedName = fixedName;
        this.stable = stable;
        this.schema = schema;
        this.fixedTags = fixedTags;
        this.params = List.copyOf(params);
        this.lateColumns = lateColumns;
        this.columnSlots = params.stream().filter(p -> p.slot() == Slot.COLUMN).mapToInt(Param::index).toArray();
        this.tagSlots = params.stream().filter(p -> p.slot() == Slot.TAG).mapToInt(Param::index).toArray();
    }

    /** The placeholders in order. */
    public List<Param> params() {
        return params;
    }

    /** True when the placeholders are known with their types (false for {@code INSERT INTO ? VALUES} forms). */
    public boolean hasKnownFields() {
        return schema != null;
    }

    /** True when a placeholder names the table ({@code INSERT INTO ?} or the {@code tbname} column). */
    public boolean namesTables() {
        return fixedName == null;
    }

    /** The database of the target, or null when the tables are only known when bound. */
    public Database database() {
        return db;
    }

    /** The super table children are written to, or null. */
    public SuperTable superTable() {
        return stable;
    }

    /** The number of column placeholders. */
    public int columnCount() {
        return lateColumns == null && schema == null ? -1 : columnSlots.length;
    }

    /** The number of tag placeholders. */
    public int tagCount() {
        return tagSlots.length;
    }

    /**
     * Resolves the table a bind writes to.
     *
     * @param boundName the name bound to the table-name slot ({@code db.table} allowed), ignored when the statement
     *                  fixes the table
     * @throws SqlError 0x022B without a name where one is needed, 0x2603 for an unknown table that cannot be
     *                  created, 0x061D for a table of another super table, 0x0602 when the schema changed since the
     *                  statement was prepared
     */
    public Target target(String boundName) {
        String dbName;
        String name;
        if (fixedName != null) {
            dbName = db.name();
            name = fixedName;
        } else {
            if (boundName == null || boundName.isEmpty()) {
                throw SqlError.of(TaosError.TSC_STMT_TBNAME_ERROR);
            }
            String[] parts = splitName(boundName);
            dbName = parts[0] != null ? parts[0] : db != null ? db.name() : currentDb;
            name = parts[1];
            if (dbName == null) {
                throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
            }
        }
        Database target = catalog.database(dbName);
        TableEntry entry = target.table(name);
        if (stable != null) {
            if (target != stable.database()) {
                throw SqlError.of(TaosError.PAR_CORRESPONDING_STABLE_ERR);
            }
            if (stable.schema() != schema) {
                throw SqlError.of(TaosError.TDB_IVD_TB_SCHEMA_VERSION);
            }
            if (entry != null && !(entry instanceof ChildTable c && c.superTable() == stable)) {
                throw SqlError.of(TaosError.TDB_TABLE_IN_OTHER_STABLE);
            }
            return new Target(target, name, (DataTable) entry, stable, schema, columnSlots, tagSlots, fixedTags);
        }
        if (!(entry instanceof DataTable table)) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        TableSchema current = table.schema();
        if (schema != null) {
            if (current != schema) {
                throw SqlError.of(TaosError.TDB_IVD_TB_SCHEMA_VERSION);
            }
            return new Target(target, name, table, null, schema, columnSlots, tagSlots, null);
        }
        return new Target(target, name, table, table instanceof ChildTable c ? c.superTable() : null, current,
                lateColumns(current), new int[0], null);
    }

    private int[] lateColumns(TableSchema current) {
        if (lateColumns == null) {
            int[] all = new int[current.columns().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[lateColumns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = current.columnIndex(lateColumns.get(i));
            if (out[i] < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(lateColumns.get(i)));
            }
        }
        return out;
    }

    /**
     * {@code db.table} or {@code table} as a bound name gives it: unquoted parts fold to lower case, backquoted
     * parts keep their case.
     */
    static String[] splitName(String name) {
        int dot = -1;
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '`') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                dot = i;
                break;
            }
        }
        if (dot < 0) {
            return new String[] {null, part(name)};
        }
        return new String[] {part(name.substring(0, dot)), part(name.substring(dot + 1))};
    }

    private static String part(String p) {
        if (p.length() >= 2 && p.charAt(0) == '`' && p.charAt(p.length() - 1) == '`') {
            return p.substring(1, p.length() - 1).replace("``", "`");
        }
        return p.toLowerCase(Locale.ROOT);
    }
}
