package io.taos4j.protocol.stmt;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The {@code stmt2_bind} frames the recorded sessions sent (shared/protocol/captures). */
final class Stmt2Captures {
    static final List<String> FILES = List.of("jdbc-3.7.9-stmt.jsonl", "jdbc-3.7.9-stmtext.jsonl",
            "live-ws-stmt2.jsonl", "live-jdbc-stmt2-ns.jsonl");

    /** One recorded frame and where it came from. */
    record Frame(String source, byte[] bytes) {
        ByteBuffer payload() {
            return ByteBuffer.wrap(bytes, 30, bytes.length - 30).slice();
        }

        @Override
        public String toString() {
            return source + " (" + bytes.length + " bytes)";
        }
    }

    private Stmt2Captures() {
    }

    static Path dir() {
        String shared = System.getProperty("taos4j.shared");
        Path dir = (shared != null ? Path.of(shared) : Path.of("../../shared")).resolve("protocol/captures");
        if (!Files.isDirectory(dir)) {
            fail("capture directory not found: " + dir.toAbsolutePath() + " (set -Dtaos4j.shared)");
        }
        return dir;
    }

    /** Every binary client frame with action 9, in file order. */
    static List<Frame> bindFrames() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Frame> out = new ArrayList<>();
        for (String file : FILES) {
            int line = 0;
            for (String text : Files.readAllLines(dir().resolve(file))) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(text);
                if (!o.get("op").asText().equals("binary") || !o.get("dir").asText().equals("c2s")) {
                    continue;
                }
                byte[] bytes = HexFormat.of().parseHex(o.get("data").asText());
                if (bytes.length >= 24 && ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(16) == 9) {
                    out.add(new Frame(file + ":" + line, bytes));
                }
            }
        }
        return out;
    }
}
