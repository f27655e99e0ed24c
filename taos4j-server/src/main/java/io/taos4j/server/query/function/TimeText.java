package io.taos4j.server.query.function;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Timestamps;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Timestamp inputs of the time and conversion functions (TDengine's {@code convertStringToTimestamp}). */
final class TimeText {
    /** Marker for "not a timestamp". */
    static final long INVALID = Long.MIN_VALUE;

    private TimeText() {
    }

    /**
     * Parses timestamp text the way functions do ({@code taosParseTime}): the forms of tdengine-sql.md §2.3 in
     * {@code zone}, but not a bare integer (that is INSERT-only). Returns {@link #INVALID} on failure.
     */
    static long parse(String text, ZoneId zone, Precision precision) {
        if (text.isEmpty() || isInteger(text)) {
            return INVALID;
        }
        return Timestamps.parse(text, zone, precision);
    }

    private static boolean isInteger(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Ticks of a timestamp argument at {@code row}: TIMESTAMP and integer values are ticks already, text is parsed
     * in the session zone at {@code precision}; {@link #INVALID} when text does not parse.
     */
    static long ticksAt(ColumnVector v, DataType type, int row, EvalContext ctx, Precision precision) {
        TaosType t = type.type();
        if (t == TaosType.VARCHAR || t == TaosType.NCHAR) {
            return parse(Vec.text(v, row), ctx.zone(), precision);
        }
        return Vec.longAt(v, type, row);
    }

    /** The zone's UTC offset in seconds at the statement's {@code now} (TDengine formats it once, with {@code %z}). */
    static int offsetNowSeconds(EvalContext ctx) {
        Instant now = Instant.ofEpochSecond(Math.floorDiv(ctx.nowNanos(), 1_000_000_000L));
        return ctx.zone().getRules().getOffset(now).getTotalSeconds();
    }

    /** {@code %z} of the zone at {@code now}: {@code +0800}, {@code -0500}, {@code +0000}. */
    static String offsetNowText(EvalContext ctx) {
        return offsetText(offsetNowSeconds(ctx), false);
    }

    static String offsetText(int seconds, boolean colon) {
        int abs = Math.abs(seconds);
        return String.format(java.util.Locale.ROOT, "%c%02d%s%02d", seconds < 0 ? '-' : '+', abs / 3600, colon ? ":" : "",
                abs / 60 % 60);
    }

    static ZoneOffset offset(int seconds) {
        return ZoneOffset.ofTotalSeconds(seconds);
    }
}
