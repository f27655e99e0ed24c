package io.taos4j.server.schemaless;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.sql.SqlError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * OpenTSDB JSON data points as TDengine reads them (clientSmlJson.c {@code smlParseJSONExt}): one object or an
 * array of objects, each with exactly the four members {@code metric}, {@code timestamp}, {@code value} and
 * {@code tags} (names compared case-insensitively). Numbers are DOUBLE, strings VARCHAR, booleans BOOL, unless a
 * {@code {"value": ..., "type": ...}} object names the type; tags are typed the same way (not NCHAR as in the other
 * protocols). Timestamps are numbers of 10 (seconds) or 13 (milliseconds) digits, 0 for now, or
 * {@code {"value": n, "type": "s"|"ms"|"us"|"ns"}}. Not thread-safe.
 */
final class OpenTsdbJsonParser {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String[] MEMBERS = {"metric", "timestamp", "value", "tags"};
    private static final int TABLE_NAME_LEN = 193;
    private static final int COL_NAME_LEN = 65;

    private final SmlBatch batch;
    private final TagList tags = new TagList();
    private final java.util.HashMap<String, SmlChild> childByKey = new java.util.HashMap<>();
    // the typed value of the last json value read
    private TaosType type;
    private Object value;
    private int length;

    OpenTsdbJsonParser(SmlBatch batch) {
        this.batch = batch;
    }

