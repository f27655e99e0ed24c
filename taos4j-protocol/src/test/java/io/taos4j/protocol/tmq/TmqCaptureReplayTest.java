package io.taos4j.protocol.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.protocol.ProtocolException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Replays every {@code /rest/tmq} frame recorded with a real taosAdapter 3.3.7.5 through the codecs: requests decode
 * and re-encode to the same JSON tree; replies decode and re-encode to the identical text or bytes; every TMQ data
 * payload decodes and re-encodes to the identical bytes.
 */
class TmqCaptureReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> FILES = List.of("jdbc-3.7.9-tmq.jsonl", "live-jdbc-tmq.jsonl",
            "live-tmq-data.jsonl", "live-tmq-meta.jsonl", "live-worked-examples.jsonl");

    private final Map<String, Integer> counts = new TreeMap<>();

    static Path capturesDir() {
        String shared = System.getProperty("taos4j.shared");
        Path dir = (shared != null ? Path.of(shared) : Path.of("../../shared")).resolve("protocol/captures");
        if (!Files.isDirectory(dir)) {
            fail("capture directory not found: " + dir.toAbsolutePath() + " (set -Dtaos4j.shared)");
        }
        return dir;
    }

    @Test
    void everyTmqFrameRoundTrips() throws IOException {
        for (String name : FILES) {
            List<String> lines = Files.readAllLines(capturesDir().resolve(name));
            Map<Integer, ArrayDeque<String>> binaryActions = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                JsonNode f = JSON.readTree(lines.get(i));
                if (!"/rest/tmq".equals(f.path("path").asText())) {
                    continue;
                }
                try {
                    check(f, name.contains("jdbc"), binaryActions.computeIfAbsent(f.get("conn").asInt(), k -> new ArrayDeque<>()));
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(name + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        System.out.println("tmq capture frames checked: " + counts);
        assertThat(counts).containsEntry("c2s text ok", 364).containsEntry("c2s text refused", 2)
                .containsEntry("s2c text", 289).containsEntry("s2c fetch_raw_data", 59)
                .containsEntry("s2c fetch_raw_data payload", 36).containsEntry("s2c fetch_raw_data error", 3)
                .containsEntry("s2c meta payload (opaque)", 32).containsEntry("s2c fetch_raw", 9)
                .containsEntry("s2c fetch_block", 2);
    }

    private void check(JsonNode f, boolean jdbc, ArrayDeque<String> binaryActions) throws IOException {
        String key = f.get("dir").asText() + " " + f.get("op").asText();
        String data = f.path("data").asText();
        switch (key) {
            case "c2s text" -> {
                TmqRequest request;
                try {
                    request = TmqJson.decodeRequest(data);
                } catch (ProtocolException e) {
                    count("c2s text refused");
                    return;
                }
                if (request instanceof TmqRequest.FetchRawData || request instanceof TmqRequest.FetchBlock
                        || request instanceof TmqRequest.FetchRaw) {
                    binaryActions.add(request.action());
                }
                String again = TmqJson.encode(request);
                assertThat(TmqJson.decodeRequest(again)).isEqualTo(request);
                if (!(request instanceof TmqRequest.Unknown)) {
                    JsonNode sent = JSON.readTree(data);
                    JsonNode written = JSON.readTree(again);
                    if (jdbc) {
                        assertThat(written).isEqualTo(sent); // the driver's frames: every key, same values
                    } else {
                        // hand-made probes also send keys the action does not have: what we write must match
                        written.get("args").fields().forEachRemaining(e -> {
                            JsonNode original = sent.get("args").get(e.getKey());
                            if (original == null) {
                                // absent on the wire reads as Go's zero value
                                assertThat(e.getValue().isEmpty() || e.getValue().asLong(1) == 0).as(e.getKey())
                                        .isTrue();
                            } else {
                                assertThat(original).as(e.getKey()).isEqualTo(e.getValue());
                            }
                        });
                    }
                }
                count("c2s text ok");
            }
            case "s2c text" -> {
                TmqResponse response = TmqJson.decodeResponse(data);
                assertThat(TmqJson.encode(response)).isEqualTo(data);
                count("s2c text");
            }
            case "s2c binary" -> binary(ByteBuffer.wrap(HEX.parseHex(data)), binaryActions);
            default -> count(key);
        }
    }

    private void binary(ByteBuffer frame, ArrayDeque<String> binaryActions) {
        String action = binaryActions.poll();
        if (frame.getLong(0) == -1L) {
            FetchRawDataResponse r = TmqBinary.decodeFetchRawData(frame);
            assertThat(TmqBinary.encode(r)).isEqualTo(frame);
            if (r.code() != 0) {
                count("s2c fetch_raw_data error");
                return;
            }
            count("s2c fetch_raw_data");
            payload(r.metaType(), r.raw());
        } else if ("fetch_raw".equals(action)) {
            FetchRawResponse r = TmqBinary.decodeFetchRaw(frame);
            assertThat(TmqBinary.encode(r)).isEqualTo(frame);
            count("s2c fetch_raw");
            payload(r.metaType(), r.raw());
        } else if ("fetch_block".equals(action)) {
            FetchBlockResponse r = TmqBinary.decodeFetchBlock(frame);
            assertThat(TmqBinary.encode(r)).isEqualTo(frame);
            count("s2c fetch_block");
        } else {
            fail("binary frame after " + action);
        }
    }

    private void payload(int metaType, ByteBuffer raw) {
        if (metaType != TmqDataPayload.META_TYPE_DATA && metaType != TmqDataPayload.META_TYPE_META_DATA) {
            count("s2c meta payload (opaque)");
            return;
        }
        TmqDataPayload p = TmqPayloadCodec.decode(metaType, raw);
        assertThat(p.metaType()).isEqualTo(metaType);
        assertThat(TmqPayloadCodec.encode(p)).isEqualTo(raw);
        count("s2c fetch_raw_data payload");
    }

    private void count(String key) {
        counts.merge(key, 1, Integer::sum);
    }
}
