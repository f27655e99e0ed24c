package io.taos4j.server.query.function;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time functions (tdengine-sql.md §7.7; sclfunc.c). Timestamp arguments may be TIMESTAMP values or integer ticks in
 * {@link EvalContext#precision()}, or timestamp text parsed in the session zone (text that does not parse gives
 * NULL). Time-unit arguments are constants holding the duration in ticks (see {@link DurationLiteral}).
 */
final class TimeFunctions {
    private static final Set<TaosType> TIME_INPUT = Sig.UNIX_TS;
    private static final Set<Character> UNIT_CHARS = Set.of('b', 'u', 'a', 's', 'm', 'h', 'd', 'w');

    private TimeFunctions() {
    }

    static List<Fn> all() {
        return List.of(now(), today(), timezone(), timediff(), timetruncate(), week(), weekofyear(),
                weekday("weekday", true), weekday("dayofweek", false));
    }

    private static Fn now() {
        return Fn.of("now", s -> {
            s.count(0, 0);
            return DataType.TIMESTAMP;
        }, (a, t, r, rows, ctx) -> constantTicks(ctx.now(), rows)).nonDeterministic();
    }

    private static Fn today() {
        return Fn.of("today", s -> {
            s.count(0, 0);
            return DataType.TIMESTAMP;
        }, (a, t, r, rows, ctx) -> {
            Instant now = Instant.ofEpochSecond(Math.floorDiv(ctx.nowNanos(), 1_000_000_000L));
            LocalDate day = now.atZone(ctx.zone()).toLocalDate();
            long seconds = day.atStartOfDay(ctx.zone()).toEpochSecond();
            return constantTicks(seconds * ctx.precision().ticksPerSecond(), rows);
        }).nonDeterministic();
    }

    private static ColumnVector constantTicks(long ticks, int rows) {
        long[] out = new long[rows];
        Arrays.fill(out, ticks);
        return LongVector.wrap(TaosType.TIMESTAMP, out, rows);
    }

