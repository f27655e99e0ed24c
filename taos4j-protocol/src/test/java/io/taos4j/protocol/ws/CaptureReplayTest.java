package io.taos4j.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays every {@code /ws} frame of the recorded sessions with a real taosAdapter 3.3.7.5 through the codecs.
 * Requests must decode (or be refused exactly as the adapter's next reply shows) and re-encode to the same JSON
 * tree or the same bytes; replies must decode and re-encode to the identical text or bytes, which proves that a
 * server built on these codecs writes what the adapter writes.
 */
class CaptureReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private record Frame(String file, int line, int conn, String dir, String op, String data) {
        boolean text() {
            return op.equals("text");
        }

        ByteBuffer bytes() {
            return ByteBuffer.wrap(HEX.parseHex(data));
        }

        @Override
        public String toString() {
            String shown = data.length() > 120 ? data.substring(0, 120) : data;
            return file + ":" + line + " " + dir + " " + op + " " + shown;
        }
    }

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
    void everyWsFrameOfEveryCaptureRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(capturesDir())) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            List<Frame> frames = read(file);
            for (int i = 0; i < frames.size(); i++) {
                Frame f = frames.get(i);
                try {
                    check(f, frames, i);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("at " + f + ": " + e.getMessage(), e);
                }
            }
        }
        System.out.println("capture frames checked: " + counts);
        assertThat(counts.getOrDefault("c2s text ok", 0)).isGreaterThanOrEqualTo(100);
        assertThat(counts.getOrDefault("c2s text refused", 0)).isGreaterThanOrEqualTo(3);
        assertThat(counts.getOrDefault("c2s text unknown action", 0)).isGreaterThanOrEqualTo(1);
        assertThat(counts.getOrDefault("s2c text", 0)).isGreaterThanOrEqualTo(350);
        assertThat(counts.getOrDefault("c2s binary ok", 0)).isGreaterThanOrEqualTo(450);
        assertThat(counts.getOrDefault("c2s binary refused", 0)).isGreaterThanOrEqualTo(6);
        assertThat(counts.getOrDefault("s2c binary fetch_raw_block", 0)).isGreaterThanOrEqualTo(150);
        assertThat(counts.getOrDefault("s2c binary fetch_block", 0)).isGreaterThanOrEqualTo(1);
    }

    private static List<Frame> read(Path file) throws IOException {
        List<Frame> frames = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode o = JSON.readTree(lines.get(i));
            if (!"/ws".equals(o.path("path").asText())) {
                continue; // /rest/tmq belongs to the TMQ codec
            }
            frames.add(new Frame(file.getFileName().toString(), i + 1, o.get("conn").asInt(), o.get("dir").asText(),
                    o.get("op").asText(), o.path("data").asText()));
        }
        return frames;
    }

    private void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private void check(Frame f, List<Frame> frames, int index) throws IOException {
        boolean c2s = f.dir().equals("c2s");
        if (f.op().equals("text")) {
            if (c2s) {
                checkTextRequest(f, frames, index);
            } else {
                WsResponse decoded = WsJson.decodeResponse(f.data());
                assertThat(WsJson.encode(decoded)).isEqualTo(f.data());
                count("s2c text");
            }
        } else if (f.op().equals("binary")) {
            if (c2s) {
                checkBinaryRequest(f, frames, index);
            } else {
                WsBinaryResponse decoded = WsBinary.decodeResponse(f.bytes());
                assertThat(bytes(WsBinary.encode(decoded))).isEqualTo(bytes(f.bytes()));
                boolean raw = decoded instanceof FetchRawBlockResponse;
                count(raw ? "s2c binary fetch_raw_block" : "s2c binary fetch_block");
            }
        }
    }

    private void checkTextRequest(Frame f, List<Frame> frames, int index) throws IOException {
        WsRequest decoded;
        try {
            decoded = WsJson.decodeRequest(f.data());
        } catch (WsRequestException e) {
            // Deliberate garbage in live-ws-errors: the adapter's next reply names the same error.
            JsonNode reply = JSON.readTree(nextReply(frames, index).data());
            assertThat(reply.get("code").asInt()).isEqualTo(65535);
            assertThat(reply.get("message").asText()).isEqualTo(e.getMessage());
            assertThat(reply.get("action").asText()).isEqualTo(e.action());
            assertThat(reply.get("req_id").asLong()).isEqualTo(e.reqId());
            assertThat(WsJson.encode(e.toErrorResponse(reply.get("timing").asLong()))).isEqualTo(
                    nextReply(frames, index).data());
            count("c2s text refused");
            return;
        }
        if (decoded instanceof UnknownRequest u) {
            JsonNode reply = JSON.readTree(nextReply(frames, index).data());
            assertThat(reply.get("action").asText()).isEqualTo(u.action());
            assertThat(reply.get("req_id").asLong()).isEqualTo(u.reqId());
            assertThat(reply.get("message").asText()).isIn("server not connected", u.errorMessage());
            count("c2s text unknown action");
        }
        // Every captured request carries all keys its record writes, so the trees are equal.
        assertThat(JSON.readTree(WsJson.encode(decoded))).isEqualTo(JSON.readTree(f.data()));
        count("c2s text ok");
    }

    private void checkBinaryRequest(Frame f, List<Frame> frames, int index) {
        WsBinaryRequest decoded;
        try {
            decoded = WsBinary.decodeRequest(f.bytes());
        } catch (WsRequestException e) {
            Frame reply = nextReply(frames, index);
            if (e.reply() == WsRequestException.Reply.FETCH_RAW_BLOCK) {
                FetchRawBlockResponse actual = (FetchRawBlockResponse) WsBinary.decodeResponse(reply.bytes());
                FetchRawBlockResponse expected = e.toFetchRawBlockResponse(actual.timing());
                assertThat(actual).isEqualTo(expected);
                assertThat(bytes(WsBinary.encode(expected))).isEqualTo(bytes(reply.bytes()));
            } else {
                assertThat(reply.text()).isTrue();
                long timing = WsJson.decodeResponse(reply.data()).timing();
                ErrorResponse expected = e.toErrorResponse(timing);
                assertThat(WsJson.encode(expected)).isEqualTo(reply.data());
            }
            count("c2s binary refused");
            return;
        }
        // No captured frame has bytes the adapter ignores (a non-zero id slot in binary_query, bytes after the
        // SQL or after the version of fetch_raw_block), so re-encoding gives the same bytes.
        assertThat(bytes(WsBinary.encode(decoded))).isEqualTo(bytes(f.bytes()));
        count("c2s binary ok");
    }

    private static Frame nextReply(List<Frame> frames, int index) {
        Frame request = frames.get(index);
        for (int i = index + 1; i < frames.size(); i++) {
            Frame f = frames.get(i);
            boolean frame = f.op().equals("text") || f.op().equals("binary");
            if (f.conn() == request.conn() && f.dir().equals("s2c") && frame) {
                return f;
            }
        }
        throw new AssertionError("no reply after " + request);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
