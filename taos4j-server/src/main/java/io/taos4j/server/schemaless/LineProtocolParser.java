package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.sql.SqlError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * InfluxDB line protocol as TDengine reads it (clientSmlLine.c): {@code measurement[,tag=value...] field=value[,...]
 * [timestamp]}, lines split at {@code \n}, lines starting with {@code #} skipped. Every tag is NCHAR; fields are typed
 * by {@link SmlValueParser}; backslash escapes per {@link Escapes}. A separator counts as escaped when the byte just
 * before it is a backslash, as in TDengine. Works on the payload bytes; allocates per new key and new child table,
 * not per line. Errors carry TDengine's codes and messages. Not thread-safe.
 */
final class LineProtocolParser {
    /** Longest table name plus one (TSDB_TABLE_NAME_LEN). */
    private static final int TABLE_NAME_LEN = 193;
    /** Longest column name plus one (TSDB_COL_NAME_LEN). */
    private static final int COL_NAME_LEN = 65;

    private final SmlBatch batch;
    private final byte[] d;
    private final SmlPrecision precision;
    private final CScan scan = new CScan();
    private final SmlValueParser values = new SmlValueParser();
    /** Children by the raw bytes of {@code measurement,tags}. */
    private final ByteSliceMap<SmlChild> childByKey = new ByteSliceMap<>();
    private int prevStart = -1;
    private int prevLen;
    private SmlChild prevChild;

    private final TagList tags = new TagList();

    LineProtocolParser(SmlBatch batch, SmlPrecision precision) {
        this.batch = batch;
        this.d = batch.data;
        this.precision = precision;
    }

    /** Parses every line of the payload into the batch. */
    void parse() {
        int n = d.length;
        int pos = 0;
        while (pos < n) {
            int eol = pos;
            while (eol < n && d[eol] != '\n') {
                eol++;
            }
            if (d[pos] != '#') {
                line(pos, eol);
            }
            pos = eol + 1;
        }
    }

    private boolean isComma(int p, int end) {
        return p < end && d[p] == ',' && (p == 0 || d[p - 1] != '\\');
    }

    private boolean isSpace(int p, int end) {
        return p < end && d[p] == ' ' && (p == 0 || d[p - 1] != '\\');
    }

    private boolean isEqual(int p) {
        return d[p] == '=' && (p == 0 || d[p - 1] != '\\');
    }

    private void line(int start, int end) {
        int p = start;
        while (p < end && d[p] == ' ') {
            p++;
        }
        if (p < end && d[p] == ',') {
            throw SqlError.of(TaosError.SML_INVALID_DATA);
        }
        int measure = p;
        int escapes = 0;
        while (p < end) {
            if (p != measure && d[p - 1] == '\\' && (d[p] == ',' || d[p] == ' ')) {
                escapes++;
                p++;
                continue;
            }
            if (isComma(p, end) || isSpace(p, end)) {
                break;
            }
            p++;
        }
        int measureLen = p - measure;
        if (measureLen - escapes <= 0 || measureLen - escapes >= TABLE_NAME_LEN) {
            throw SmlErrors.of(TaosError.TSC_INVALID_TABLE_ID_LENGTH, "measure is empty or too large than 192");
        }
        int tagsEnd = p;
        while (tagsEnd < end && !isSpace(tagsEnd, end)) {
            tagsEnd++;
        }
        if (p < end && d[p] == ',') {
            p++;
        }
        SmlChild child = child(measure, measureLen, escapes > 0, p, tagsEnd, end);
        p = tagsEnd;
        while (p < end && d[p] == ' ') {
            p++;
        }
        int colsStart = p;
        p = fields(child.stable, p, end);
        if (p == colsStart) {
            throw SmlErrors.of(TaosError.SML_INVALID_DATA, "cols is empty");
        }
        while (p < end && d[p] == ' ') {
            p++;
        }
        int ts = p;
        while (p < end && !CScan.isSpace(d[p])) {
            p++;
        }
        batch.rowTs[batch.rows - 1] = timestamp(ts, p - ts);
    }

    /** The child of this line: the previous line's, a known one, or a new one from the tags. Starts the row. */
    private SmlChild child(int measure, int measureLen, boolean escaped, int tags, int tagsEnd, int end) {
        int keyLen = tagsEnd - measure;
        SmlChild c;
        if (prevChild != null && prevLen == keyLen && Arrays.equals(d, prevStart, prevStart + keyLen, d, measure,
                tagsEnd)) {
            c = prevChild;
        } else {
            c = childByKey.get(d, measure, keyLen);
            if (c == null) {
                c = newChild(measure, measureLen, escaped, tags, tagsEnd, end);
                childByKey.put(d, measure, keyLen, c);
            }
            prevChild = c;
            prevStart = measure;
            prevLen = keyLen;
        }
        batch.beginRow(c, 0);
        return c;
    }

    private SmlChild newChild(int measure, int measureLen, boolean escaped, int p, int tagsEnd, int end) {
        byte[] raw = Arrays.copyOfRange(d, measure, measure + measureLen);
        byte[] name = escaped ? Escapes.unescaped(Escapes.MEASUREMENT, raw, 0, raw.length) : raw.clone();
        SmlStable stable = batch.stable(new String(ChildTableNames.dotsToUnderscores(name), StandardCharsets.UTF_8));
        byte[] hashName = ChildTableNames.dotsToUnderscores(raw);
        tags.clear();
        while (p < end) {
            if (isSpace(p, end)) {
                break;
            }
            int key = p;
            int keyLen = 0;
            int keyEscapes = 0;
            boolean found = false;
            while (p < end) {
                if (isSpace(p, end) || isComma(p, end)) {
                    throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid data", d, p);
                }
                if (isEqual(p)) {
                    keyLen = p - key;
                    p++;
                    found = true;
                    break;
                }
                if (p > 0 && d[p - 1] == '\\' && Escapes.special(Escapes.KEY_OR_TAG, d[p])) {
                    keyEscapes++;
                }
                p++;
            }
            if (!found || keyLen - keyEscapes <= 0 || keyLen - keyEscapes >= COL_NAME_LEN) {
                throw SmlErrors.at(TaosError.TSC_INVALID_COLUMN_LENGTH, "invalid key or key is too long than 64", d,
                        key);
            }
            int value = p;
            int valueEscapes = 0;
            while (p < end) {
                if (isSpace(p, end) || isComma(p, end)) {
                    break;
                }
                if (isEqual(p)) {
                    throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid data", d, p);
                }
                if (d[p - 1] == '\\' && Escapes.special(Escapes.KEY_OR_TAG, d[p])) {
                    valueEscapes++;
                }
                p++;
            }
            int valueLen = p - value;
            if (valueLen == 0) {
                throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid value", d, value);
            }
            if (valueLen - valueEscapes > SmlValueParser.MAX_NCHAR) {
                throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN);
            }
            byte[] k = keyEscapes > 0 ? Escapes.unescaped(Escapes.KEY_OR_TAG, d, key, keyLen)
                    : Arrays.copyOfRange(d, key, key + keyLen);
            byte[] v = valueEscapes > 0 ? Escapes.unescaped(Escapes.KEY_OR_TAG, d, value, valueLen)
                    : Arrays.copyOfRange(d, value, value + valueLen);
            tags.add(batch.name(k, 0, k.length), TaosType.NCHAR, new String(v, StandardCharsets.UTF_8), v.length, key, k,
                    v);
            if (isSpace(p, end)) {
                break;
            }
            p++;
        }
        return tags.register(batch, stable, hashName);
    }

    /** Parses the field set from {@code p}; returns where it stopped (a space before the timestamp, or the end). */
    private int fields(SmlStable stable, int p, int end) {
        int n = 0;
        while (p < end) {
            if (isSpace(p, end)) {
                break;
            }
            int key = p;
            int keyLen = 0;
            int keyEscapes = 0;
            boolean found = false;
            while (p < end) {
                if (isSpace(p, end) || isComma(p, end)) {
                    throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid data", d, p);
                }
                if (isEqual(p)) {
                    keyLen = p - key;
                    p++;
                    found = true;
                    break;
                }
                if (p > 0 && d[p - 1] == '\\' && Escapes.special(Escapes.KEY_OR_TAG, d[p])) {
                    keyEscapes++;
                }
                p++;
            }
            if (!found || keyLen - keyEscapes <= 0 || keyLen - keyEscapes >= COL_NAME_LEN) {
                throw SmlErrors.at(TaosError.TSC_INVALID_COLUMN_LENGTH, "invalid key or key is too long than 64", d,
                        key);
            }
            int value = p;
            int quotes = 0;
            int escapeChar = -1;
            boolean valueEscaped = false;
            while (p < end) {
                if (d[p] == '"' && (d[p - 1] != '\\' || p - 1 == escapeChar)) {
                    quotes++;
                    p++;
                    if (quotes > 2) {
                        break;
                    }
                    continue;
                }
                if (quotes % 2 == 0 && (isSpace(p, end) || isComma(p, end))) {
                    break;
                }
                if (d[p - 1] == '\\' && (d[p] == '"' || d[p] == '\\') && p - 1 != escapeChar) {
                    escapeChar = p;
                    valueEscaped = true;
                }
                p++;
            }
            int valueLen = p - value;
            if (quotes != 0 && quotes != 2) {
                throw SmlErrors.at(TaosError.SML_INVALID_DATA, "unbalanced quotes", d, value);
            }
            if (valueLen == 0) {
                throw SmlErrors.at(TaosError.SML_INVALID_DATA, "invalid value", d, value);
            }
            int code = values.parse(batch, d, value, valueLen, valueEscaped);
            if (code != 0) {
                throw SmlErrors.at(code, "smlParseValue error", d, value);
            }
            String name = keyEscapes > 0 ? unescapedName(key, keyLen) : batch.name(d, key, keyLen);
            int col = batch.column(stable, n, name, values.type, values.length, key);
            batch.field(col, values.bits);
            n++;
            if (isSpace(p, end)) {
                break;
            }
            p++;
        }
        return p;
    }

    private String unescapedName(int key, int keyLen) {
        byte[] k = Escapes.unescaped(Escapes.KEY_OR_TAG, d, key, keyLen);
        return batch.name(k, 0, k.length);
    }

    private long timestamp(int from, int len) {
        if (len == 0 || len == 1 && d[from] == '0') {
            return batch.now();
        }
        scan.strtoll(d, from, from + len);
        long ts = scan.end == from + len ? precision.toTicks(scan.l, batch.precision) : Long.MIN_VALUE;
        if (ts == Long.MIN_VALUE) {
            throw SmlErrors.at(TaosError.INVALID_TIMESTAMP, "invalid timestamp", d, from);
        }
        if (ts <= 0) {
            throw SqlError.of(TaosError.INVALID_TIMESTAMP);
        }
        return ts;
    }
}
