package io.taos4j.server.insert;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.insert.PreparedInsert.Param;
import io.taos4j.server.insert.PreparedInsert.Slot;
import io.taos4j.server.sql.SqlError;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the INSERT statements of parameter binding ({@link PreparedInsert}): one target clause whose VALUES row
 * holds only {@code ?} placeholders, with the same scanner, name rules and error texts as {@link InsertParser}.
 * Tags of a {@code USING} clause may be placeholders or literals.
 */
public final class StmtInsertParser {
    private final Catalog catalog;
    private final String currentDb;
    private final ZoneId zone;
    private final long nowNanos;
    private InsertScanner s;

    /**
     * @param currentDb the session's current database, or null
     * @param nowNanos  {@code now} for literal tag values, nanoseconds since the epoch
     */
    public StmtInsertParser(Catalog catalog, String currentDb, ZoneId zone, long nowNanos) {
        this.catalog = catalog;
        this.currentDb = currentDb;
        this.zone = zone;
        this.nowNanos = nowNanos;
    }

    /**
     * Parses a prepared INSERT.
     *
     * @throws SqlError with TDengine's code and message for statements binding cannot run
     */
    public PreparedInsert parse(String sql) {
        s = new InsertScanner(InsertScanner.fold(sql));
        if (!s.acceptKeyword("insert") && !s.acceptKeyword("import")) {
            throw s.syntax();
        }
        s.expectKeyword("into");
        List<Param> params = new ArrayList<>();
        PreparedInsert prepared;
        if (s.accept('?')) {
            params.add(new Param(Slot.TABLE_NAME, "tbname", -1, null));
            if (s.acceptKeyword("using")) {
                if (currentDb == null) {
                    throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
                }
                prepared = using(catalog.database(currentDb), null, params);
            } else {
                prepared = lateTables(params);
            }
        } else {
            String[] name = s.qualifiedName();
            Database db = database(name[0] != null ? name[0] : currentDb);
            if (s.acceptKeyword("using")) {
                prepared = using(db, name[1], params);
            } else {
                TableEntry entry = db.table(name[1]);
                if (entry == null) {
                    throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
                }
                prepared = entry instanceof SuperTable st ? superTable(db, st, params)
                        : table(db, (DataTable) entry, params);
            }
        }
        if (!s.atEnd()) {
            throw s.syntax();
        }
        return prepared;
    }

