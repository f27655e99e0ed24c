package io.taos4j.server.query.function;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.JsonTags;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TO_ISO8601, TO_UNIXTIMESTAMP, TO_CHAR, TO_TIMESTAMP and TO_JSON (tdengine-sql.md §7.6). CAST itself is
 * {@link Casts}. Timestamps are ticks of {@link EvalContext#precision()}.
 */
final class ConversionFunctions {
    private static final Set<TaosType> ISO_INPUT = Sig.union(Sig.INTEGER, EnumSet.of(TaosType.TIMESTAMP));

    private ConversionFunctions() {
    }

    static List<Fn> all() {
        return List.of(toIso8601(), toUnixTimestamp(), toChar(), toTimestamp(), toJson());
    }

    /**
     * TO_ISO8601(ts [, tz]): {@code 2024-01-01T00:00:00.000+0000} in the session zone's offset at {@code now} (as
     * TDengine formats it once), or shifted to {@code tz} ({@code Z}, {@code ±hh}, {@code ±hhmm}, {@code ±hh:mm}),
     * which is appended as written. VARCHAR(62).
     */
    private static Fn toIso8601() {
        return Fn.of("to_iso8601", s -> {
            s.count(1, 2).check(0, ISO_INPUT, false);
            if (s.n() == 2) {
                s.check(1, EnumSet.of(TaosType.VARCHAR), false).requireConstant(1);
                if (!(s.constant(1) instanceof String tz) || !validTimezone(tz)) {
                    throw FunctionErrors.functionError("Invalid timzone format");
                }
            }
            return DataType.varchar(62);
        }, (a, t, r, rows, ctx) -> {
            String tz = a.length == 2 && rows > 0 ? Vec.text(a[1], 0) : TimeText.offsetNowText(ctx);
            int offset = tzOffsetSeconds(tz);
            Precision p = ctx.precision();
            int digits = switch (p) {
                case MILLISECONDS -> 3;
                case MICROSECONDS -> 6;
                case NANOSECONDS -> 9;
            };
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i)) {
                    out.appendNull();
                    continue;
                }
                long ticks = Vec.longAt(a[0], t.get(0), i);
                long sec = Math.floorDiv(ticks, p.ticksPerSecond());
                long frac = Math.floorMod(ticks, p.ticksPerSecond());
                LocalDateTime l = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC).plusSeconds(offset);
                String f = Long.toString(frac);
                out.append(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d.%s%s", l.getYear(),
                        l.getMonthValue(), l.getDayOfMonth(), l.getHour(), l.getMinute(), l.getSecond(),
                        "0".repeat(Math.max(0, digits - f.length())) + f, tz));
            }
            return out;
        });
    }

    /** builtins.c {@code validateTimezoneFormat}: hours 0..12, minutes 00 (or 30 for +03/+05). */
    static boolean validTimezone(String tz) {
        int len = tz.length();
        if (len == 1) {
            return tz.equals("z") || tz.equals("Z");
        }
        if (len == 0 || tz.charAt(0) != '+' && tz.charAt(0) != '-') {
            return false;
        }
        String digits;
        if (len == 3 || len == 5) {
            digits = tz.substring(1);
        } else if (len == 6 && tz.charAt(3) == ':') {
            digits = tz.substring(1, 3) + tz.substring(4);
        } else {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i)) || digits.charAt(i) > '9') {
                return false;
            }
        }
        int hour = Integer.parseInt(digits.substring(0, 2));
        if (hour > 12) {
            return false;
        }
        if (digits.length() == 4) {
            int minute = Integer.parseInt(digits.substring(2));
            return minute == 0 || minute == 30 && (hour == 3 || hour == 5) && tz.charAt(0) == '+';
        }
        return true;
    }

    /** ttime.c {@code offsetOfTimezone}, as seconds to add to UTC. */
    static int tzOffsetSeconds(String tz) {
        if (tz.isEmpty() || tz.charAt(0) == 'z' || tz.charAt(0) == 'Z') {
            return 0;
        }
        String body = tz.substring(1);
        int hour;
        int minute = 0;
        int colon = body.indexOf(':');
        try {
            if (colon >= 0) {
                hour = Integer.parseInt(body.substring(0, colon));
                minute = Integer.parseInt(body.substring(colon + 1));
            } else {
                hour = Integer.parseInt(body.substring(0, Math.min(2, body.length())));
                if (body.length() > 2) {
                    minute = Integer.parseInt(body.substring(2));
                }
            }
        } catch (NumberFormatException e) {
            return 0;
        }
        int seconds = hour * 3600 + minute * 60;
        return tz.charAt(0) == '-' ? -seconds : seconds;
    }

    /** TO_UNIXTIMESTAMP(text [, 0|1]): ticks as BIGINT (0, the default) or TIMESTAMP (1); bad text gives NULL. */
    private static Fn toUnixTimestamp() {
        return Fn.of("to_unixtimestamp", s -> {
            s.count(1, 2).check(0, Sig.TEXT, false);
            if (s.n() == 1) {
                return DataType.BIGINT;
            }
            s.check(1, Sig.INTEGER, false).requireConstant(1);
            Long v = s.constantLong(1);
            if (v == null || v != 0 && v != 1) {
                throw FunctionErrors.paraValue("to_unixtimestamp");
            }
            return v == 1 ? DataType.TIMESTAMP : DataType.BIGINT;
        }, (a, t, r, rows, ctx) -> {
            long[] out = new long[rows];
            boolean[] bad = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                if (!a[0].isNull(i)) {
                    long ts = TimeText.parse(Vec.text(a[0], i), ctx.zone(), ctx.precision());
                    bad[i] = ts == TimeText.INVALID;
                    out[i] = bad[i] ? 0 : ts;
                }
            }
            LongVector v = LongVector.wrap(r.type(), out, rows);
            for (int i = 0; i < rows; i++) {
                if (bad[i] || a[0].isNull(i)) {
                    v.setNull(i);
                }
            }
            return v;
        });
    }

    /** TO_CHAR(ts, format) → VARCHAR(4094), in the session zone. */
    private static Fn toChar() {
        return Fn.of("to_char", s -> {
            s.count(2, 2).check(0, EnumSet.of(TaosType.TIMESTAMP), false).check(1, Sig.STRING, false);
            return DataType.varchar(4094);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector out = Vec.binary(r, rows);
            String lastFormat = null;
            List<TimeFormat.Node> nodes = null;
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i) || a[1].isNull(i)) {
                    out.appendNull();
                    continue;
                }
                String f = Vec.text(a[1], i);
                if (!f.equals(lastFormat)) {
                    nodes = TimeFormat.parseFormat(f);
                    lastFormat = f;
                }
                out.append(TimeFormat.format(nodes, Vec.longAt(a[0], t.get(0), i), ctx.precision(), ctx.zone()));
            }
            return out;
        });
    }

    /** TO_TIMESTAMP(text, format) → TIMESTAMP; a mismatch is 0x2806, an impossible time 0x2807. */
    private static Fn toTimestamp() {
        return Fn.of("to_timestamp", s -> {
            s.count(2, 2).checkFrom(0, Sig.STRING, false);
            return DataType.TIMESTAMP;
        }, (a, t, r, rows, ctx) -> {
            long[] out = new long[rows];
            String lastFormat = null;
            List<TimeFormat.Node> nodes = null;
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i) || a[1].isNull(i)) {
                    continue;
                }
                String f = Vec.text(a[1], i);
                if (!f.equals(lastFormat)) {
                    nodes = TimeFormat.parseFormat(f);
                    lastFormat = f;
                }
                try {
                    out[i] = TimeFormat.parse(nodes, Vec.text(a[0], i), ctx.precision(), ctx.zone());
                } catch (TimeFormat.ParseFailure e) {
                    throw switch (e.kind) {
                        case -1 -> new SqlError(FunctionErrors.TO_TIMESTAMP_FORMAT,
                                "Func to_timestamp failed for format mismatch");
                        case -2 -> new SqlError(FunctionErrors.TO_TIMESTAMP_TS,
                                "Func to_timestamp failed for wrong timestamp");
                        default -> new SqlError(FunctionErrors.TO_TIMESTAMP_NOT_SUPPORTED,
                                "Func to_timestamp failed for unsupported timestamp format");
                    };
                }
            }
            LongVector v = LongVector.wrap(TaosType.TIMESTAMP, out, rows);
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i) || a[1].isNull(i)) {
                    v.setNull(i);
                }
            }
            return v;
        });
    }

    /** TO_JSON('{...}'): a JSON tag value; text that is not a flat JSON object, and {@code '{}'}, give NULL. */
    private static Fn toJson() {
        return Fn.of("to_json", s -> {
            s.count(1, 1).check(0, Sig.TEXT, false).requireConstant(0);
            return DataType.JSON;
        }, (a, t, r, rows, ctx) -> {
            ColumnVector out = Vec.binary(DataType.JSON, rows);
            for (int i = 0; i < rows; i++) {
                String json = null;
                if (!a[0].isNull(i)) {
                    try {
                        json = JsonTags.normalize(Vec.text(a[0], i), IllegalArgumentException::new);
                    } catch (IllegalArgumentException e) {
                        json = null;
                    }
                }
                if (json == null) {
                    out.appendNull();
                } else {
                    ((BinaryVector) out).append(json);
                }
            }
            return out;
        });
    }
}