    /** TIMEZONE(): {@code <IANA name> (<abbreviation>, <±hhmm>)} of the session zone at {@code now}. */
    private static Fn timezone() {
        return Fn.of("timezone", s -> {
            s.count(0, 0);
            return DataType.varchar(94);
        }, (a, t, r, rows, ctx) -> {
            String text = timezoneText(ctx);
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                out.append(text);
            }
            return out;
        }).nonDeterministic();
    }

    static String timezoneText(EvalContext ctx) {
        Instant now = Instant.ofEpochSecond(Math.floorDiv(ctx.nowNanos(), 1_000_000_000L));
        ZonedDateTime z = now.atZone(ctx.zone());
        // Java names the bare UTC offset "Z"; TDengine prints a UTC zone as UTC
        boolean utcOffset = ctx.zone().equals(java.time.ZoneOffset.UTC);
        String abbr = utcOffset ? "UTC" : DateTimeFormatter.ofPattern("zzz", Locale.US).format(z);
        String name = utcOffset ? "UTC" : ctx.zone().getId();
        return name + " (" + abbr + ", " + TimeText.offsetNowText(ctx) + ")";
    }

    /** Validates a time-unit argument (builtins.c {@code validateTimeUnitParam}) as far as bind time allows. */
    private static void checkUnit(Sig s, int i) {
        s.check(i, Sig.INTEGER, false).requireConstant(i);
        Object c = s.constant(i);
        if (c instanceof DurationLiteral d) {
            if (d.amount() != 1 || !UNIT_CHARS.contains(d.unit())) {
                throw FunctionErrors.timeUnitInvalid(s.name);
            }
        } else if (!(c instanceof Number n) || n.longValue() <= 0) {
            throw FunctionErrors.timeUnitInvalid(s.name);
        }
    }

    /** The unit in ticks at evaluation; a unit finer than the precision (0 ticks) is 0x280B. */
    private static long unitTicks(ColumnVector v, DataType type, String name) {
        long unit = v.size() == 0 || v.isNull(0) ? 0 : Vec.longAt(v, type, 0);
        if (unit <= 0) {
            throw FunctionErrors.timeUnitTooSmall(name);
        }
        return unit;
    }

    /**
     * TIMEDIFF(a, b [, unit]) → BIGINT a − b. TDengine's quirks are kept: text is read in nanoseconds, integers and
     * timestamps by their digit count (10 digits seconds, 13 ms, 16 us, 19 ns; other counts give NULL; timestamps
     * before 2001-09-09 are first reduced to seconds); the result is in the statement precision, or in the unit.
     */
    private static Fn timediff() {
        return new Fn("timediff", s -> {
            s.count(2, 3).check(0, TIME_INPUT, true).check(1, TIME_INPUT, true);
            if (s.n() == 3 && !s.isNull(2)) {
                checkUnit(s, 2);
            }
            return DataType.BIGINT;
        }, TimeFunctions::timediffEval, true, false);
    }

    private static ColumnVector timediffEval(ColumnVector[] a, List<DataType> t, DataType r, int rows,
                                             EvalContext ctx) {
        if (t.get(0).type() == TaosType.NULL || t.get(1).type() == TaosType.NULL) {
            return Vec.nulls(r, rows);
        }
        Precision p = ctx.precision();
        long factor = p.ticksPerSecond();
        boolean hasUnit = a.length == 3 && t.get(2).type() != TaosType.NULL && !a[2].isNull(0);
        long unit = hasUnit ? unitTicks(a[2], t.get(2), "timediff") : -1;
        long[] out = new long[rows];
        boolean[] nul = new boolean[rows];
        long[] v = new long[2];
        for (int i = 0; i < rows; i++) {
            if (a[0].isNull(i) || a[1].isNull(i) || !nanos(a, t, i, ctx, factor, v)) {
                nul[i] = true;
                continue;
            }
            long res = v[0] - v[1];
            if (!hasUnit) {
                res = switch (p) {
                    case MILLISECONDS -> res / 1_000_000L;
                    case MICROSECONDS -> res / 1_000L;
                    case NANOSECONDS -> res;
                };
            } else {
                long u = unit * 1000 / factor;
                res = switch ((int) Math.min(u, Integer.MAX_VALUE)) {
                    case 0 -> p == Precision.NANOSECONDS && unit == 1 ? res : res / 1000;
                    case 1 -> res / 1_000_000L;
                    case 1000 -> res / 1_000_000_000L;
                    case 60_000 -> res / 1_000_000_000L / 60;
                    case 3_600_000 -> res / 1_000_000_000L / 3600;
                    case 86_400_000 -> res / 1_000_000_000L / 86400;
                    case 604_800_000 -> res / 1_000_000_000L / 604800;
                    default -> res;
                };
            }
            out[i] = res;
        }
        LongVector vec = LongVector.wrap(TaosType.BIGINT, out, rows);
        for (int i = 0; i < rows; i++) {
            if (nul[i]) {
                vec.setNull(i);
            }
        }
        return vec;
    }

    /** Both operands of TIMEDIFF at {@code row} in nanoseconds; false when one is not a timestamp. */
    private static boolean nanos(ColumnVector[] a, List<DataType> t, int row, EvalContext ctx, long factor,
                                 long[] out) {
        for (int k = 0; k < 2; k++) {
            TaosType type = t.get(k).type();
            if (type == TaosType.VARCHAR || type == TaosType.NCHAR) {
                long ns = TimeText.parse(Vec.text(a[k], row), ctx.zone(), Precision.NANOSECONDS);
                if (ns == TimeText.INVALID) {
                    return false;
                }
                out[k] = ns;
                continue;
            }
            long v = Vec.longAt(a[k], t.get(k), row);
            if (type == TaosType.TIMESTAMP && v / factor < 1_000_000_000L) {
                v = v / factor;
            }
            int digits = Long.toString(v).length();
            if (digits <= 10) {
                v *= 1_000_000_000L;
            } else if (digits == 13) {
                v *= 1_000_000L;
            } else if (digits == 16) {
                v *= 1_000L;
            } else if (digits != 19) {
                return false;
            }
            out[k] = v;
        }
        return true;
    }

    /**
     * TIMETRUNCATE(ts, unit [, use_local_tz]): {@code 1d} and {@code 1w} truncate at local boundaries of the session
     * zone's offset at {@code now} unless {@code use_local_tz} is 0 ({@code 1w} lands on Thursdays); other units
     * truncate the ticks.
     */
    private static Fn timetruncate() {
        return Fn.of("timetruncate", s -> {
            s.count(2, 3).check(0, TIME_INPUT, false);
            checkUnit(s, 1);
            if (s.n() == 3) {
                s.check(2, Sig.INTEGER, false).requireConstant(2);
                Long v = s.constantLong(2);
                if (v == null || v != 0 && v != 1) {
                    throw FunctionErrors.paraValue("timetruncate");
                }
            }
            return DataType.TIMESTAMP;
        }, (a, t, r, rows, ctx) -> {
            long unit = unitTicks(a[1], t.get(1), "timetruncate");
            boolean localTz = a.length < 3 || rows == 0 || Vec.longAt(a[2], t.get(2), 0) != 0;
            long perSecond = ctx.precision().ticksPerSecond();
            long seconds = unit / perSecond;
            boolean local = localTz && (seconds == 604800 || seconds == 86400);
            long offset = local ? tzOffsetTicks(TimeText.offsetNowText(ctx), perSecond) : 0;
            long[] out = new long[rows];
            boolean[] nul = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i)) {
                    nul[i] = true;
                    continue;
                }
                long ts = TimeText.ticksAt(a[0], t.get(0), i, ctx, ctx.precision());
                if (ts == TimeText.INVALID) {
                    nul[i] = true;
                    continue;
                }
                out[i] = local ? ts - (ts + offset) % unit : ts / unit * unit;
            }
            LongVector v = LongVector.wrap(TaosType.TIMESTAMP, out, rows);
            for (int i = 0; i < rows; i++) {
                if (nul[i]) {
                    v.setNull(i);
                }
            }
            return v;
        });
    }

    /** sclfunc.c {@code offsetFromTz} on {@code %z} text: signed hours plus unsigned minutes (sic). */
    private static long tzOffsetTicks(String z, long perSecond) {
        int sign = z.charAt(0) == '-' ? -1 : 1;
        long hours = sign * Long.parseLong(z.substring(1, 3));
        long minutes = Long.parseLong(z.substring(3, 5));
        return (hours * 3600 + minutes * 60) * perSecond;
    }

    /** Local date-time of a timestamp argument, or null when it is text that does not parse. */
    private static ZonedDateTime localAt(ColumnVector v, DataType type, int row, EvalContext ctx) {
        long ts = TimeText.ticksAt(v, type, row, ctx, ctx.precision());
        if (ts == TimeText.INVALID) {
            return null;
        }
        long sec = Math.floorDiv(ts, ctx.precision().ticksPerSecond());
        return Instant.ofEpochSecond(sec).atZone(ctx.zone());
    }

    private interface DayFn {
        long apply(ZonedDateTime t, int row);
    }

    private static ColumnVector perDay(ColumnVector[] a, List<DataType> t, int rows, EvalContext ctx, DayFn fn) {
        long[] out = new long[rows];
        boolean[] nul = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            ZonedDateTime z = a[0].isNull(i) ? null : localAt(a[0], t.get(0), i, ctx);
            if (z == null) {
                nul[i] = true;
            } else {
                out[i] = fn.apply(z, i);
            }
        }
        LongVector v = LongVector.wrap(TaosType.BIGINT, out, rows);
        for (int i = 0; i < rows; i++) {
            if (nul[i]) {
                v.setNull(i);
            }
        }
        return v;
    }

    /** WEEKDAY (0 = Monday) and DAYOFWEEK (1 = Sunday). */
    private static Fn weekday(String name, boolean mondayZero) {
        return Fn.of(name, s -> {
            s.count(1, 1).check(0, TIME_INPUT, true);
            return DataType.BIGINT;
        }, (a, t, r, rows, ctx) -> perDay(a, t, rows, ctx, (z, i) -> {
            int wday = z.getDayOfWeek().getValue() % 7;
            return mondayZero ? (wday + 6) % 7 : wday + 1;
        }));
    }

    /** WEEK(x [, mode]) with MySQL's eight modes (default 0). */
    private static Fn week() {
        return Fn.of("week", s -> {
            s.count(1, 2).check(0, TIME_INPUT, true);
            if (s.n() == 2) {
                s.check(1, Sig.INTEGER, true);
                Long m = s.constantLong(1);
                if (s.isConstant(1) && !s.isNull(1) && (m == null || m < 0 || m > 7)) {
                    throw FunctionErrors.paraValue("week");
                }
            }
            return DataType.BIGINT;
        }, (a, t, r, rows, ctx) -> perDay(a, t, rows, ctx, (z, i) -> {
            int mode = a.length == 2 ? (int) Vec.longAt(a[1], t.get(1), i) : 0;
            return weekNumber(z.getYear(), z.getMonthValue(), z.getDayOfMonth(), weekMode(mode));
        }));
    }

    /** WEEKOFYEAR(x) = WEEK(x, 3). */
    private static Fn weekofyear() {
        return Fn.of("weekofyear", s -> {
            s.count(1, 1).check(0, TIME_INPUT, true);
            return DataType.BIGINT;
        }, (a, t, r, rows, ctx) -> perDay(a, t, rows, ctx, (z, i) ->
                weekNumber(z.getYear(), z.getMonthValue(), z.getDayOfMonth(), weekMode(3))));
    }

    private static final int MONDAY_FIRST = 1;
    private static final int FROM_ONE = 2;
    private static final int INCLUDE_FIRST_DAY = 4;

    private static int weekMode(int mode) {
        return (mode & MONDAY_FIRST) != 0 ? mode : mode ^ INCLUDE_FIRST_DAY;
    }

    /** Days since year 0 (MySQL's {@code calc_daynr}). */
    private static int dayNumber(int year, int month, int day) {
        int y = year;
        if (y == 0 && month == 0) {
            return 0;
        }
        int delsum = 365 * y + 31 * (month - 1) + day;
        if (month <= 2) {
            y--;
        } else {
            delsum -= (month * 4 + 23) / 10;
        }
        int temp = ((y / 100 + 1) * 3) / 4;
        return delsum + y / 4 - temp;
    }

    private static int daysInYear(int year) {
        boolean leap = year % 100 == 0 ? year % 400 == 0 : year % 4 == 0;
        return leap ? 366 : 365;
    }

    private static int weekdayOf(int dayNumber, boolean sundayFirst) {
        return (dayNumber + 5 + (sundayFirst ? 1 : 0)) % 7;
    }

    /** MySQL's {@code calc_week}, as TDengine's {@code calculateWeekNum}. */
    static int weekNumber(int year, int month, int day, int flags) {
        int dayNr = dayNumber(year, month, day);
        int firstDayNr = dayNumber(year, 1, 1);
        boolean mondayFirst = (flags & MONDAY_FIRST) != 0;
        boolean fromOne = (flags & FROM_ONE) != 0;
        boolean firstWeekday = (flags & INCLUDE_FIRST_DAY) != 0;
        int y = year;
        int weekday = weekdayOf(firstDayNr, !mondayFirst);
        if (month == 1 && day <= 7 - weekday) {
            if (!fromOne && (firstWeekday && weekday != 0 || !firstWeekday && weekday >= 4)) {
                return 0;
            }
            fromOne = true;
            int days = daysInYear(--y);
            firstDayNr -= days;
            weekday = (weekday + 53 * 7 - days) % 7;
        }
        int days;
        if (firstWeekday && weekday != 0 || !firstWeekday && weekday >= 4) {
            days = dayNr - (firstDayNr + (7 - weekday));
        } else {
            days = dayNr - (firstDayNr - weekday);
        }
        if (fromOne && days >= 52 * 7) {
            weekday = (weekday + daysInYear(y)) % 7;
            if (!firstWeekday && weekday < 4 || firstWeekday && weekday == 0) {
                return 1;
            }
        }
        return days / 7 + 1;
    }
}