    private Database database(String name) {
        if (name == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        return catalog.database(name);
    }

    /** {@code USING stb [(tags)] TAGS (...) [(cols)] VALUES (...)} after the target name (null = placeholder). */
    private PreparedInsert using(Database db, String fixedName, List<Param> params) {
        String[] stName = s.qualifiedName();
        Database stDb = database(stName[0] != null ? stName[0] : db.name());
        TableEntry entry = stDb.table(stName[1]);
        if (!(entry instanceof SuperTable stable)) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        TableSchema schema = stable.schema();
        List<Column> tags = schema.tags();
        int[] order = tagOrder(schema);
        s.expectKeyword("tags");
        s.expect('(');
        Object[] fixed = new Object[tags.size()];
        ValueParser values = new ValueParser(s, zone, nowNanos);
        Precision precision = stable.database().precision();
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                if (s.peek() == ')') {
                    throw SqlError.of(TaosError.PAR_TAGS_NOT_MATCHED);
                }
                s.expect(',');
            }
            Column tag = tags.get(order[i]);
            if (s.accept('?')) {
                params.add(new Param(Slot.TAG, tag.name(), order[i], tag));
            } else {
                s.value();
                fixed[order[i]] = values.tagValue(tag, precision);
            }
        }
        if (s.peek() == ',') {
            throw SqlError.of(TaosError.PAR_TAGS_NOT_MATCHED);
        }
        s.expect(')');
        columns(schema, params);
        return new PreparedInsert(catalog, currentDb, db, fixedName, stable, schema, fixed, params, null);
    }

    private int[] tagOrder(TableSchema schema) {
        if (!s.accept('(')) {
            int[] all = new int[schema.tags().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        List<Integer> order = new ArrayList<>();
        do {
            String tag = s.name();
            int idx = schema.tagIndex(tag);
            if (idx < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_TAG_NAME, TaosError.PAR_INVALID_TAG_NAME.format(tag));
            }
            order.add(idx);
        } while (s.accept(','));
        s.expect(')');
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private PreparedInsert table(Database db, DataTable table, List<Param> params) {
        columns(table.schema(), params);
        return new PreparedInsert(catalog, currentDb, db, table.name(), null, table.schema(), null, params, null);
    }

    /** The optional column list and the VALUES row of a table with a known schema. */
    private void columns(TableSchema schema, List<Param> params) {
        List<Column> cols = schema.columns();
        List<Integer> order = new ArrayList<>();
        if (s.accept('(')) {
            boolean[] seen = new boolean[cols.size()];
            do {
                String name = s.name();
                int idx = schema.columnIndex(name);
                if (idx < 0) {
                    throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(name));
                }
                if (seen[idx]) {
                    throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "duplicated column name: " + name);
                }
                seen[idx] = true;
                order.add(idx);
            } while (s.accept(','));
            s.expect(')');
            if (!seen[0]) {
                throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Primary timestamp column should not be null");
            }
        } else {
            for (int i = 0; i < cols.size(); i++) {
                order.add(i);
            }
        }
        for (int idx : order) {
            params.add(new Param(Slot.COLUMN, cols.get(idx).name(), idx, cols.get(idx)));
        }
        valuesRow(order.size());
    }

    /** {@code INSERT INTO stb (tbname, cols and tags...) VALUES (?, ...)}. */
    private PreparedInsert superTable(Database db, SuperTable stable, List<Param> params) {
        TableSchema schema = stable.schema();
        if (s.peek() != '(') {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION,
                    "(...tbname, ts...) bounded cols is expected for supertable insertion");
        }
        s.expect('(');
        boolean tbname = false;
        boolean ts = false;
        do {
            String f = s.name();
            if (f.equals("tbname")) {
                tbname = true;
                params.add(new Param(Slot.TABLE_NAME, "tbname", -1, null));
                continue;
            }
            int c = schema.columnIndex(f);
            if (c >= 0) {
                ts |= c == 0;
                params.add(new Param(Slot.COLUMN, f, c, schema.column(c)));
                continue;
            }
            int t = schema.tagIndex(f);
            if (t < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(f));
            }
            params.add(new Param(Slot.TAG, f, t, schema.tag(t)));
        } while (s.accept(','));
        s.expect(')');
        if (!tbname) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "tbname is expected for supertable insertion");
        }
        if (!ts) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Primary timestamp column should not be null");
        }
        valuesRow(params.size());
        return new PreparedInsert(catalog, currentDb, db, null, stable, schema, new Object[schema.tags().size()],
                params, null);
    }

    /** {@code INSERT INTO ? [(cols)] VALUES (...)}: the tables, and so the column types, are known when bound. */
    private PreparedInsert lateTables(List<Param> params) {
        List<String> names = null;
        if (s.accept('(')) {
            names = new ArrayList<>();
            do {
                names.add(s.name());
            } while (s.accept(','));
            s.expect(')');
        }
        int n = valuesRow(-1);
        if (names != null && names.size() != n) {
            throw SqlError.of(TaosError.PAR_ILLEGAL_NUM_OF_COL);
        }
        for (int i = 0; i < n; i++) {
            params.add(new Param(Slot.COLUMN, names == null ? "?" : names.get(i), -1, null));
        }
        Database db = currentDb == null ? null : catalog.findDatabase(currentDb);
        return new PreparedInsert(catalog, currentDb, db, null, null, null, null, params, names);
    }

    /** {@code VALUES (?, ...)} with {@code expected} placeholders (-1: any); returns how many there were. */
    private int valuesRow(int expected) {
        if (!s.acceptKeyword("values")) {
            throw s.syntax();
        }
        s.expect('(');
        int n = 0;
        do {
            if (!s.accept('?')) {
                throw SqlError.of(TaosError.TSC_STMT_CLAUSE_ERROR,
                        TaosError.TSC_STMT_CLAUSE_ERROR.text() + ": VALUES of a prepared INSERT take only ?");
            }
            n++;
        } while (s.accept(','));
        s.expect(')');
        if (expected >= 0 && n != expected) {
            throw SqlError.of(TaosError.PAR_ILLEGAL_NUM_OF_COL);
        }
        if (s.peek() == '(' || s.peek() == ',') {
            throw SqlError.of(TaosError.TSC_STMT_CLAUSE_ERROR,
                    TaosError.TSC_STMT_CLAUSE_ERROR.text() + ": a prepared INSERT binds one VALUES row");
        }
        return n;
    }
}
