package io.taos4j.cli.shell;

import io.taos4j.ResultSet;
import io.taos4j.Row;
import io.taos4j.Taos;
import io.taos4j.TaosException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Names for tab completion, read from the server with {@code SHOW DATABASES}, {@code SHOW db.STABLES},
 * {@code SHOW db.TABLES} and {@code DESCRIBE db.table}, and kept until {@link #invalidate()} (the shell calls it after
 * DDL and USE) or for at most {@link #MAX_AGE_NANOS}. A name list is capped at {@link #MAX_NAMES}. Failures (no such
 * database, a lost connection) give empty lists: completion never fails a line. Thread-safe.
 */
public final class SchemaCache {
    static final int MAX_NAMES = 5000;
    private static final long MAX_AGE_NANOS = 30_000_000_000L;

    private record Entry(List<String> names, long at) {
    }

    private final Taos taos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public SchemaCache(Taos taos) {
        this.taos = taos;
    }

    /** The current database of the connection, or null. */
    public String currentDatabase() {
        return taos.database();
    }

    public List<String> databases() {
        return cached("databases", () -> names("SHOW DATABASES"));
    }

    /** Supertables, then tables, of {@code db}. */
    public List<String> tables(String db) {
        String key = "tables:" + db.toLowerCase(Locale.ROOT);
        return cached(key, () -> {
            List<String> all = new ArrayList<>(names("SHOW " + quote(db) + ".STABLES"));
            all.addAll(names("SHOW " + quote(db) + ".TABLES"));
            return all;
        });
    }

    /** Columns and tags of {@code db.table}. */
    public List<String> columns(String db, String table) {
        String key = "columns:" + db.toLowerCase(Locale.ROOT) + "." + table.toLowerCase(Locale.ROOT);
        return cached(key, () -> names("DESCRIBE " + quote(db) + "." + quote(table)));
    }

    /** Forgets every name read so far. */
    public void invalidate() {
        entries.clear();
    }

    private List<String> cached(String key, Supplier<List<String>> loader) {
        Entry e = entries.get(key);
        long now = System.nanoTime();
        if (e != null && now - e.at < MAX_AGE_NANOS) {
            return e.names;
        }
        List<String> names = List.copyOf(loader.get());
        entries.put(key, new Entry(names, now));
        return names;
    }

    /** The first column of a query's rows, at most {@link #MAX_NAMES}; empty on any failure. */
    private List<String> names(String sql) {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = taos.query(sql)) {
            for (Row row : rs) {
                if (out.size() >= MAX_NAMES) {
                    break;
                }
                String name = row.getString(0);
                if (name != null) {
                    out.add(name);
                }
            }
        } catch (TaosException e) {
            return List.of();
        }
        return out;
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
