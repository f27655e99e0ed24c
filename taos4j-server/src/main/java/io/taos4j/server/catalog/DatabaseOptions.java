package io.taos4j.server.catalog;

import io.taos4j.protocol.Precision;
import java.util.EnumMap;
import java.util.Map;

/**
 * The options of one database as canonical text values (see {@link DbOption}). Immutable; ALTER DATABASE
 * publishes a new instance.
 */
public final class DatabaseOptions {
    private static final DatabaseOptions DEFAULTS = new DatabaseOptions(new EnumMap<>(DbOption.class));

    private final EnumMap<DbOption, String> values;

    private DatabaseOptions(EnumMap<DbOption, String> values) {
        this.values = values;
    }

    public static DatabaseOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with the given options replaced. */
    public DatabaseOptions with(Map<DbOption, String> changes) {
        EnumMap<DbOption, String> copy = new EnumMap<>(DbOption.class);
        copy.putAll(values);
        copy.putAll(changes);
        return new DatabaseOptions(copy);
    }

    /** The canonical value of {@code option} (its default when never set). */
    public String get(DbOption option) {
        return values.getOrDefault(option, option.defaultValue());
    }

    public int getInt(DbOption option) {
        return Integer.parseInt(get(option));
    }

    public Precision precision() {
        return Precision.ofSqlName(get(DbOption.PRECISION));
    }

    public int vgroups() {
        return getInt(DbOption.VGROUPS);
    }

    /** The largest KEEP value in minutes (the community build uses the largest of the three). */
    public long keepMinutes() {
        long max = 0;
        for (String part : get(DbOption.KEEP).split(",")) {
            max = Math.max(max, durationMinutes(part));
        }
        return max;
    }

    /** Minutes of a canonical duration such as {@code 10d}, {@code 60m} or {@code 2h}. */
    public static long durationMinutes(String canonical) {
        char unit = canonical.charAt(canonical.length() - 1);
        long n = Long.parseLong(canonical.substring(0, canonical.length() - 1));
        return switch (unit) {
            case 'm' -> n;
            case 'h' -> n * 60;
            case 'd' -> n * 1440;
            default -> throw new IllegalArgumentException("not a canonical duration: " + canonical);
        };
    }

    /** The option text of {@code CREATE DATABASE} as {@code SHOW CREATE DATABASE} prints it. */
    public String toSql() {
        StringBuilder sb = new StringBuilder();
        for (DbOption o : DbOption.values()) {
            if (!o.shown()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(o.name()).append(' ');
            if (o.kind() == DbOption.Kind.STRING) {
                sb.append('\'').append(get(o)).append('\'');
            } else {
                sb.append(get(o));
            }
        }
        return sb.toString();
    }
}
