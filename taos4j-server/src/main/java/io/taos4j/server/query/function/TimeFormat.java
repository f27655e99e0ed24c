package io.taos4j.server.query.function;

import io.taos4j.protocol.Precision;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TDengine's TO_CHAR/TO_TIMESTAMP format language (ttime.c {@code parseTsFormat}, {@code tm2char},
 * {@code char2ts}): case-sensitive keywords ({@code yyyy}, {@code mm}, {@code month}/{@code Month}/{@code MONTH},
 * {@code dd}, {@code ddd}, {@code day}, {@code dy}, {@code d}, {@code hh}/{@code hh12} (12-hour), {@code hh24},
 * {@code mi}, {@code ss}, {@code ms}, {@code us}, {@code ns}, {@code am}/{@code pm}, {@code a.m.}, {@code tzh}),
 * double-quoted literal text, backslash escapes, and everything else copied. Parsing is lenient as TDengine's:
 * blanks are skipped, a separator matches any separator, literal characters are skipped one byte each.
 */
final class TimeFormat {
    private enum Key {
        AM_UP("AM", false), A_M_UP("A.M.", false), DAY_UP("DAY", false), DDD("DDD", true), DD("DD", true),
        DAY_CAP("Day", false), DY_UP("DY", false), DY_CAP("Dy", false), D("D", true), HH24("HH24", true),
        HH12("HH12", true), HH("HH", true), MI("MI", true), MM("MM", true), MONTH_UP("MONTH", false),
        MON_UP("MON", false), MONTH_CAP("Month", false), MON_CAP("Mon", false), MS("MS", true), NS("NS", true),
        PM_UP("PM", false), P_M_UP("P.M.", false), SS("SS", true), TZH("TZH", false), US("US", true),
        YYYY("YYYY", true), YYY("YYY", true), YY("YY", true), Y("Y", true),
        AM_LOW("am", false), A_M_LOW("a.m.", false), DAY_LOW("day", false), DDD_L("ddd", true, DDD),
        DD_L("dd", true, DD), DY_LOW("dy", false), D_L("d", true, D), HH24_L("hh24", true, HH24),
        HH12_L("hh12", true, HH12), HH_L("hh", true, HH), MI_L("mi", true, MI), MM_L("mm", true, MM),
        MONTH_LOW("month", false), MON_LOW("mon", false), MS_L("ms", true, MS), NS_L("ns", true, NS),
        PM_LOW("pm", false), P_M_LOW("p.m.", false), SS_L("ss", true, SS), TZH_L("tzh", false, TZH),
        US_L("us", true, US), YYYY_L("yyyy", true, YYYY), YYY_L("yyy", true, YYY), YY_L("yy", true, YY),
        Y_L("y", true, Y);

        final byte[] name;
        final boolean digit;
        final Key id;

        Key(String name, boolean digit) {
            this.name = name.getBytes(StandardCharsets.US_ASCII);
            this.digit = digit;
            this.id = null;
        }

        Key(String name, boolean digit, Key id) {
            this.name = name.getBytes(StandardCharsets.US_ASCII);
            this.digit = digit;
            this.id = id;
        }

        Key id() {
            return id == null ? this : id;
        }
    }

    /** One format element: a keyword, a run of literal characters, or one separator. */
    record Node(Key key, byte[] text, boolean separator) {
    }

