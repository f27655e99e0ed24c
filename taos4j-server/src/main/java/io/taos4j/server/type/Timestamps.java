package io.taos4j.server.type;

import io.taos4j.protocol.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * TDengine's timestamp text rules (tdengine-sql.md §2.3, §2.4): parsing of timestamp strings in a connection's
 * time zone, duration units, and calendar arithmetic for {@code n} (month) and {@code y} (year).
 */
public final class Timestamps {
    private Timestamps() {
    }

    /**
     * Parses a timestamp string into ticks of {@code precision}, or returns {@link Long#MIN_VALUE} when the text is
     * not a valid timestamp. Accepted: {@code 2024-01-01}, {@code 2024-1-1 0:0:0}, {@code 2024-01-01 00:00:00.123},
     * a {@code T} separator, a zone suffix {@code Z}, {@code +08:00}, {@code +0800} or {@code +08} directly after the
     * time, and a plain integer (ticks). Extra fraction digits are truncated; characters after the fraction digits
     * that are not a zone are ignored (as TDengine does).
     */
    public static long parse(String text, ZoneId zone, Precision precision) {
        int n = text.length();
        if (n == 0) {
            return Long.MIN_VALUE;
        }
        if (isInteger(text)) {
            try {
                return Long.parseLong(text.charAt(0) == '+' ? text.substring(1) : text);
            } catch (NumberFormatException e) {
                return Long.MIN_VALUE;
            }
        }
        int[] pos = {0};
        int year = digits(text, pos, 1, 4);
        if (year < 0 || !consume(text, pos, '-')) {
            return Long.MIN_VALUE;
        }
        int month = digits(text, pos, 1, 2);
        if (month < 0 || !consume(text, pos, '-')) {
            return Long.MIN_VALUE;
        }
        int day = digits(text, pos, 1, 2);
        if (day < 0) {
            return Long.MIN_VALUE;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        long fractionNanos = 0;
        boolean hadFraction = false;
        ZoneId effectiveZone = zone;
        if (pos[0] < n) {
            char sep = text.charAt(pos[0]);
            if (sep != ' ' && sep != 'T') {
                return Long.MIN_VALUE;
            }
            pos[0]++;
            hour = digits(text, pos, 1, 2);
            if (hour < 0 || !consume(text, pos, ':')) {
                return Long.MIN_VALUE;
            }
            minute = digits(text, pos, 1, 2);
            if (minute < 0 || !consume(text, pos, ':')) {
                return Long.MIN_VALUE;
            }
            second = digits(text, pos, 1, 2);
            if (second < 0) {
                return Long.MIN_VALUE;
            }
            if (pos[0] < n && text.charAt(pos[0]) == '.') {
                pos[0]++;
                int start = pos[0];
                long nanos = 0;
                int count = 0;
                while (pos[0] < n && Character.isDigit(text.charAt(pos[0]))) {
                    if (count < 9) {
                        nanos = nanos * 10 + (text.charAt(pos[0]) - '0');
                        count++;
                    }
                    pos[0]++;
                }
                if (pos[0] == start) {
                    return Long.MIN_VALUE;
                }
                for (int i = count; i < 9; i++) {
                    nanos *= 10;
                }
                fractionNanos = nanos;
                hadFraction = true;
            }
            if (pos[0] < n) {
                ZoneOffset offset = offset(text, pos[0]);
                if (offset != null) {
                    effectiveZone = offset;
                } else if (!hadFraction) {
                    // junk right after the seconds, or a space before an offset, is an error; after fraction
                    // digits TDengine ignores it
                    return Long.MIN_VALUE;
                }
            }
        }
        try {
            LocalDateTime ldt = LocalDate.of(year, month, day).atTime(hour, minute, second);
            long epochSecond = ldt.atZone(effectiveZone).toEpochSecond();
            return Math.addExact(Math.multiplyExact(epochSecond, precision.ticksPerSecond()),
                    fractionNanos / precision.nanosPerTick());
        } catch (DateTimeException | ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    private static boolean isInteger(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int[] pos, int min, int max) {
        int start = pos[0];
        int v = 0;
        while (pos[0] < s.length() && pos[0] - start < max && Character.isDigit(s.charAt(pos[0]))) {
            v = v * 10 + (s.charAt(pos[0]) - '0');
            pos[0]++;
        }
        return pos[0] - start < min ? -1 : v;
    }

    private static boolean consume(String s, int[] pos, char c) {
        if (pos[0] < s.length() && s.charAt(pos[0]) == c) {
            pos[0]++;
            return true;
        }
        return false;
    }

    /** A zone suffix starting at {@code i}: {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm}; null if none. */
    private static ZoneOffset offset(String s, int i) {
        String rest = s.substring(i);
        if (rest.equals("Z") || rest.equals("z")) {
            return ZoneOffset.UTC;
        }
        if (rest.isEmpty() || rest.charAt(0) != '+' && rest.charAt(0) != '-') {
            return null;
        }
        String body = rest.substring(1);
        String hh;
        String mm = "00";
        if (body.matches("\\d{2}")) {
            hh = body;
        } else if (body.matches("\\d{4}")) {
            hh = body.substring(0, 2);
            mm = body.substring(2);
        } else if (body.matches("\\d{2}:\\d{2}")) {
            hh = body.substring(0, 2);
            mm = body.substring(3);
        } else {
            return null;
        }
        try {
            int sign = rest.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(hh), sign * Integer.parseInt(mm));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** True for the TDengine duration units {@code b u a s m h d w n y}. */
    public static boolean isDurationUnit(char unit) {
        return "buasmhdwny".indexOf(unit) >= 0;
    }

    /**
     * Ticks of a fixed-length duration in {@code precision}, truncating units finer than the precision
     * ({@code 1u} in a millisecond database is 0). Not for {@code n}/{@code y}, which depend on the calendar.
     */
    public static long durationTicks(long amount, char unit, Precision precision) {
        long nanos = switch (unit) {
            case 'b' -> 1L;
            case 'u' -> 1_000L;
            case 'a' -> 1_000_000L;
            case 's' -> 1_000_000_000L;
            case 'm' -> 60_000_000_000L;
            case 'h' -> 3_600_000_000_000L;
            case 'd' -> 86_400_000_000_000L;
            case 'w' -> 7 * 86_400_000_000_000L;
            default -> throw new IllegalArgumentException("calendar unit " + unit + " has no fixed length");
        };
        long perTick = precision.nanosPerTick();
        if (nanos >= perTick) {
            return Math.multiplyExact(amount, nanos / perTick);
        }
        return amount * nanos / perTick;
    }

    /** {@code ticks + amount unit}, with calendar arithmetic for {@code n} and {@code y} in {@code zone}. */
    public static long add(long ticks, long amount, char unit, Precision precision, ZoneId zone) {
        if (unit == 'n' || unit == 'y') {
            long months = unit == 'y' ? Math.multiplyExact(amount, 12) : amount;
            long perSecond = precision.ticksPerSecond();
            long seconds = Math.floorDiv(ticks, perSecond);
            long rest = Math.floorMod(ticks, perSecond);
            LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, zone.getRules().getOffset(
                    java.time.Instant.ofEpochSecond(seconds))).plusMonths(months);
            return Math.addExact(Math.multiplyExact(t.atZone(zone).toEpochSecond(), perSecond), rest);
        }
        return Math.addExact(ticks, durationTicks(amount, unit, precision));
    }
}
