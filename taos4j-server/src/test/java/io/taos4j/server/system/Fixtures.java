package io.taos4j.server.system;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.DatabaseOptions;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.catalog.User;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Wkt;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A real catalog with the tables the system-table tests look at, and helpers to read results. */
final class Fixtures {
    static final long START = 1_700_000_000_000L;
    static final String ENDPOINT = "localhost:6030";

    private Fixtures() {
    }

    /**
     * Database {@code power}: super tables {@code meters} (d1, d2), {@code tg} (tags of most types; tg1 with values,
     * tg2 all NULL), {@code ints} (remaining integer types and GEOMETRY; i1), {@code jst} (a JSON tag; jc1, jc2 NULL),
     * {@code stcmt} (a comment); normal tables {@code empt}, {@code pk} (composite key), {@code cmt} (comment, TTL),
     * {@code dec} (DECIMAL, NCHAR, VARBINARY). User {@code alice} besides root.
     */
    static Catalog catalog() {
        Catalog catalog = new Catalog();
        Database db = catalog.createDatabase("power", DatabaseOptions.defaults());
        var meters = catalog.createSuperTable(db, "meters", schema(
                "ts TIMESTAMP, current FLOAT, voltage INT, phase FLOAT", "groupid INT, location VARCHAR(24)"));
        catalog.createChildTable(db, "d1", meters, new Object[] {2L, "California.SanFrancisco"});
        catalog.createChildTable(db, "d2", meters, new Object[] {3L, null});
        var tg = catalog.createSuperTable(db, "tg", schema("ts TIMESTAMP, v INT",
                "tb BOOL, tts TIMESTAMP, tnc NCHAR(5), tvc VARCHAR(8), tf FLOAT, td DOUBLE, tbi BIGINT,"
                        + " tub TINYINT UNSIGNED, tvb VARBINARY(8)"));
        catalog.createChildTable(db, "tg1", tg, new Object[] {true, 1704067200123L, "nä", "vc", 1.5f, 2.25, -5L,
                200L, "ab".getBytes(StandardCharsets.UTF_8)});
        catalog.createChildTable(db, "tg2", tg, new Object[9]);
        var ints = catalog.createSuperTable(db, "ints", schema("ts TIMESTAMP, v INT",
                "ti TINYINT, si SMALLINT, i INT, usi SMALLINT UNSIGNED, ui INT UNSIGNED, ubi BIGINT UNSIGNED,"
                        + " geo GEOMETRY(32)"));
        catalog.createChildTable(db, "i1", ints, new Object[] {-128L, -32768L, -2147483648L, 65535L, 4294967295L,
                -1L, Wkt.toWkb("POINT(1.0 2.0)")});
        var jst = catalog.createSuperTable(db, "jst", schema("ts TIMESTAMP, v INT", "j JSON"));
        catalog.createChildTable(db, "jc1", jst, new Object[] {"{\"k\":\"v\",\"n\":1}"});
        catalog.createChildTable(db, "jc2", jst, new Object[] {null});
        var stcmt = catalog.createSuperTable(db, "stcmt", schema("ts TIMESTAMP, v INT", "t INT"));
        stcmt.setComment("c2");
        catalog.createNormalTable(db, "empt", schema("ts TIMESTAMP, v INT, f FLOAT, s VARCHAR(10)", ""));
        catalog.createNormalTable(db, "pk", schema("ts TIMESTAMP, id INT COMPOSITE KEY, v VARCHAR(5)", ""));
        var cmt = catalog.createNormalTable(db, "cmt", schema("ts TIMESTAMP, v INT", ""));
        cmt.setComment("hello");
        cmt.setTtl(5);
        catalog.createNormalTable(db, "dec", schema(
                "ts TIMESTAMP, d DECIMAL(10,2), e DECIMAL(20,3), nc NCHAR(10), vb VARBINARY(10)", ""));
        catalog.putUser(new User("alice", io.taos4j.server.catalog.Password.of("secret"), false, true, false, true, START,
                java.util.List.of()));
        return catalog;
    }

    static SystemContext context(Catalog catalog, Session... sessions) {
        Session current = sessions.length > 0 ? sessions[0] : new Session("root", null, ZoneId.of("UTC"));
        return new SystemContext(catalog, List.of(sessions), current, "3.3.8.0", START, ENDPOINT);
    }

    /** Columns and tags written as {@code "ts TIMESTAMP, v INT"}; ids 1.. over columns then tags. */
    static TableSchema schema(String columns, String tags) {
        List<Column> cols = new ArrayList<>();
        List<Column> tagCols = new ArrayList<>();
        int id = 1;
        for (String c : split(columns)) {
            boolean key = c.endsWith(" COMPOSITE KEY");
            String def = key ? c.substring(0, c.length() - " COMPOSITE KEY".length()) : c;
            int space = def.indexOf(' ');
            Column col = Column.data(id++, def.substring(0, space), type(def.substring(space + 1)));
            cols.add(key ? new Column(col.id(), col.name(), col.type(), true, col.encode(), col.compress(),
                    col.level()) : col);
        }
        for (String t : split(tags)) {
            int space = t.indexOf(' ');
            tagCols.add(Column.tag(id++, t.substring(0, space), type(t.substring(space + 1))));
        }
        return new TableSchema(cols, tagCols, id);
    }

    static DataType type(String text) {
        if (text.startsWith("DECIMAL(")) {
            String[] ps = text.substring(8, text.length() - 1).split(",");
            return DataType.decimal(Integer.parseInt(ps[0].strip()), Integer.parseInt(ps[1].strip()));
        }
        if (text.equals("JSON")) {
            return DataType.JSON;
        }
        return Columns.type(text);
    }

    private static List<String> split(String list) {
        // commas inside parentheses belong to DECIMAL(p,s)
        return list.isBlank() ? List.of()
                : Arrays.stream(list.split(",(?![^(]*\\))")).map(String::strip).toList();
    }

    /** {@code name TYPE(len)} of each field, with the length clients see for variable-length types. */
    static List<String> describe(List<Field> fields) {
        return fields.stream().map(f -> f.name() + " " + typeText(f.type())).toList();
    }

    static String typeText(DataType t) {
        return t.type().sqlName() + (t.type().isVarLength() && t.type() != TaosType.JSON ? "(" + t.length() + ")" : "");
    }

    /** All rows as lists of Java values; byte[] as {@code \x..} hex text. */
    static List<List<Object>> rows(List<Field> fields, Batch batch) {
        List<List<Object>> out = new ArrayList<>();
        for (int r = 0; r < batch.rows(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < fields.size(); c++) {
                Object v = Values.get(batch.column(c), r, fields.get(c).type());
                row.add(v instanceof byte[] b ? Render.hex(b) : v);
            }
            out.add(row);
        }
        return out;
    }

    static List<List<Object>> rows(ResultData result) {
        return rows(result.fields(), result.rows());
    }

    static List<List<Object>> rows(SystemTable table, SystemContext context) {
        return rows(table.fields(), table.rows(context));
    }

    /** The values of one column, by name. */
    static List<Object> column(SystemTable table, SystemContext context, String name) {
        int c = index(table.fields(), name);
        return rows(table, context).stream().map(r -> r.get(c)).toList();
    }

    static int index(List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    /** Rows whose column {@code name} equals {@code value}. */
    static List<List<Object>> where(SystemTable table, SystemContext context, String name, Object value) {
        int c = index(table.fields(), name);
        return rows(table, context).stream().filter(r -> value.equals(r.get(c))).toList();
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
