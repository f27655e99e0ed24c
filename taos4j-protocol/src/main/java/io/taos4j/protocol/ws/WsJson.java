package io.taos4j.protocol.ws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.taos4j.protocol.ProtocolException;

/**
 * The text-frame codec of {@code /ws} (ws-sql.md §2–§10): JSON requests and replies to and from their records.
 *
 * <p>Output is written by hand in the adapter's exact form (Go {@code encoding/json} without HTML escaping, keys in
 * the adapter's order, u64 ids unsigned), so a server built on this emits what taosAdapter emits. Input is parsed
 * with one shared Jackson {@link ObjectMapper} whose limits follow Go's (no string or number length limit, nesting
 * depth 10000). All methods are static and thread-safe.
 */
public final class WsJson {
    /** Shared, configured once; thread-safe. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNumberLength(Integer.MAX_VALUE)
                            .maxNameLength(Integer.MAX_VALUE)
                            .maxNestingDepth(10_000)
                            .build())
                    // Requests come from the network: no shared symbol table for attacker-chosen key names.
                    .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    /** Reads one whole reply text into a tree; text after the value is an error. */
    static final ObjectReader REPLY_READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private WsJson() {
    }

    /**
     * Encodes a request as {@code {"action":"<name>","args":{"req_id":N,...}}}; null components are omitted.
     *
     * @throws NullPointerException if {@code request} is null
     */
    public static String encode(WsRequest request) {
        return RequestJsonEncoder.encode(request);
    }

    /**
     * Decodes a request frame with taosAdapter's rules (ws-sql.md §2.3), for the server.
     *
     * <ul>
     *   <li>not JSON, not an object, or an {@code action} that is not a string: {@link WsRequestException} with
     *       action {@code ""}, req_id 0, {@code unmarshal request error};
     *   <li>missing or empty action: action {@code ""}, req_id from {@code args.req_id} when readable,
     *       {@code request no action};
     *   <li>an action this decoder does not know: an {@link UnknownRequest} (no exception, because the adapter
     *       answers it only after its session check);
     *   <li>{@code args} that do not fit the action (wrong JSON types, out of range, missing for any action but
     *       {@code version}): action = the name, req_id read leniently, and the adapter's text, e.g.
     *       {@code unmarshal query request error}, {@code unmarshal connect request error},
     *       {@code unmarshal stmt2 prepare request error}.
     * </ul>
     *
     * @throws WsRequestException as above; never any other exception for any input string
     * @throws NullPointerException if {@code text} is null
     */
    public static WsRequest decodeRequest(String text) {
        return RequestJsonDecoder.decode(MAPPER, text);
    }

    /**
     * Encodes a reply exactly as taosAdapter writes it: {@code code, message, action, req_id, timing}, then the
     * action's keys in the adapter's order.
     *
     * @throws NullPointerException if {@code response} is null
     */
    public static String encode(WsResponse response) {
        return ResponseJsonEncoder.encode(response);
    }

    /**
     * Decodes a reply frame, for the client. A non-zero {@code code} gives an {@link ErrorResponse} whatever the
     * action; otherwise the action selects the record.
     *
     * @throws ProtocolException if the text is not a JSON object, has no action, carries a key of the wrong type,
     *     or is a success reply for an action no {@code /ws} reply has
     */
    public static WsResponse decodeResponse(String text) {
        return ResponseJsonDecoder.decode(REPLY_READER, text);
    }
}
