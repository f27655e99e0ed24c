package io.taos4j.protocol.tmq;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.taos4j.protocol.ProtocolException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The text-frame codec of {@code /rest/tmq} (tmq.md §1, §3–§8): requests and replies to and from their records.
 *
 * <p>Output follows the adapter: keys in its order, {@code req_id} first in requests, null request fields left out
 * (JDBC omits them too), unsigned ids. Input is parsed leniently about unknown keys and strictly about types, as Go's
 * {@code encoding/json} does. All methods are static and thread-safe.
 */
public final class TmqJson {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNumberLength(Integer.MAX_VALUE)
                            .maxNestingDepth(10_000)
                            .build())
                    .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private TmqJson() {
    }

    /**
     * Encodes a request as {@code {"action":"<name>","args":{"req_id":N,...}}}.
     *
     * @throws NullPointerException if {@code request} is null
     */
    public static String encode(TmqRequest request) {
        return write(g -> TmqRequestCodec.encode(g, request));
    }

    /**
     * Decodes a request frame, for the server.
     *
     * @return the request, or {@link TmqRequest.Unknown} for an action this codec does not know
     * @throws ProtocolException when the text is not JSON, has no action, or its args do not fit the action (the
     *     adapter logs such frames and sends no reply); never any other exception for any input string
     */
    public static TmqRequest decodeRequest(String text) {
        return TmqRequestCodec.decode(text);
    }

    /**
     * Encodes a reply as the adapter writes it.
     *
     * @throws NullPointerException if {@code response} is null
     */
    public static String encode(TmqResponse response) {
        return write(g -> TmqResponseCodec.encode(g, response));
    }

    /**
     * Decodes a reply frame, for the client. A non-zero {@code code} gives {@link TmqResponse.Error}.
     *
     * @throws ProtocolException if the text is not a JSON object, has no action string, has a key of the wrong type,
     *     or is a success reply of an action with no JSON reply
     */
    public static TmqResponse decodeResponse(String text) {
        return TmqResponseCodec.decode(text);
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String write(Body body) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setCharacterEscapes(GoEscapes.INSTANCE);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Go's {@code encoding/json} escaping, which the TMQ endpoint uses with HTML escaping on: besides the quote, the
     * backslash and the short forms, {@code <}, {@code >}, {@code &}, other control characters, U+2028 and U+2029
     * become six-character escapes with lower-case hex digits.
     */
    private static final class GoEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final GoEscapes INSTANCE = new GoEscapes();
        private final int[] table = CharacterEscapes.standardAsciiEscapesForJSON();

        private GoEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                    table[c] = CharacterEscapes.ESCAPE_CUSTOM;
                }
            }
            table['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            table['>'] = CharacterEscapes.ESCAPE_CUSTOM;
            table['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x80 || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    static void unsigned(JsonGenerator g, String name, long value) throws IOException {
        g.writeFieldName(name);
        if (value >= 0) {
            g.writeNumber(value);
        } else {
            g.writeNumber(Long.toUnsignedString(value));
        }
    }
}