    private static final String[] WEEK_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] SHORT_WEEK_DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String[] APMS = {"AM", "PM", "am", "pm"};
    private static final String[] LONG_APMS = {"A.M.", "P.M.", "a.m.", "p.m."};
    private static final int MAX_OUTPUT = 4094;

    private TimeFormat() {
    }

    private static boolean isSeparator(byte c) {
        return c > 0x20 && c < 0x7F && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9');
    }

    private static Key keyword(byte[] f, int i) {
        byte c = f[i];
        if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            return null;
        }
        for (Key k : Key.values()) {
            if (k.name[0] == c && i + k.name.length <= f.length
                    && java.util.Arrays.equals(f, i, i + k.name.length, k.name, 0, k.name.length)) {
                return k;
            }
        }
        return null;
    }

    static List<Node> parseFormat(String format) {
        byte[] f = format.getBytes(StandardCharsets.UTF_8);
        List<Node> nodes = new ArrayList<>();
        ByteRun other = null;
        int i = 0;
        while (i < f.length) {
            Key key = keyword(f, i);
            if (key != null) {
                flush(nodes, other);
                other = null;
                nodes.add(new Node(key, key.name, false));
                i += key.name.length;
            } else if (f[i] == '"') {
                flush(nodes, other);
                other = null;
                i++;
                ByteRun last = null;
                while (i < f.length) {
                    if (f[i] == '"') {
                        i++;
                        break;
                    }
                    if (f[i] == '\\' && i + 1 < f.length) {
                        i++;
                        flush(nodes, last);
                        last = null;
                    }
                    if (last == null) {
                        last = new ByteRun();
                    }
                    last.add(f[i++]);
                }
                flush(nodes, last);
            } else {
                if (f[i] == '\\' && i + 1 < f.length) {
                    i++;
                    flush(nodes, other);
                    other = null;
                } else if (other != null && isSeparator(f[i])) {
                    flush(nodes, other);
                    other = null;
                }
                if (other != null) {
                    other.add(f[i++]);
                } else if (isSeparator(f[i])) {
                    nodes.add(new Node(null, new byte[] {f[i++]}, true));
                } else {
                    other = new ByteRun();
                    other.add(f[i++]);
                }
            }
        }
        flush(nodes, other);
        return nodes;
    }

    private static void flush(List<Node> nodes, ByteRun b) {
        if (b != null && b.len > 0) {
            nodes.add(new Node(null, java.util.Arrays.copyOf(b.buf, b.len), false));
        }
    }

    /** A tiny byte accumulator for literal runs. */
    private static final class ByteRun {
        byte[] buf = new byte[8];
        int len;

        void add(byte b) {
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, len * 2);
            }
            buf[len++] = b;
        }
    }

    // ---- TO_CHAR ----

    /** Formats {@code ticks} of {@code precision} as wall time in {@code zone}. */
    static String format(List<Node> nodes, long ticks, Precision precision, ZoneId zone) {
        long perSecond = precision.ticksPerSecond();
        long seconds = Math.floorDiv(ticks, perSecond);
        long fsec = Math.floorMod(ticks, perSecond) * precision.nanosPerTick();
        ZonedDateTime t = Instant.ofEpochSecond(seconds).atZone(zone);
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) {
            if (sb.length() >= MAX_OUTPUT) {
                break;
            }
            if (n.key() == null) {
                sb.append(new String(n.text(), StandardCharsets.UTF_8));
                continue;
            }
            int hour = t.getHour();
            int wday = t.getDayOfWeek().getValue() % 7;
            switch (n.key().id()) {
                case AM_UP, PM_UP -> sb.append(hour >= 12 ? "PM" : "AM");
                case A_M_UP, P_M_UP -> sb.append(hour >= 12 ? "P.M." : "A.M.");
                case AM_LOW, PM_LOW -> sb.append(hour >= 12 ? "pm" : "am");
                case A_M_LOW, P_M_LOW -> sb.append(hour >= 12 ? "p.m." : "a.m.");
                case DDD -> sb.append(pad(t.getDayOfYear(), 3));
                case DD -> sb.append(pad(t.getDayOfMonth(), 2));
                case D -> sb.append(wday + 1);
                case DAY_UP -> sb.append(padRight(WEEK_DAYS[wday].toUpperCase(Locale.ROOT)));
                case DAY_CAP -> sb.append(padRight(WEEK_DAYS[wday]));
                case DAY_LOW -> sb.append(padRight(WEEK_DAYS[wday].toLowerCase(Locale.ROOT)));
                case DY_UP -> sb.append(SHORT_WEEK_DAYS[wday].toUpperCase(Locale.ROOT));
                case DY_CAP -> sb.append(SHORT_WEEK_DAYS[wday]);
                case DY_LOW -> sb.append(SHORT_WEEK_DAYS[wday].toLowerCase(Locale.ROOT));
                case HH24 -> sb.append(pad(hour, 2));
                case HH, HH12 -> sb.append(pad(hour % 12 == 0 ? 12 : hour % 12, 2));
                case MI -> sb.append(pad(t.getMinute(), 2));
                case MM -> sb.append(pad(t.getMonthValue(), 2));
                case MONTH_UP -> sb.append(padRight(MONTHS[t.getMonthValue() - 1].toUpperCase(Locale.ROOT)));
                case MONTH_CAP -> sb.append(padRight(MONTHS[t.getMonthValue() - 1]));
                case MONTH_LOW -> sb.append(padRight(MONTHS[t.getMonthValue() - 1].toLowerCase(Locale.ROOT)));
                case MON_UP -> sb.append(SHORT_MONTHS[t.getMonthValue() - 1].toUpperCase(Locale.ROOT));
                case MON_CAP -> sb.append(SHORT_MONTHS[t.getMonthValue() - 1]);
                case MON_LOW -> sb.append(SHORT_MONTHS[t.getMonthValue() - 1].toLowerCase(Locale.ROOT));
                case SS -> sb.append(pad(t.getSecond(), 2));
                case MS -> sb.append(pad(fsec / 1_000_000L, 3));
                case US -> sb.append(pad(fsec / 1_000L, 6));
                case NS -> sb.append(pad(fsec, 9));
                case TZH -> {
                    int off = t.getOffset().getTotalSeconds();
                    sb.append(off >= 0 ? '+' : '-').append(pad(Math.abs(off) / 3600, 2));
                }
                case YYYY -> sb.append(pad(t.getYear(), 4));
                case YYY -> sb.append(pad(t.getYear() % 1000, 3));
                case YY -> sb.append(pad(t.getYear() % 100, 2));
                case Y -> sb.append(t.getYear() % 10);
                default -> {
                }
            }
        }
        return sb.length() > MAX_OUTPUT ? sb.substring(0, MAX_OUTPUT) : sb.toString();
    }

    private static String pad(long v, int width) {
        String s = Long.toString(Math.abs(v));
        String z = s.length() < width ? "0".repeat(width - s.length()) + s : s;
        return v < 0 ? "-" + z : z;
    }

    private static String padRight(String s) {
        return s.length() >= 9 ? s : s + " ".repeat(9 - s.length());
    }

    // ---- TO_TIMESTAMP ----

    /** Thrown with TDengine's -1/-2/-3 outcome of {@code char2ts}. */
    static final class ParseFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final int kind;

        ParseFailure(int kind) {
            super(null, null, false, false);
            this.kind = kind;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    /** Parses text into ticks of {@code precision}, reading wall time in {@code zone} unless it has a {@code tzh}. */
    static long parse(List<Node> nodes, String text, Precision precision, ZoneId zone) throws ParseFailure {
        byte[] s = text.getBytes(StandardCharsets.UTF_8);
        int p = 0;
        boolean pm = false;
        boolean hour12 = false;
        int year = 0;
        int mon = 0;
        int yd = 0;
        int md = 1;
        int wd = 0;
        int hour = 0;
        int min = 0;
        int sec = 0;
        int ms = 0;
        int us = 0;
        int ns = 0;
        int tzHour = 0;
        boolean withYd = false;
        boolean withMd = false;
        int[] cursor = new int[1];
        for (int i = 0; i < nodes.size() && p < s.length; i++) {
            while (p < s.length && isSpace(s[p])) {
                p++;
            }
            if (p >= s.length) {
                break;
            }
            Node node = nodes.get(i);
            if (node.separator()) {
                if (isSeparator(s[p])) {
                    p = Math.min(s.length, p + node.text().length);
                }
                continue;
            }
            if (node.key() == null) {
                byte[] c = node.text();
                int pos = 0;
                while (pos < c.length && isSpace(c[pos])) {
                    pos++;
                }
                while (pos < c.length && p < s.length) {
                    if (!isSpace(c[pos++])) {
                        while (p < s.length && isSpace(s[p])) {
                            p++;
                        }
                        if (p < s.length) {
                            p++;
                        }
                    }
                }
                continue;
            }
            boolean more = needMoreDigits(nodes, i);
            cursor[0] = p;
            Integer v;
            switch (node.key().id()) {
                case A_M_UP, P_M_UP, A_M_LOW, P_M_LOW, AM_UP, PM_UP, AM_LOW, PM_LOW -> {
                    boolean dotted = node.key().name.length == 4;
                    int idx = caseSearch(dotted ? LONG_APMS : APMS, s, p);
                    if (idx < 0) {
                        throw new ParseFailure(-1);
                    }
                    p += dotted ? 4 : 2;
                    pm = idx % 2 == 1;
                    hour12 = true;
                    continue;
                }
                case MONTH_UP, MONTH_CAP, MONTH_LOW, MON_UP, MON_CAP, MON_LOW -> {
                    boolean full = node.key().name.length == 5;
                    int idx = caseSearch(full ? MONTHS : SHORT_MONTHS, s, p);
                    if (idx < 0) {
                        throw new ParseFailure(-1);
                    }
                    p += (full ? MONTHS : SHORT_MONTHS)[idx].length();
                    mon = idx;
                    continue;
                }
                case DAY_UP, DAY_CAP, DAY_LOW, DY_UP, DY_CAP, DY_LOW -> {
                    boolean full = node.key().name.length == 3;
                    int idx = caseSearch(full ? WEEK_DAYS : SHORT_WEEK_DAYS, s, p);
                    if (idx < 0) {
                        throw new ParseFailure(-1);
                    }
                    p += (full ? WEEK_DAYS : SHORT_WEEK_DAYS)[idx].length();
                    wd = idx;
                    continue;
                }
                default -> v = null;
            }
            Key id = node.key().id();
            int width = switch (id) {
                case HH, HH12, HH24, MI, SS, MM, DD, YY -> 2;
                case MS, DDD, YYY -> 3;
                case US -> 6;
                case NS -> 9;
                case YYYY -> 4;
                case D, Y -> 1;
                default -> -1;
            };
            v = readInt(s, cursor, width, more);
            if (v == null) {
                throw new ParseFailure(-1);
            }
            int digits = cursor[0] - p;
            p = cursor[0];
            switch (id) {
                case HH, HH12 -> {
                    if (v > 12 || v <= 0) {
                        throw new ParseFailure(-1);
                    }
                    hour = v;
                    hour12 = true;
                }
                case HH24 -> {
                    hour = v;
                    hour12 = false;
                }
                case MI -> min = v;
                case SS -> sec = v;
                case MS -> ms = v * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
                case US -> us = v * (int) Math.pow(10, Math.max(0, 6 - digits));
                case NS -> ns = v * (int) Math.pow(10, Math.max(0, 9 - digits));
                case TZH -> tzHour = v;
                case MM -> mon = v - 1;
                case DDD -> {
                    yd = v;
                    withYd = true;
                }
                case DD -> {
                    md = v;
                    withMd = true;
                }
                case D -> wd = v;
                case YYYY -> year = v;
                case YYY, YY, Y -> year = adjustYear(v);
                default -> {
                }
            }
        }
        if (!withMd && withYd) {
            throw new ParseFailure(-3);
        }
        int h = hour12 ? (pm && hour < 12 ? hour + 12 : !pm && hour == 12 ? 0 : hour) : hour;
        if (mon < 0 || mon > 11 || wd < 0 || wd > 6 || yd < 0 || yd > 365 || md < 0 || md > 31 || h < 0 || h > 23 || min < 0 || min > 59
                || sec < 0 || sec > 60 || tzHour < -13 || tzHour > 13) {
            throw new ParseFailure(-2);
        }
        try {
            LocalDateTime local = LocalDate.of(year, mon + 1, 1).plusDays(md - 1L).atStartOfDay()
                    .plusHours(h).plusMinutes(min).plusSeconds(sec);
            ZonedDateTime zdt = local.atZone(zone);
            long perSecond = precision.ticksPerSecond();
            long fsec = ms * 1_000_000L + us * 1_000L + ns;
            long ts = Math.addExact(Math.multiplyExact(zdt.toEpochSecond(), perSecond),
                    fsec / precision.nanosPerTick());
            if (tzHour != 0) {
                ts += (zdt.getOffset().getTotalSeconds() - tzHour * 3600L) * perSecond;
            }
            return ts;
        } catch (DateTimeException | ArithmeticException e) {
            throw new ParseFailure(-2);
        }
    }

    private static int adjustYear(int year) {
        if (year < 70) {
            return year + 2000;
        } else if (year < 100) {
            return year + 1900;
        } else if (year < 520) {
            return year + 2000;
        } else if (year < 1000) {
            return year + 1000;
        }
        return year;
    }

    private static boolean needMoreDigits(List<Node> nodes, int i) {
        if (i == nodes.size() - 1) {
            return false;
        }
        Node next = nodes.get(i + 1);
        if (next.separator()) {
            return false;
        }
        if (next.key() != null) {
            return next.key().digit;
        }
        return next.text().length > 0 && next.text()[0] >= '0' && next.text()[0] <= '9';
    }

    /** Case-insensitive prefix search of {@code s} at {@code p} in {@code names}; -1 when none matches. */
    private static int caseSearch(String[] names, byte[] s, int p) {
        for (int k = 0; k < names.length; k++) {
            String n = names[k];
            if (p + n.length() <= s.length && new String(s, p, n.length(), StandardCharsets.ISO_8859_1)
                    .equalsIgnoreCase(n)) {
                return k;
            }
        }
        return -1;
    }

    /** TDengine's {@code tsFormatStr2Int32}: up to {@code width} digits ({@code -1}: any), or null. */
    private static Integer readInt(byte[] s, int[] cursor, int width, boolean needMoreDigit) {
        int start = cursor[0];
        if (start >= s.length) {
            return null;
        }
        long res;
        int end;
        if (width <= 0) {
            int[] e = new int[1];
            res = strtol(s, start, s.length, e);
            end = e[0];
        } else {
            int avail = s.length - start;
            if (avail < width) {
                if (needMoreDigit) {
                    return null;
                }
                int[] e = new int[1];
                res = strtol(s, start, s.length, e);
                end = start + avail;
            } else if (needMoreDigit) {
                int[] e = new int[1];
                res = strtol(s, start, start + width, e);
                if (e[0] - start < width) {
                    return null;
                }
                end = e[0];
            } else {
                int[] e = new int[1];
                res = strtol(s, start, s.length, e);
                end = e[0];
            }
        }
        if (end == start || res > Integer.MAX_VALUE || res < Integer.MIN_VALUE) {
            return null;
        }
        cursor[0] = end;
        return (int) res;
    }

    /** {@code strtol} over {@code s[from, to)}; {@code end[0]} is where it stopped ({@code from} if no digits). */
    private static long strtol(byte[] s, int from, int to, int[] end) {
        int i = from;
        while (i < to && isSpace(s[i])) {
            i++;
        }
        boolean neg = false;
        if (i < to && (s[i] == '+' || s[i] == '-')) {
            neg = s[i] == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        while (i < to && s[i] >= '0' && s[i] <= '9') {
            if (v < Long.MAX_VALUE / 10) {
                v = v * 10 + (s[i] - '0');
            }
            i++;
        }
        end[0] = i == digitsStart ? from : i;
        return neg ? -v : v;
    }
}
