package io.taos4j.server.system;

import io.taos4j.server.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every {@code information_schema} and {@code performance_schema} table this server has. The engine answers
 * {@code SELECT ... FROM information_schema.ins_x} by scanning {@link SystemTable#rows} and the SHOW statements of
 * tdengine-sql.md §12.1 as projections and filters on them (column names are TDengine's exactly). Immutable and
 * thread-safe.
 */
public final class SystemTables {
    private static final List<SystemTable> ALL;
    private static final Map<String, SystemTable> BY_NAME = new LinkedHashMap<>();

    static {
        List<SystemTable> all = new ArrayList<>();
        all.addAll(DatabaseTables.tables());
        all.addAll(CatalogTables.tables());
        all.addAll(ColumnTables.tables());
        all.addAll(ClusterTables.tables());
        all.addAll(ObjectTables.tables());
        all.addAll(TmqTables.tables());
        all.addAll(PerfTables.tables());
        all.sort((a, b) -> a.database().equals(b.database()) ? a.name().compareTo(b.name())
                : a.database().compareTo(b.database()));
        ALL = List.copyOf(all);
        for (SystemTable t : ALL) {
            BY_NAME.put(key(t.database(), t.name()), t);
        }
    }

    private SystemTables() {
    }

    /**
     * The system table, or null when there is none of that name. Names compare case-insensitively (TDengine folds
     * unquoted names; the system tables' names are lower case).
     */
    public static SystemTable find(String database, String table) {
        if (database == null || table == null) {
            return null;
        }
        return BY_NAME.get(key(database, table));
    }

    /** All system tables: {@code information_schema} first, each database's tables in name order. */
    public static List<SystemTable> all() {
        return ALL;
    }

    /** The tables of one system database, in name order; empty for any other database. */
    public static List<SystemTable> of(String database) {
        return ALL.stream().filter(t -> t.database().equalsIgnoreCase(database)).toList();
    }

    /** True for {@code information_schema} and {@code performance_schema} (case-insensitive). */
    public static boolean isSystemDatabase(String database) {
        return database != null && Catalog.isSystemDatabase(database.toLowerCase(Locale.ROOT));
    }

    private static String key(String database, String table) {
        return database.toLowerCase(Locale.ROOT) + "." + table.toLowerCase(Locale.ROOT);
    }
}
