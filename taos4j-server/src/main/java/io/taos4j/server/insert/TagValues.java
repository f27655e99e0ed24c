package io.taos4j.server.insert;

import io.taos4j.protocol.Precision;
import io.taos4j.server.catalog.Column;
import java.time.ZoneId;

/**
 * Converts a tag value written in SQL ({@code CREATE TABLE ... TAGS (...)}, {@code ALTER TABLE ... SET TAG}) with
 * exactly the rules of INSERT values: the text of the value expression is read by the insert value parser.
 */
public final class TagValues {
    private TagValues() {
    }

    /**
     * The tag value object for {@code text} (the folded source text of one value, e.g. {@code 'SF'},
     * {@code now - 1d}, {@code 0x1f}), or null for NULL.
     *
     * @throws io.taos4j.server.sql.SqlError 0x0216 and friends, as for INSERT values
     */
    public static Object parse(String text, Column tag, Precision precision, ZoneId zone, long nowNanos) {
        InsertScanner s = new InsertScanner(text);
        ValueParser values = new ValueParser(s, zone, nowNanos);
        s.value();
        if (s.kind == InsertScanner.Kind.OTHER) {
            throw s.valueError("invalid data or symbol");
        }
        Object v = values.tagValue(tag, precision);
        if (!s.atEnd()) {
            throw s.syntax();
        }
        return v;
    }
}
