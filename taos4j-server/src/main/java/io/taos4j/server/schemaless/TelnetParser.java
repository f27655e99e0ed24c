package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.sql.SqlError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * OpenTSDB telnet lines as TDengine reads them (clientSmlTelnet.c): {@code metric timestamp value tag=v [tag=v...]}
 * separated by spaces, no escapes. The timestamp has 10 digits (seconds) or 13 (milliseconds), or is {@code 0} for
 * now; the value goes to column {@code _value} typed like a line-protocol field; tags are NCHAR and at least one is
 * required. Not thread-safe.
 */
final class TelnetParser {
    /** Name of the value column (clientSml.h {@code VALUE}). */
    static final String VALUE = "_value";
    private static final int TABLE_NAME_LEN = 193;
    private static final int COL_NAME_LEN = 65;
    /** Longest tag value in characters ((TSDB_MAX_TAGS_LEN - VARSTR_HEADER_SIZE) / 4). */
    private static final int MAX_TAG_VALUE = (16384 - 2) / 4;

    private final SmlBatch batch;
    private final byte[] d;
    private final CScan scan = new CScan();
    private final SmlValueParser values = new SmlValueParser();
    private final ByteSliceMap<SmlChild> childByKey = new ByteSliceMap<>();

    TelnetParser(SmlBatch batch) {
        this.batch = batch;
        this.d = batch.data;
    }

    void parse() {
        int n = d.length;
        int pos = 0;
        while (pos < n) {
            int eol = pos;
            while (eol < n && d[eol] != '\n') {
                eol++;
            }
            line(pos, eol);
            pos = eol + 1;
        }
    }

    /** Start of the next space-separated element from {@code p}; {@link #elementEnd} holds its end or -1. */
    private int elementEnd;

    private int element(int p, int end) {
        while (p < end && d[p] == ' ') {
            p++;
        }
        int start = p;
        while (p < end && d[p] != ' ') {
            p++;
        }
        elementEnd = p < end ? p : -1;
        return start;
    }

    private void line(int start, int end) {
        int measure = element(start, end);
        int measureEnd = elementEnd;
        if (measureEnd < 0 || measureEnd - measure >= TABLE_NAME_LEN) {
            throw SmlErrors.at(TaosError.TSC_INVALID_TABLE_ID_LENGTH, "invalid data", d,
                    measureEnd < 0 ? end : measureEnd);
        }
        int ts = element(measureEnd, end);
        int tsEnd = elementEnd;
        if (tsEnd < 0) {
            throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid timestamp", d, end);
        }
        long timestamp = timestamp(ts, tsEnd - ts, tsEnd);
        int value = element(tsEnd, end);
        int valueEnd = elementEnd;
        if (valueEnd < 0) {
            throw SmlErrors.at(TaosError.TSC_INVALID_VALUE, "invalid value", d, end);
        }
        int code = values.parse(batch, d, value, valueEnd - value, false);
        if (code != 0) {
            throw values.numberError != null ? SmlErrors.at(TaosError.TSC_INVALID_VALUE, values.numberError, d, value)
                    : SqlError.of(TaosError.TSC_INVALID_VALUE);
        }
        int tags = valueEnd;
        while (tags < end && d[tags] == ' ') {
            tags++;
        }
        int tagsEnd = end;
        while (tagsEnd > tags && (d[tagsEnd - 1] == ' ' || d[tagsEnd - 1] == '\r')) {
            tagsEnd--;
        }
        if (tagsEnd == tags) {
            throw SmlErrors.at(TaosError.TSC_INVALID_VALUE, "invalid value", d, tags);
        }
        SmlChild child = child(measure, measureEnd - measure, tags, tagsEnd);
        batch.beginRow(child, timestamp);
        int col = batch.column(child.stable, 0, VALUE, values.type, values.length, -1);
        batch.field(col, values.bits);
    }

    private long timestamp(int from, int len, int after) {
        if (len == 1 && d[from] == '0') {
            return batch.now();
        }
        SmlPrecision unit = len == 10 ? SmlPrecision.SECONDS : len == 13 ? SmlPrecision.MILLISECONDS : null;
        long ts = Long.MIN_VALUE;
        if (unit != null) {
            scan.strtoll(d, from, from + len);
            if (scan.end == from + len) {
                ts = unit.toTicks(scan.l, batch.precision);
            }
        }
        if (ts == Long.MIN_VALUE || ts < 0) {
            throw SmlErrors.at(TaosError.INVALID_TIMESTAMP, "invalid timestamp", d, after);
        }
        return ts;
    }

    private SmlChild child(int measure, int measureLen, int tags, int tagsEnd) {
        // the key joins metric and tags, as TDengine's measureTag does
        byte[] key = new byte[measureLen + 1 + tagsEnd - tags];
        System.arraycopy(d, measure, key, 0, measureLen);
        key[measureLen] = ' ';
        System.arraycopy(d, tags, key, measureLen + 1, tagsEnd - tags);
        SmlChild c = childByKey.get(key, 0, key.length);
        if (c == null) {
            c = newChild(measure, measureLen, tags, tagsEnd);
            childByKey.put(key, 0, key.length, c);
        }
        return c;
    }

    private SmlChild newChild(int measure, int measureLen, int p, int end) {
        byte[] raw = Arrays.copyOfRange(d, measure, measure + measureLen);
        byte[] hashName = ChildTableNames.dotsToUnderscores(raw);
        SmlStable stable = batch.stable(new String(hashName, StandardCharsets.UTF_8));
        TagList tags = new TagList();
        while (p < end) {
            while (p < end && d[p] == ' ') {
                p++;
            }
            if (p >= end) {
                break;
            }
            int key = p;
            int keyLen = -1;
            while (p < end) {
                if (d[p] == ' ') {
                    throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid data", d, p);
                }
                if (d[p] == '=') {
                    keyLen = p - key;
                    p++;
                    break;
                }
                p++;
            }
            if (keyLen <= 0 || keyLen >= COL_NAME_LEN) {
                throw SmlErrors.at(TaosError.TSC_INVALID_COLUMN_LENGTH, "invalid key or key is too long than 64", d,
                        key);
            }
            int value = p;
            while (p < end && d[p] != ' ') {
                if (d[p] == '=') {
                    throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid data", d, p);
                }
                p++;
            }
            if (p == value) {
                throw SmlErrors.at(TaosError.TSC_INVALID_VALUE, "invalid value", d, value);
            }
            if (p - value > MAX_TAG_VALUE) {
                throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN);
            }
            byte[] k = Arrays.copyOfRange(d, key, key + keyLen);
            byte[] v = Arrays.copyOfRange(d, value, p);
            tags.add(batch.name(k, 0, k.length), TaosType.NCHAR, new String(v, StandardCharsets.UTF_8), v.length, key, k,
                    v);
        }
        return tags.register(batch, stable, hashName);
    }
}
