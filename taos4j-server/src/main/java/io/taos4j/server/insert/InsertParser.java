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
import io.taos4j.server.insert.InsertScanner.Kind;
import io.taos4j.server.sql.SqlError;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dedicated parser for {@code INSERT|IMPORT INTO ... VALUES} (tdengine-sql.md §5): it reads the statement
 * once, resolving tables as it goes and converting values straight into per-table column vectors, without building
 * a syntax tree. The whole statement is parsed before anything is written ({@link InsertPlan#execute}).
 *
 * <p>{@code INSERT INTO t [(cols)] SELECT ...} is not handled here: {@link #parse} returns null for it and the
 * caller uses the general SQL parser.
 */
public final class InsertParser {
    private final Catalog catalog;
    private final String currentDb;
    private final ZoneId zone;
    private final long nowNanos;

    private InsertScanner s;
    private ValueParser values;
    private final InsertPlan.Builder plan = new InsertPlan.Builder();

    /**
     * @param currentDb the session's current database, or null
     * @param nowNanos  the statement's {@code now}, in nanoseconds since the epoch (one value per statement)
     */
    public InsertParser(Catalog catalog, String currentDb, ZoneId zone, long nowNanos) {
        this.catalog = catalog;
        this.currentDb = currentDb;
        this.zone = zone;
        this.nowNanos = nowNanos;
    }

    /** True when the statement starts with INSERT or IMPORT (after blanks and comments). */
    public static boolean isInsert(String sql) {
        InsertScanner probe = new InsertScanner(sql);
        return probe.peekKeyword("insert") || probe.peekKeyword("import");
    }

    /**
     * Parses an INSERT statement.
     *
     * @return the plan, or null when the statement is {@code INSERT INTO t [(cols)] <query>}
     * @throws SqlError with TDengine's code and message for every bad statement
     */
    public InsertPlan parse(String sql) {
        s = new InsertScanner(InsertScanner.fold(sql));
        values = new ValueParser(s, zone, nowNanos);
        if (!s.acceptKeyword("insert") && !s.acceptKeyword("import")) {
            throw s.syntax();
        }
        s.expectKeyword("into");
        boolean first = true;
        do {
            if (!clause(first)) {
                return null;
            }
            first = false;
        } while (!s.atEnd());
        return plan.build();
    }

    /** One {@code target [USING ...] [(cols)] VALUES ...} clause; false when it is the INSERT ... SELECT form. */
    private boolean clause(boolean first) {
        String[] name = s.qualifiedName();
        String dbName = name[0] != null ? name[0] : currentDb;
        if (s.acceptKeyword("using")) {
            usingClause(dbName, name[1]);
            return true;
        }
        Database db = database(dbName);
        InsertPlan.Target created = plan.pendingTarget(db, name[1]);
        if (created != null) {
            // created by an earlier clause of this statement
            return dataClause(created, created.schema(), first);
        }
        TableEntry entry = db.table(name[1]);
        if (entry == null) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        if (entry instanceof SuperTable st) {
            return superTableClause(db, st, first);
        }
        DataTable table = (DataTable) entry;
        return dataClause(targetFor(table), table.schema(), first);
    }

    private Database database(String dbName) {
        if (dbName == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        return catalog.database(dbName);
    }

    private void usingClause(String dbName, String tableName) {
        String[] stName = s.qualifiedName();
        Database stDb = database(stName[0] != null ? stName[0] : dbName);
        Database db = database(dbName);
        TableEntry stEntry = stDb.table(stName[1]);
        if (!(stEntry instanceof SuperTable stable)) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        TableSchema schema = stable.schema();
        List<Column> tags = schema.tags();
        int[] tagOrder;
        if (s.accept('(')) {
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
            tagOrder = order.stream().mapToInt(Integer::intValue).toArray();
        } else {
            tagOrder = new int[tags.size()];
            for (int i = 0; i < tagOrder.length; i++) {
                tagOrder[i] = i;
            }
        }
        s.expectKeyword("tags");
        s.expect('(');
        Object[] tagValues = new Object[tags.size()];
        Precision precision = db.precision();
        for (int i = 0; i < tagOrder.length; i++) {
            if (i > 0 && !s.accept(',')) {
                if (s.peek() == ')') {
                    throw SqlError.of(TaosError.PAR_TAGS_NOT_MATCHED);
                }
                s.expect(',');
            }
            s.value();
            tagValues[tagOrder[i]] = values.tagValue(tags.get(tagOrder[i]), precision);
        }
        if (s.peek() == ',') {
            throw SqlError.of(TaosError.PAR_TAGS_NOT_MATCHED);
        }
        s.expect(')');
        InsertPlan.Target target = plan.child(db, tableName, stable, tagValues);
        dataClause(target, target.schema(), false);
    }

    private InsertPlan.Target targetFor(DataTable table) {
        return plan.target(table);
    }

    /** The column list and VALUES of a normal or child table clause. */
    private boolean dataClause(InsertPlan.Target target, TableSchema schema, boolean first) {
        List<Column> cols = schema.columns();
        int[] order;
        if (s.peek() == '(') {
            int save = s.pos;
            s.pos++;
            if (first && (s.peekKeyword("select"))) {
                s.pos = save;
                return false;
            }
            order = columnList(schema);
        } else {
            order = new int[cols.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
        }
        if (first && s.peekKeyword("select")) {
            return false;
        }
        if (s.acceptKeyword("file")) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "proxy mode does not support csv loading");
        }
        if (!s.acceptKeyword("values")) {
            throw s.syntax();
        }
        int tsPos = -1;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == 0) {
                tsPos = i;
            }
        }
        if (tsPos < 0) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Primary timestamp column should not be null");
        }
        Database db = target.database();
        Precision precision = db.precision();
        long[] range = timeRange(db);
        int[] starts = new int[order.length];
        do {
            row(target, cols, order, tsPos, starts, precision, range);
            s.accept(',');
        } while (s.peek() == '(');
        return true;
    }

    private int[] columnList(TableSchema schema) {
        List<Integer> order = new ArrayList<>();
        boolean[] seen = new boolean[schema.columns().size()];
        do {
            s.skipSpace();
            String col = s.name();
            int idx = schema.columnIndex(col);
            if (idx < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(col));
            }
            if (seen[idx]) {
                // TDengine copies the (dequoted) column name before reporting, so the message names only it
                throw SqlError.of(TaosError.TSC_SQL_SYNTAX_ERROR,
                        "syntax error near '" + col + "' (duplicated column name)");
            }
            seen[idx] = true;
            order.add(idx);
        } while (s.accept(','));
        s.expect(')');
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One parenthesised row; {@code starts} is scratch space for token offsets. */
    private void row(InsertPlan.Target target, List<Column> cols, int[] order, int tsPos, int[] starts,
                     Precision precision, long[] range) {
        s.expect('(');
        var builder = target.builder();
        if (tsPos == 0) {
            s.value();
            builder.beginRow(rowTimestamp(precision, range));
            for (int i = 1; i < order.length; i++) {
                s.expect(',');
                s.value();
                int c = order[i];
                values.append(builder.mark(c), cols.get(c), precision);
            }
        } else {
            // timestamp not first in the column list: find every token, then convert the timestamp first
            for (int i = 0; i < order.length; i++) {
                if (i > 0) {
                    s.expect(',');
                }
                s.value();
                starts[i] = s.start;
            }
            int after = s.pos;
            s.pos = starts[tsPos];
            s.value();
            builder.beginRow(rowTimestamp(precision, range));
            for (int i = 0; i < order.length; i++) {
                if (i != tsPos) {
                    s.pos = starts[i];
                    s.value();
                    values.append(builder.mark(order[i]), cols.get(order[i]), precision);
                }
            }
            s.pos = after;
        }
        if (s.peek() == ',') {
            throw SqlError.of(TaosError.PAR_ILLEGAL_NUM_OF_COL);
        }
        s.expect(')');
    }

    private long rowTimestamp(Precision precision, long[] range) {
        if (values.isNull(io.taos4j.server.type.DataType.TIMESTAMP)) {
            throw s.valueError(s.start, "Primary timestamp column should not be null");
        }
        long ts = values.timestamp(precision);
        if (ts < range[0] || ts > range[1]) {
            throw SqlError.of(TaosError.TDB_TIMESTAMP_OUT_OF_RANGE);
        }
        return ts;
    }

    /** [oldest, newest] timestamps a write may carry: now − KEEP up to epoch + ~1000 years (tdengine-sql.md §2.3). */
    private long[] timeRange(Database db) {
        Precision p = db.precision();
        long now = Math.floorDiv(nowNanos, p.nanosPerTick());
        long keepTicks = db.options().keepMinutes() * 60L * p.ticksPerSecond();
        long max = p == Precision.NANOSECONDS ? 9_223_286_399_999_999_999L
                : 31_556_995_200_000L * p.ticksPerMilli();
        return new long[] {now - keepTicks, max};
    }

    /** {@code INSERT INTO stb (tbname, cols and tags...) VALUES (...)}: rows go to (possibly new) children. */
    private boolean superTableClause(Database db, SuperTable stable, boolean first) {
        TableSchema schema = stable.schema();
        if (s.peek() != '(') {
            int at = s.pos;
            while (at > 0 && Character.isWhitespace(s.sql.charAt(at - 1))) {
                at--; // TDengine quotes the text right after the table name, leading blank included
            }
            s.kind = Kind.OTHER;
            throw s.valueError(at, "(...tbname, ts...) bounded cols is expected for supertable insertion");
        }
        int save = s.pos;
        s.pos++;
        if (first && s.peekKeyword("select")) {
            s.pos = save;
            return false;
        }
        // field list: tbname, data columns (index >= 0) and tags (encoded as -2 - tagIndex)
        List<Integer> fields = new ArrayList<>();
        int tbnamePos = -1;
        int tsPos = -1;
        do {
            String f = s.name();
            if (f.equals("tbname")) {
                tbnamePos = fields.size();
                fields.add(-1);
                continue;
            }
            int c = schema.columnIndex(f);
            if (c >= 0) {
                if (c == 0) {
                    tsPos = fields.size();
                }
                fields.add(c);
                continue;
            }
            int t = schema.tagIndex(f);
            if (t < 0) {
                throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(f));
            }
            fields.add(-2 - t);
        } while (s.accept(','));
        s.expect(')');
        if (first && s.peekKeyword("select")) {
            s.pos = save;
            return false;
        }
        if (tbnamePos < 0) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "tbname is expected for supertable insertion");
        }
        if (tsPos < 0) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Primary timestamp column should not be null");
        }
        if (!s.acceptKeyword("values")) {
            throw s.syntax();
        }
        int n = fields.size();
        int[] starts = new int[n];
        Precision precision = db.precision();
        long[] range = timeRange(db);
        List<Column> cols = schema.columns();
        List<Column> tags = schema.tags();
        do {
            s.expect('(');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    s.expect(',');
                }
                s.value();
                starts[i] = s.start;
            }
            if (s.peek() == ',') {
                throw SqlError.of(TaosError.PAR_ILLEGAL_NUM_OF_COL);
            }
            s.expect(')');
            int after = s.pos;
            s.pos = starts[tbnamePos];
            s.value();
            if (s.kind == Kind.NULL || s.kind == Kind.OTHER) {
                throw s.valueError("invalid data or symbol");
            }
            String child = s.kind == Kind.STRING ? s.text : s.tokenText();
            if (child.indexOf('.') >= 0) {
                throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "tbname can not contain '.'");
            }
            InsertPlan.Target target = childTarget(db, stable, child, fields, starts, tags, precision);
            var builder = target.builder();
            s.pos = starts[tsPos];
            s.value();
            builder.beginRow(rowTimestamp(precision, range));
            for (int i = 0; i < n; i++) {
                int f = fields.get(i);
                if (f > 0) {
                    s.pos = starts[i];
                    s.value();
                    values.append(builder.mark(f), cols.get(f), precision);
                }
            }
            s.pos = after;
            s.accept(',');
        } while (s.peek() == '(');
        return true;
    }

    private InsertPlan.Target childTarget(Database db, SuperTable stable, String child, List<Integer> fields,
                                          int[] starts, List<Column> tags, Precision precision) {
        if (db.table(child) != null || plan.pendingTarget(db, child) != null) {
            return plan.child(db, child, stable, null); // tags of an existing child are ignored
        }
        Object[] tagValues = new Object[tags.size()];
        for (int i = 0; i < fields.size(); i++) {
            int f = fields.get(i);
            if (f <= -2) {
                int tag = -2 - f;
                s.pos = starts[i];
                s.value();
                tagValues[tag] = values.tagValue(tags.get(tag), precision);
            }
        }
        return plan.child(db, child, stable, tagValues);
    }
}
