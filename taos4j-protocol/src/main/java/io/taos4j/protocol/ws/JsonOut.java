package io.taos4j.protocol.ws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer that produces exactly the text taosAdapter writes: Go's {@code encoding/json} with HTML
 * escaping off (what the adapter's {@code innerjson} does). Strings escape {@code "} {@code \} and control
 * characters (the short forms for backspace, form feed, newline, carriage return and tab, else a six-character escape
 * with lower-case hex digits), U+2028 and U+2029; everything else is written as is. Not thread-safe; one instance
 * per message.
 */
final class JsonOut {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    /** Whether the next member or element needs a leading comma. */
    private boolean comma;

    JsonOut(int capacity) {
        out = new StringBuilder(capacity);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    JsonOut beginObject() {
        separate();
        out.append('{');
        comma = false;
        return this;
    }

    JsonOut endObject() {
        out.append('}');
        comma = true;
        return this;
    }

    /** Writes a member name; names are ASCII constants that need no escaping. */
    JsonOut name(String name) {
        separate();
        out.append('"').append(name).append("\":");
        comma = false;
        return this;
    }

    JsonOut string(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            appendQuoted(value);
        }
        comma = true;
        return this;
    }

    JsonOut number(long value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    /** An unsigned 64-bit value held in a long. */
    JsonOut unsigned(long value) {
        separate();
        if (value >= 0) {
            out.append(value);
        } else {
            out.append(Long.toUnsignedString(value));
        }
        comma = true;
        return this;
    }

    JsonOut bool(boolean value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    JsonOut nullValue() {
        separate();
        out.append("null");
        comma = true;
        return this;
    }

    JsonOut stringList(List<String> values) {
        if (values == null) {
            return nullValue();
        }
        beginArray();
        for (int i = 0; i < values.size(); i++) {
            string(values.get(i));
        }
        return endArray();
    }

    /** A list of Integer or Long numbers; null is written as {@code null}. */
    JsonOut numberList(List<? extends Number> values) {
        if (values == null) {
            return nullValue();
        }
        beginArray();
        for (int i = 0; i < values.size(); i++) {
            number(values.get(i).longValue());
        }
        return endArray();
    }

    JsonOut beginArray() {
        separate();
        out.append('[');
        comma = false;
        return this;
    }

    JsonOut endArray() {
        out.append(']');
        comma = true;
        return this;
    }

    /**
     * A Jackson tree, written with this writer's escaping; numbers keep their textual form. Iterative, so that any
     * depth the parser accepted can be written back.
     */
    JsonOut tree(JsonNode root) {
        ArrayDeque<Level> open = new ArrayDeque<>();
        JsonNode next = root;
        while (true) {
            if (next != null) {
                if (next.isObject()) {
                    beginObject();
                    open.push(new Level(next.properties().iterator(), '}'));
                } else if (next.isArray()) {
                    beginArray();
                    open.push(new Level(next.elements(), ']'));
                } else {
                    scalar(next);
                }
            }
            if (open.isEmpty()) {
                return this;
            }
            Iterator<?> it = open.peek().items;
            if (!it.hasNext()) {
                out.append(open.pop().close);
                comma = true;
                next = null;
                continue;
            }
            Object element = it.next();
            if (element instanceof Map.Entry<?, ?> e) {
                separate();
                appendQuoted((String) e.getKey());
                out.append(':');
                comma = false;
                next = (JsonNode) e.getValue();
            } else {
                next = (JsonNode) element;
            }
        }
    }

    /** An object or array being written: its remaining members or elements, and its closing bracket. */
    private record Level(Iterator<?> items, char close) {
    }

    private void scalar(JsonNode node) {
        separate();
        if (node.isTextual()) {
            appendQuoted(node.textValue());
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toString());
        } else if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else {
            out.append(node.asText());
        }
        comma = true;
    }

    private void separate() {
        if (comma) {
            out.append(',');
        }
    }

    private void appendQuoted(String s) {
        out.append('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x2028) {
                continue;
            }
            if (c > 0x2029 && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (Character.isSurrogate(c)) {
                        // A lone surrogate cannot be encoded as UTF-8; Go writes invalid input as U+FFFD.
                        out.append("\\ufffd");
                    } else {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    }
                }
            }
        }
        out.append(s, start, n).append('"');
    }
}
