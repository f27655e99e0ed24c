package io.taos4j.server.type;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * JSON tag values (tdengine-sql.md §2.1): a flat object whose values are strings, numbers, booleans or null; keys
 * at most 256 bytes; text at most 4096 bytes; a duplicated key keeps its first value; keys are re-emitted in sorted
 * order; {@code ''}, {@code '{}'} and NULL mean NULL.
 */
public final class JsonTags {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTags() {
    }

    /**
     * Validates and normalizes a JSON tag text.
     *
     * @param error builds the exception for a reason such as {@code invalidate json value}
     * @return the canonical text, or null when the value means NULL
     */
    public static <E extends RuntimeException> String normalize(String text, Function<String, E> error) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > 4096) {
            throw error.apply("json string too long than 4095");
        }
        Map<String, Object> values = new TreeMap<>();
        try (JsonParser p = FACTORY.createParser(t)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw error.apply("json error invalide value");
            }
            JsonToken tok;
            while ((tok = p.nextToken()) != JsonToken.END_OBJECT) {
                if (tok != JsonToken.FIELD_NAME) {
                    throw error.apply("invalidate json value");
                }
                String key = p.currentName();
                if (key.isEmpty() || key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 256) {
                    throw error.apply("json key too long, more than 256");
                }
                JsonToken v = p.nextToken();
                Object value = switch (v) {
                    case VALUE_STRING -> p.getText();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> JsonNull.INSTANCE;
                    default -> throw error.apply("invalidate json value");
                };
                values.putIfAbsent(key, value);
            }
            if (p.nextToken() != null) {
                throw error.apply("invalidate json value");
            }
        } catch (IOException e) {
            throw error.apply("invalidate json value");
        }
        if (values.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : values.entrySet()) {
                g.writeFieldName(e.getKey());
                Object v = e.getValue();
                if (v instanceof String str) {
                    g.writeString(str);
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else if (v instanceof Number num) {
                    g.writeNumber(num.toString());
                } else {
                    g.writeNull();
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** The value of {@code key} in a normalized JSON tag as JSON text ({@code "v"}, {@code 1}), or null. */
    public static String get(String json, String key) {
        if (json == null) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals(key)) {
                    return switch (v) {
                        case VALUE_STRING -> quote(p.getText());
                        case VALUE_NULL -> "null";
                        default -> p.getText();
                    };
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** True when the normalized JSON tag has {@code key}. */
    public static boolean contains(String json, String key) {
        return get(json, key) != null;
    }

    private static String quote(String s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private enum JsonNull { INSTANCE }
}
