package io.taos4j.server.catalog;

import java.util.Locale;

/**
 * Every database option the server accepts, in the order {@code SHOW CREATE DATABASE} prints them, with
 * TDengine's default and whether {@code ALTER DATABASE} may change it (tdengine-sql.md §3.1, §3.2).
 *
 * <p>Values are kept as canonical text, the way {@code SHOW CREATE DATABASE} prints them without quotes
 * (e.g. {@code KEEP} = {@code 3650d,3650d,3650d}, {@code PRECISION} = {@code ms}).
 */
public enum DbOption {
    BUFFER("256", Kind.INT, true),
    CACHESIZE("1", Kind.INT, true),
    CACHEMODEL("none", Kind.STRING, true),
    COMP("2", Kind.INT, true),
    DURATION("10d", Kind.DURATION, false),
    WAL_FSYNC_PERIOD("3000", Kind.INT, true),
    MAXROWS("4096", Kind.INT, false),
    MINROWS("100", Kind.INT, true),
    STT_TRIGGER("2", Kind.INT, true),
    KEEP("3650d,3650d,3650d", Kind.KEEP, true),
    PAGES("256", Kind.INT, true),
    PAGESIZE("4", Kind.INT, false),
    PRECISION("ms", Kind.STRING, false),
    REPLICA("1", Kind.INT, true),
    WAL_LEVEL("1", Kind.INT, true),
    VGROUPS("2", Kind.INT, false),
    SINGLE_STABLE("0", Kind.INT, false),
    TABLE_PREFIX("0", Kind.INT, false),
    TABLE_SUFFIX("0", Kind.INT, false),
    TSDB_PAGESIZE("4", Kind.INT, false),
    WAL_RETENTION_PERIOD("3600", Kind.INT, true),
    WAL_RETENTION_SIZE("0", Kind.INT, true),
    KEEP_TIME_OFFSET("0", Kind.INT, true),
    ENCRYPT_ALGORITHM("none", Kind.STRING, false),
    SS_CHUNKPAGES("131072", Kind.INT, true),
    SS_KEEPLOCAL("525600m", Kind.DURATION, true),
    SS_COMPACT("1", Kind.INT, true),
    COMPACT_INTERVAL("0d", Kind.DURATION, true),
    COMPACT_TIME_RANGE("0d,0d", Kind.KEEP, true),
    COMPACT_TIME_OFFSET("0h", Kind.DURATION, true),
    // accepted on input, not printed by SHOW CREATE DATABASE
    WAL_ROLL_PERIOD("0", Kind.INT, true, false),
    WAL_SEGMENT_SIZE("0", Kind.INT, true, false),
    SCHEMALESS("0", Kind.INT, true, false),
    STRICT("on", Kind.STRING, false, false),
    RETENTIONS("", Kind.STRING, false, false),
    DNODES("", Kind.STRING, false, false);

    /** How a value is written in SQL and printed. */
    public enum Kind {
        /** A plain integer. */
        INT,
        /** A quoted string ({@code 'ms'}), printed quoted. */
        STRING,
        /** An integer with a unit ({@code 10d}, {@code 60m}); a bare integer means days. */
        DURATION,
        /** One to three durations separated by commas (KEEP) or exactly two (COMPACT_TIME_RANGE). */
        KEEP
    }

    private final String defaultValue;
    private final Kind kind;
    private final boolean alterable;
    private final boolean shown;

    DbOption(String defaultValue, Kind kind, boolean alterable) {
        this(defaultValue, kind, alterable, true);
    }

    DbOption(String defaultValue, Kind kind, boolean alterable, boolean shown) {
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.alterable = alterable;
        this.shown = shown;
    }

    /** The option's SQL keyword in lower case ({@code wal_level}). */
    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultValue() {
        return defaultValue;
    }

    public Kind kind() {
        return kind;
    }

    /** True when ALTER DATABASE may change it. */
    public boolean alterable() {
        return alterable;
    }

    /** True when SHOW CREATE DATABASE prints it. */
    public boolean shown() {
        return shown;
    }

    /** The option for a SQL keyword (case-insensitive; {@code replicas} is an alias of {@code replica}), or null. */
    public static DbOption of(String sqlName) {
        String n = sqlName.toUpperCase(Locale.ROOT);
        if (n.equals("REPLICAS")) {
            return REPLICA;
        }
        for (DbOption o : values()) {
            if (o.name().equals(n)) {
                return o;
            }
        }
        return null;
    }
}
