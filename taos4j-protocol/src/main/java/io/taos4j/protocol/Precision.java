package io.taos4j.protocol;

import java.time.Instant;

/**
 * Timestamp precision of a database and of a result set: the unit of TIMESTAMP ticks since 1970-01-01T00:00Z.
 *
 * <p>Wire codes (raw-block.md §1): 0 milliseconds, 1 microseconds, 2 nanoseconds.
 */
public enum Precision {
    MILLISECONDS(0, "ms", 1_000L),
    MICROSECONDS(1, "us", 1_000_000L),
    NANOSECONDS(2, "ns", 1_000_000_000L);

    private final int code;
    private final String sqlName;
    private final long ticksPerSecond;

    Precision(int code, String sqlName, long ticksPerSecond) {
        this.code = code;
        this.sqlName = sqlName;
        this.ticksPerSecond = ticksPerSecond;
    }

    public int code() {
        return code;
    }

    /** {@code ms}, {@code us} or {@code ns}, as in {@code PRECISION 'us'}. */
    public String sqlName() {
        return sqlName;
    }

    public long ticksPerSecond() {
        return ticksPerSecond;
    }

    /** Ticks per millisecond: 1, 1000 or 1000000. */
    public long ticksPerMilli() {
        return ticksPerSecond / 1_000L;
    }

    /** Nanoseconds per tick: 1000000, 1000 or 1. */
    public long nanosPerTick() {
        return 1_000_000_000L / ticksPerSecond;
    }

    public Instant toInstant(long ticks) {
        long seconds = Math.floorDiv(ticks, ticksPerSecond);
        long rest = Math.floorMod(ticks, ticksPerSecond);
        return Instant.ofEpochSecond(seconds, rest * nanosPerTick());
    }

    /** Ticks of an instant, truncated (not rounded) to this precision, as TDengine truncates extra digits. */
    public long fromInstant(Instant instant) {
        long nanos = instant.getNano();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), ticksPerSecond), nanos / nanosPerTick());
    }

    /** Converts ticks of {@code from} into this precision, truncating toward negative infinity. */
    public long convert(long ticks, Precision from) {
        if (from == this) {
            return ticks;
        }
        if (from.ticksPerSecond < ticksPerSecond) {
            return Math.multiplyExact(ticks, ticksPerSecond / from.ticksPerSecond);
        }
        return Math.floorDiv(ticks, from.ticksPerSecond / ticksPerSecond);
    }

    public static Precision ofCode(int code) {
        return switch (code) {
            case 0 -> MILLISECONDS;
            case 1 -> MICROSECONDS;
            case 2 -> NANOSECONDS;
            default -> throw new ProtocolException("unknown timestamp precision code " + code);
        };
    }

    /** Parses {@code ms}, {@code us} or {@code ns} (case-insensitive); null if it is none of them. */
    public static Precision ofSqlName(String name) {
        for (Precision p : values()) {
            if (p.sqlName.equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }
}
