package io.taos4j.server.query.exec;

import io.taos4j.protocol.Precision;
import io.taos4j.server.type.Timestamps;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code INTERVAL(len [, offset]) [SLIDING(step)]} windows (tdengine-sql.md §6.7): windows
 * {@code [k·step + offset, k·step + offset + len)} aligned to the Unix epoch in UTC; {@code n} (month) and
 * {@code y} (year) lengths align to calendar months in UTC.
 *
 * @param length       window length amount
 * @param lengthUnit   its unit ({@code a s m h d w n y b u}; {@code 0} = database ticks)
 * @param offset       offset amount (0 when none)
 * @param offsetUnit   its unit
 * @param sliding      step amount (equal to the length when not given)
 * @param slidingUnit  its unit
 * @param precision    tick precision of the timestamps
 */
public record IntervalSpec(long length, char lengthUnit, long offset, char offsetUnit, long sliding,
                           char slidingUnit, Precision precision) {

    private static boolean calendar(char unit) {
        return unit == 'n' || unit == 'y';
    }

    private long ticks(long amount, char unit) {
        return unit == 0 ? amount : Timestamps.durationTicks(amount, unit, precision);
    }

    private long months(long amount, char unit) {
        return unit == 'y' ? amount * 12 : amount;
    }

    /** Window length in ticks for fixed units (what {@code _wduration} reports); calendar windows vary. */
    public long lengthTicks(long start) {
        return end(start) - start;
    }

    /** The exclusive end of the window starting at {@code start}. */
    public long end(long start) {
        if (calendar(lengthUnit)) {
            return Timestamps.add(start, length, lengthUnit, precision, ZoneOffset.UTC);
        }
        return start + ticks(length, lengthUnit);
    }

    /** The start of the window after the one starting at {@code start}. */
    public long next(long start) {
        if (calendar(slidingUnit)) {
            return Timestamps.add(start, sliding, slidingUnit, precision, ZoneOffset.UTC);
        }
        return start + ticks(sliding, slidingUnit);
    }

    /** The start of the window before the one starting at {@code start}. */
    public long previous(long start) {
        if (calendar(slidingUnit)) {
            return Timestamps.add(start, -sliding, slidingUnit, precision, ZoneOffset.UTC);
        }
        return start - ticks(sliding, slidingUnit);
    }

    /** The latest window start that is {@code <= ts}. */
    public long alignedStart(long ts) {
        long off = ticks(offset, offsetUnit);
        if (calendar(slidingUnit)) {
            long step = months(sliding, slidingUnit);
            long perSecond = precision.ticksPerSecond();
            LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(Math.floorDiv(ts - off, perSecond), 86_400L));
            long monthIndex = (d.getYear() - 1970L) * 12 + d.getMonthValue() - 1;
            long aligned = Math.floorDiv(monthIndex, step) * step;
            LocalDate startDate = LocalDate.of(1970, 1, 1).plusMonths(aligned);
            long start = startDate.toEpochDay() * 86_400L * perSecond + off;
            while (start > ts) {
                startDate = startDate.minusMonths(step);
                start = startDate.toEpochDay() * 86_400L * perSecond + off;
            }
            return start;
        }
        long step = ticks(sliding, slidingUnit);
        return Math.floorDiv(ts - off, step) * step + off;
    }

    /** The earliest window start whose window contains {@code ts}. */
    public long firstStartContaining(long ts) {
        long s = alignedStart(ts);
        while (true) {
            long p = previous(s);
            if (end(p) <= ts) {
                return s;
            }
            s = p;
        }
    }
}
