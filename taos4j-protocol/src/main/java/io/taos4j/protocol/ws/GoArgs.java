package io.taos4j.protocol.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code args} object of one JSON request, read with the rules taosAdapter gets from Go's
 * {@code encoding/json} when it unmarshals into a request struct, so that exactly the same inputs are refused:
 *
 * <ul>
 *   <li>a key matches a field by exact name or case-insensitively (Go's folding); unknown keys are ignored;
 *   <li>every occurrence of a field's key is type-checked and the last one wins;
 *   <li>{@code null} leaves a plain field unchanged and sets a pointer field ({@code *int}, {@code *string}) to nil;
 *   <li>integers must be integer literals within the field's range (no fraction, no exponent, no sign for u64);
 *       strings only take JSON strings, booleans only {@code true}/{@code false};
 *   <li>{@code args} that is not an object (nor {@code null}) is an error.
 * </ul>
 *
 * Go {@code int} fields are read into Java {@code int}; values outside the int32 range are refused (the only
 * deviation: Go would accept them). Accessors record failures; check {@link #failed()} after building the record.
 */
final class GoArgs {
    private static final BigInteger U64_LIMIT = BigInteger.ONE.shiftLeft(64);

    /** A scalar member value: its token and its text (the literal for numbers, the decoded value for strings). */
    private record Scalar(JsonToken token, String text) {
    }

    private final List<String> keys = new ArrayList<>();
    /** {@link Scalar} or, for objects and arrays, a {@link JsonNode}. */
    private final List<Object> values = new ArrayList<>();
    private boolean failed;

    private GoArgs() {
    }

    /** Reads the value that starts at the parser's next token. */
    static GoArgs read(JsonParser p) throws IOException {
        GoArgs args = new GoArgs();
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return args;
        }
        if (t != JsonToken.START_OBJECT) {
            args.failed = true;
            return args;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            args.keys.add(key);
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                args.values.add(p.readValueAsTree());
            } else {
                args.values.add(new Scalar(v, p.getText()));
            }
        }
        return args;
    }

    /**
     * Reads {@code req_id} of the value at the parser's next token the way the adapter does for error replies
     * ({@code jsoniter.Get(args, "req_id").ToUint64()}): first exact key; numbers by their leading digits (0 when
     * negative or too large); strings by their leading digits (the maximum when too large); {@code true} and
     * non-empty arrays 1; anything else 0.
     */
    static long lenientReqId(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return 0;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (!"req_id".equals(key)) {
                p.skipChildren();
                continue;
            }
            switch (v) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    String digits = leadingDigits(p.getText(), 0);
                    BigInteger n = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits);
                    return n.compareTo(U64_LIMIT) >= 0 ? 0 : n.longValue();
                }
                case VALUE_STRING -> {
                    String s = p.getText();
                    if (s.isEmpty() || s.charAt(0) == '-') {
                        return 0;
                    }
                    String digits = leadingDigits(s, s.charAt(0) == '+' ? 1 : 0);
                    BigInteger n = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits);
                    return n.compareTo(U64_LIMIT) >= 0 ? -1L : n.longValue();
                }
                case VALUE_TRUE -> {
                    return 1;
                }
                case START_ARRAY -> {
                    return p.nextToken() == JsonToken.END_ARRAY ? 0 : 1;
                }
                default -> {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static String leadingDigits(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        return s.substring(from, end);
    }

    /** True when some member had the wrong type or the args were not an object. */
    boolean failed() {
        return failed;
    }

    /** A Go {@code uint64} field; 0 when absent. */
    long u64(String name) {
        long result = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (matches(keys.get(i), name)) {
                Object v = values.get(i);
                if (isNull(v)) {
                    continue;
                }
                if (v instanceof Scalar s && s.token == JsonToken.VALUE_NUMBER_INT && s.text.charAt(0) != '-') {
                    try {
                        result = Long.parseUnsignedLong(s.text);
                        continue;
                    } catch (NumberFormatException e) {
                        // out of range: fall through
                    }
                }
                failed = true;
            }
        }
        return result;
    }

    /** A Go {@code int} or {@code int32} field; 0 when absent. */
    int int32(String name) {
        Integer v = int32OrNull(name);
        return v == null ? 0 : v;
    }

    /** A Go {@code int} field a client may leave out; null when absent or only {@code null}. */
    Integer int32OrNull(String name) {
        Integer result = null;
        for (int i = 0; i < keys.size(); i++) {
            if (matches(keys.get(i), name)) {
                Object v = values.get(i);
                if (!isNull(v)) {
                    result = toInt(v);
                }
            }
        }
        return result;
    }

    /** A Go {@code *int} field: the last occurrence wins, {@code null} included. */
    Integer intPointer(String name) {
        Integer result = null;
        for (int i = 0; i < keys.size(); i++) {
            if (matches(keys.get(i), name)) {
                Object v = values.get(i);
                result = isNull(v) ? null : toInt(v);
            }
        }
        return result;
    }

    /** A Go {@code string} (or {@code *string}) field; null when absent or only {@code null}. */
    String string(String name) {
        String result = null;
        for (int i = 0; i < keys.size(); i++) {
            if (matches(keys.get(i), name)) {
                Object v = values.get(i);
                if (v instanceof Scalar s && s.token == JsonToken.VALUE_STRING) {
                    result = s.text;
                } else if (!isNull(v)) {
                    failed = true;
                }
            }
        }
        return result;
    }

    /** A Go {@code bool} field; false when absent. */
    boolean bool(String name) {
        return Boolean.TRUE.equals(boolOrNull(name));
    }

    /** A Go {@code bool} field a client may leave out; null when absent or only {@code null}. */
    Boolean boolOrNull(String name) {
        Boolean result = null;
        for (int i = 0; i < keys.size(); i++) {
            if (matches(keys.get(i), name)) {
                Object v = values.get(i);
                if (v instanceof Scalar s && (s.token == JsonToken.VALUE_TRUE || s.token == JsonToken.VALUE_FALSE)) {
                    result = s.token == JsonToken.VALUE_TRUE;
                } else if (!isNull(v)) {
                    failed = true;
                }
            }
        }
        return result;
    }

    /** A Go {@code json.RawMessage} field: any value, as a tree; null when absent, a NullNode for {@code null}. */
    JsonNode raw(String name) {
        JsonNode result = null;
        for (int i = 0; i < keys.size(); i++) {
            if (matches(keys.get(i), name)) {
                Object v = values.get(i);
                result = v instanceof JsonNode n ? n : node((Scalar) v);
            }
        }
        return result;
    }

    private static JsonNode node(Scalar s) {
        return switch (s.token) {
            case VALUE_STRING -> TextNode.valueOf(s.text);
            case VALUE_NUMBER_INT -> BigIntegerNode.valueOf(new BigInteger(s.text));
            case VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(new BigDecimal(s.text));
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            default -> NullNode.instance;
        };
    }

    /** The {@code options} array of {@code options_connection}; null when absent or {@code null}. */
    List<OptionsConnectionRequest.Option> options(String name) {
        List<OptionsConnectionRequest.Option> result = null;
        for (int i = 0; i < keys.size(); i++) {
            if (!matches(keys.get(i), name)) {
                continue;
            }
            Object v = values.get(i);
            if (isNull(v)) {
                result = null;
            } else if (v instanceof JsonNode n && n.isArray()) {
                result = new ArrayList<>();
                for (JsonNode element : n) {
                    // A null element is a nil pointer in Go that the adapter would dereference: refused here.
                    if (!element.isObject()) {
                        failed = true;
                        continue;
                    }
                    result.add(option(element));
                }
            } else {
                failed = true;
            }
        }
        return result;
    }

    private OptionsConnectionRequest.Option option(JsonNode object) {
        int option = 0;
        String value = null;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            JsonNode v = e.getValue();
            if (matches(e.getKey(), "option")) {
                if (v.isIntegralNumber() && v.canConvertToInt()) {
                    option = v.intValue();
                } else if (!v.isNull()) {
                    failed = true;
                }
            } else if (matches(e.getKey(), "value")) {
                if (v.isTextual()) {
                    value = v.textValue();
                } else if (v.isNull()) {
                    value = null;
                } else {
                    failed = true;
                }
            }
        }
        return new OptionsConnectionRequest.Option(option, value);
    }

    private Integer toInt(Object v) {
        if (v instanceof Scalar s && s.token == JsonToken.VALUE_NUMBER_INT) {
            try {
                return Integer.parseInt(s.text);
            } catch (NumberFormatException e) {
                // out of range: fall through
            }
        }
        failed = true;
        return 0;
    }

    private static boolean isNull(Object v) {
        return v instanceof Scalar s && s.token == JsonToken.VALUE_NULL;
    }

    /**
     * Whether a JSON key selects the Go field {@code name} (lower-case ASCII): an exact match, or equal after Go's
     * folding, which upper-cases ASCII letters and maps other characters through simple case folding (so the Kelvin
     * sign matches {@code k} and the long s matches {@code s}).
     */
    static boolean matches(String key, String name) {
        if (key.equals(name)) {
            return true;
        }
        int j = 0;
        for (int i = 0; i < key.length();) {
            int cp = key.codePointAt(i);
            i += Character.charCount(cp);
            int folded = cp < 0x80 ? Character.toUpperCase(cp) : Character.toUpperCase(Character.toLowerCase(cp));
            if (j >= name.length() || folded != Character.toUpperCase(name.charAt(j))) {
                return false;
            }
            j++;
        }
        return j == name.length();
    }
}