    void parse() {
        JsonNode root;
        try {
            root = JSON.readTree(batch.data);
        } catch (JsonProcessingException e) {
            throw SqlError.of(TaosError.TSC_INVALID_JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (root == null || !(root.isArray() || root.isObject())) {
            throw SqlError.of(TaosError.TSC_INVALID_JSON);
        }
        if (root.isObject()) {
            point(root);
        } else {
            for (JsonNode p : root) {
                point(p);
            }
        }
    }

    private void point(JsonNode p) {
        if (!p.isObject() || p.size() != MEMBERS.length) {
            throw SqlError.of(TaosError.TSC_INVALID_JSON);
        }
        JsonNode[] m = new JsonNode[MEMBERS.length];
        for (int i = 0; i < MEMBERS.length; i++) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equalsIgnoreCase(MEMBERS[i])) {
                    m[i] = e.getValue();
                    break;
                }
            }
            if (m[i] == null) {
                throw SqlError.of(TaosError.TSC_INVALID_JSON);
            }
        }
        if (!m[0].isTextual()) {
            throw SqlError.of(TaosError.TSC_INVALID_JSON);
        }
        String metric = m[0].textValue();
        byte[] metricBytes = metric.getBytes(StandardCharsets.UTF_8);
        if (metricBytes.length == 0 || metricBytes.length >= TABLE_NAME_LEN) {
            throw SqlError.of(TaosError.TSC_INVALID_TABLE_ID_LENGTH);
        }
        typed(m[2]);
        TaosType valueType = type;
        Object columnValue = value;
        int valueLength = length;
        if (!m[3].isObject() || m[3].size() == 0) {
            throw SqlError.of(TaosError.TSC_INVALID_JSON);
        }
        SmlChild child = child(metric, metricBytes, m[3]);
        long ts = timestamp(m[1]);
        batch.beginRow(child, ts);
        int col = batch.column(child.stable, 0, TelnetParser.VALUE, valueType, valueLength, -1);
        batch.field(col, bits(valueType, columnValue));
    }

    private SmlChild child(String metric, byte[] metricBytes, JsonNode tagsNode) {
        String key = metric + '\u0000' + tagsNode.toString();
        SmlChild c = childByKey.get(key);
        if (c != null) {
            return c;
        }
        byte[] hashName = ChildTableNames.dotsToUnderscores(metricBytes.clone());
        SmlStable stable = batch.stable(new String(hashName, StandardCharsets.UTF_8));
        tags.clear();
        for (Iterator<Map.Entry<String, JsonNode>> it = tagsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
            if (k.length == 0 || k.length >= COL_NAME_LEN) {
                throw SqlError.of(TaosError.TSC_INVALID_COLUMN_LENGTH);
            }
            typed(e.getValue());
            tags.add(batch.name(k, 0, k.length), type, value, length, -1, k, hashBytes(type, value));
        }
        c = tags.register(batch, stable, hashName);
        childByKey.put(key, c);
        return c;
    }

    /** Reads a member value into {@link #type}, {@link #value} and {@link #length}. */
    private void typed(JsonNode v) {
        if (v.isBoolean()) {
            set(TaosType.BOOL, v.booleanValue(), 1);
        } else if (v.isNumber()) {
            set(TaosType.DOUBLE, v.doubleValue(), 8);
        } else if (v.isTextual()) {
            string("binary", v.textValue());
        } else if (v.isObject()) {
            if (v.size() != 2) {
                throw SqlError.of(TaosError.TSC_INVALID_JSON);
            }
            JsonNode inner = member(v, "value");
            JsonNode typeName = member(v, "type");
            if (inner == null || typeName == null || !typeName.isTextual()) {
                throw SqlError.of(TaosError.TSC_INVALID_JSON);
            }
            explicit(inner, typeName.textValue().toLowerCase(Locale.ROOT));
        } else {
            throw SqlError.of(TaosError.TSC_INVALID_JSON);
        }
    }

    private void explicit(JsonNode v, String t) {
        if (v.isBoolean()) {
            if (!t.equals("bool")) {
                throw SqlError.of(TaosError.TSC_INVALID_JSON_TYPE);
            }
            set(TaosType.BOOL, v.booleanValue(), 1);
        } else if (v.isNumber()) {
            double d = v.doubleValue();
            switch (t) {
                case "i8", "tinyint" -> set(TaosType.TINYINT, integer(d, Byte.MIN_VALUE, Byte.MAX_VALUE), 1);
                case "i16", "smallint" -> set(TaosType.SMALLINT, integer(d, Short.MIN_VALUE, Short.MAX_VALUE), 2);
                case "i32", "int" -> set(TaosType.INT, integer(d, Integer.MIN_VALUE, Integer.MAX_VALUE), 4);
                case "i64", "bigint" -> set(TaosType.BIGINT, (long) d, 8);
                case "f32", "float" -> {
                    if (!(d >= -Float.MAX_VALUE && d <= Float.MAX_VALUE)) {
                        throw SqlError.of(TaosError.TSC_VALUE_OUT_OF_RANGE);
                    }
                    set(TaosType.FLOAT, (float) d, 4);
                }
                case "f64", "double" -> set(TaosType.DOUBLE, d, 8);
                default -> throw SqlError.of(TaosError.TSC_INVALID_JSON_TYPE);
            }
        } else if (v.isTextual()) {
            string(t, v.textValue());
        } else {
            throw SqlError.of(TaosError.TSC_INVALID_JSON_TYPE);
        }
    }

    private static long integer(double d, double min, double max) {
        if (!(d >= min && d <= max)) {
            throw SqlError.of(TaosError.TSC_VALUE_OUT_OF_RANGE);
        }
        return (long) d;
    }

    private void string(String t, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        switch (t) {
            case "binary" -> {
                if (b.length > SmlValueParser.MAX_BINARY) {
                    throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN);
                }
                set(TaosType.VARCHAR, text, b.length);
            }
            case "varbinary" -> {
                if (b.length > SmlValueParser.MAX_BINARY) {
                    throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN);
                }
                set(TaosType.VARBINARY, b, b.length);
            }
            case "nchar" -> {
                if (b.length > SmlValueParser.MAX_NCHAR) {
                    throw SqlError.of(TaosError.PAR_INVALID_VAR_COLUMN_LEN);
                }
                set(TaosType.NCHAR, text, b.length);
            }
            default -> throw SqlError.of(TaosError.TSC_INVALID_JSON_TYPE);
        }
    }

    private void set(TaosType t, Object v, int len) {
        type = t;
        value = v;
        length = len;
    }

    private static JsonNode member(JsonNode object, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private long timestamp(JsonNode ts) {
        double d;
        SmlPrecision unit;
        if (ts.isNumber()) {
            d = ts.doubleValue();
            check(d);
            if (d == 0) {
                return batch.now();
            }
            long digits = Long.toString((long) d).length();
            unit = digits == 10 ? SmlPrecision.SECONDS : digits == 13 ? SmlPrecision.MILLISECONDS : null;
            if (unit == null) {
                throw SmlErrors.of(TaosError.INVALID_TIMESTAMP,
                        "timestamp precision can only be seconds(10 digits) or milli seconds(13 digits)");
            }
        } else if (ts.isObject()) {
            JsonNode v = member(ts, "value");
            JsonNode t = member(ts, "type");
            if (ts.size() != 2 || v == null || !v.isNumber() || t == null || !t.isTextual()) {
                throw SmlErrors.of(TaosError.TSC_INVALID_JSON, "invalidate json");
            }
            d = v.doubleValue();
            check(d);
            if (d == 0) {
                return batch.now();
            }
            unit = switch (t.textValue().toLowerCase(Locale.ROOT)) {
                case "s" -> SmlPrecision.SECONDS;
                case "ms" -> SmlPrecision.MILLISECONDS;
                case "us" -> SmlPrecision.MICROSECONDS;
                case "ns" -> SmlPrecision.NANOSECONDS;
                default -> throw SqlError.of(TaosError.TSC_INVALID_JSON_TYPE);
            };
        } else {
            throw SmlErrors.of(TaosError.TSC_INVALID_JSON, "invalidate json");
        }
        long ticks = unit.toTicks((long) d, batch.precision);
        if (ticks == Long.MIN_VALUE) {
            throw SqlError.of(TaosError.TSC_VALUE_OUT_OF_RANGE);
        }
        return ticks;
    }

    private static void check(double d) {
        if (d >= 9.223372036854775807E18 || d <= -9.223372036854775808E18) {
            throw SmlErrors.of(TaosError.TSC_VALUE_OUT_OF_RANGE, "timestamp is too large");
        }
        if (d < 0) {
            throw SmlErrors.of(TaosError.INVALID_TIMESTAMP, "timestamp is negative");
        }
    }

    /** The bits of a column value in the batch (strings copied into its store). */
    private long bits(TaosType t, Object v) {
        return switch (t) {
            case BOOL -> (Boolean) v ? 1L : 0L;
            case DOUBLE -> Double.doubleToRawLongBits((Double) v);
            case FLOAT -> Float.floatToRawIntBits((Float) v);
            case TINYINT, SMALLINT, INT, BIGINT -> (Long) v;
            case VARBINARY -> batch.storeBytes((byte[]) v, 0, ((byte[]) v).length);
            default -> {
                byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
                yield batch.storeBytes(b, 0, b.length);
            }
        };
    }

    /** A tag value as TDengine's child-name hash sees it: string bytes, or the C value's bytes. */
    static byte[] hashBytes(TaosType t, Object v) {
        ByteBuffer b = ByteBuffer.allocate(t.isVarLength() ? 0 : t.fixedSize()).order(ByteOrder.LITTLE_ENDIAN);
        switch (t) {
            case BOOL -> b.put((byte) ((Boolean) v ? 1 : 0));
            case TINYINT -> b.put((byte) (long) (Long) v);
            case SMALLINT -> b.putShort((short) (long) (Long) v);
            case INT -> b.putInt((int) (long) (Long) v);
            case BIGINT -> b.putLong((Long) v);
            case FLOAT -> b.putFloat((Float) v);
            case DOUBLE -> b.putDouble((Double) v);
            case VARBINARY -> {
                return (byte[]) v;
            }
            default -> {
                return ((String) v).getBytes(StandardCharsets.UTF_8);
            }
        }
        return b.array();
    }
}
