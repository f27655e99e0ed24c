package io.taos4j.server.schemaless;

import io.taos4j.protocol.Precision;

/**
 * The unit of line-protocol timestamps ({@code TSDB_SML_TIMESTAMP_*}). Not configured means nanoseconds, as
 * InfluxDB's default. OpenTSDB protocols ignore it: their unit follows the number of digits.
 */
public enum SmlPrecision {
    NOT_CONFIGURED(1L),
    HOURS(3_600_000_000_000L),
    MINUTES(60_000_000_000L),
    SECONDS(1_000_000_000L),
    MILLISECONDS(1_000_000L),
    MICROSECONDS(1_000L),
    NANOSECONDS(1L);

    private final long nanos;

    SmlPrecision(long nanos) {
        this.nanos = nanos;
    }

    /**
     * The precision named as taosAdapter names them: {@code ""}, {@code h}, {@code m}, {@code s}, {@code ms},
     * {@code u} or {@code μ}, {@code ns}; null and anything else mean not configured (taosAdapter's {@code exchange}).
     */
    public static SmlPrecision ofName(String name) {
        if (name == null) {
            return NOT_CONFIGURED;
        }
        return switch (name) {
            case "h" -> HOURS;
            case "m" -> MINUTES;
            case "s" -> SECONDS;
            case "ms" -> MILLISECONDS;
            case "u", "μ" -> MICROSECONDS;
            case "ns" -> NANOSECONDS;
            default -> NOT_CONFIGURED;
        };
    }

    /**
     * Converts a timestamp in this unit into ticks of {@code target}, truncating toward zero as C does; hours,
     * minutes and seconds go through milliseconds. Returns {@link Long#MIN_VALUE} on overflow.
     */
    long toTicks(long value, Precision target) {
        long targetNanos = target.nanosPerTick();
        if (nanos >= 1_000_000L) {
            long unitMillis = nanos / 1_000_000L;
            if (value != 0 && unitMillis > Long.MAX_VALUE / Math.abs(value)) {
                return Long.MIN_VALUE;
            }
            return scale(value * unitMillis, 1_000_000L, targetNanos);
        }
        return scale(value, nanos, targetNanos);
    }

    /** {@code convertTimePrecision}: ticks of {@code fromNanos} into ticks of {@code toNanos}. */
    static long scale(long value, long fromNanos, long toNanos) {
        if (fromNanos == toNanos) {
            return value;
        }
        if (fromNanos > toNanos) {
            long factor = fromNanos / toNanos;
            if (Math.abs(value) > Long.MAX_VALUE / factor) {
                return Long.MIN_VALUE;
            }
            return value * factor;
        }
        return value / (toNanos / fromNanos);
    }
}
