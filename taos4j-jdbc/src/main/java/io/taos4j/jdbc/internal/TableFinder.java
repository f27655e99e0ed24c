package io.taos4j.jdbc.internal;

import io.taos4j.protocol.Precision;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds databases and tables in {@code information_schema} for {@link JdbcDatabaseMetaData}. Name patterns are
 * matched here (JDBC's {@code %} and {@code _}); a pattern without wildcards and the catalog are also sent to the
 * server as filters, so a lookup of one table does not list every child table. In BI mode ({@code conmode=1})
 * only user databases and no child or system tables are listed, as the official driver does.
 */
final class TableFinder {
    static final String CHILD = "CHILD TABLE";
    static final String STABLE = "STABLE";
    static final String SYSTEM = "SYSTEM TABLE";
    static final String TABLE = "TABLE";
    static final String VIEW = "VIEW";
    /** The table types, in the order JDBC sorts them. */
    static final List<String> TYPES = List.of(CHILD, STABLE, SYSTEM, TABLE, VIEW);
    private static final Set<String> SYSTEM_DATABASES = Set.of("information_schema", "performance_schema");

    /** Runs a query and returns its rows. */
    interface Query {
        List<Object[]> rows(String sql) throws SQLException;
    }

    /** A table: its database, name, JDBC type, comment (or null) and, for a child table, its super table. */
    record Table(String db, String name, String type, String remarks, String superTable) {
    }

    private final Query query;
    private final boolean biMode;

    TableFinder(Query query, boolean biMode) {
        this.query = query;
        this.biMode = biMode;
    }

    List<String> databases() throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object[] r : query.rows("SELECT name FROM information_schema.ins_databases")) {
            String name = (String) r[0];
            if (!biMode || !SYSTEM_DATABASES.contains(name)) {
                out.add(name);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Database name to timestamp precision. */
    Map<String, Precision> precisions() throws SQLException {
        Map<String, Precision> out = new HashMap<>();
        for (Object[] r : query.rows("SELECT name, `precision` FROM information_schema.ins_databases")) {
            Precision p = r[1] == null ? null : Precision.ofSqlName((String) r[1]);
            if (p != null) {
                out.put((String) r[0], p);
            }
        }
        return out;
    }

    /**
     * The tables matching, sorted by type, database and name.
     *
     * @param catalog a database name, null for all, "" for none
     * @param types   JDBC table types ({@link #TYPES}), null for all
     */
    List<Table> find(String catalog, String schemaPattern, String namePattern, String[] types) throws SQLException {
        if (catalog != null && catalog.isEmpty()
                || schemaPattern != null && !MetaColumns.matches(MetaColumns.pattern(schemaPattern), "")) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String t : types == null ? TYPES.toArray(new String[0]) : types) {
            if (t != null) {
                wanted.add(t.trim().toUpperCase(Locale.ROOT));
            }
        }
        if (biMode) {
            wanted.remove(CHILD);
            wanted.remove(SYSTEM);
        }
        Pattern names = MetaColumns.pattern(namePattern);
        String literal = MetaColumns.literal(namePattern);
        List<Table> out = new ArrayList<>();
        if (wanted.contains(STABLE)) {
            String sql = "SELECT stable_name, db_name, table_comment FROM information_schema.ins_stables"
                    + where(catalog, "stable_name", literal, null);
            for (Object[] r : query.rows(sql)) {
                add(out, names, new Table((String) r[1], (String) r[0], STABLE, (String) r[2], null));
            }
        }
        if (wanted.contains(TABLE) || wanted.contains(CHILD) || wanted.contains(SYSTEM)) {
            String sql = "SELECT table_name, db_name, `type`, table_comment, stable_name"
                    + " FROM information_schema.ins_tables" + where(catalog, "table_name", literal,
                    wanted.contains(CHILD) ? null : "`type` <> 'CHILD_TABLE'");
            for (Object[] r : query.rows(sql)) {
                String kind = String.valueOf(r[2]);
                String type = kind.contains("CHILD") ? CHILD : kind.contains("SYSTEM") ? SYSTEM : TABLE;
                if (wanted.contains(type)) {
                    add(out, names, new Table((String) r[1], (String) r[0], type, (String) r[3], (String) r[4]));
                }
            }
        }
        if (wanted.contains(VIEW)) {
            String sql = "SELECT view_name, db_name FROM information_schema.ins_views"
                    + where(catalog, "view_name", literal, null);
            for (Object[] r : query.rows(sql)) {
                add(out, names, new Table((String) r[1], (String) r[0], VIEW, null, null));
            }
        }
        out.sort(Comparator.comparing(Table::type).thenComparing(Table::db).thenComparing(Table::name));
        return out;
    }

    private void add(List<Table> out, Pattern names, Table t) {
        if (MetaColumns.matches(names, t.name()) && (!biMode || !SYSTEM_DATABASES.contains(t.db()))) {
            out.add(t);
        }
    }

    private static String where(String catalog, String nameColumn, String literal, String extra) {
        List<String> conditions = new ArrayList<>();
        if (catalog != null) {
            conditions.add("db_name = " + literal(catalog));
        }
        if (literal != null) {
            conditions.add(nameColumn + " = " + literal(literal));
        }
        if (extra != null) {
            conditions.add(extra);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A TDengine string literal. */
    static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** {@code `db`.`table`}. */
    static String quoted(String db, String table) {
        return io.taos4j.Identifiers.quote(db) + "." + io.taos4j.Identifiers.quote(table);
    }

    /** A name as a JDBC pattern matching only itself. */
    static String escape(String name) {
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
