package io.taos4j.server.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the recorded WebSocket sessions in {@code shared/protocol/captures} (format: captures/README.md). */
final class Captures {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded frame. */
    record Frame(int conn, String path, boolean fromClient, String op, String text, byte[] bytes) {
        boolean isText() {
            return op.equals("text");
        }

        boolean isBinary() {
            return op.equals("binary");
        }
    }

    private Captures() {
    }

    /** The captures directory; fails (not skips) when the shared reference material is missing. */
    static Path directory() {
        String shared = System.getProperty("taos4j.shared");
        Path dir = shared != null ? Paths.get(shared, "protocol", "captures") : Paths.get("../../shared/protocol/captures");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("capture files not found at " + dir.toAbsolutePath()
                    + " (the shared reference directory must sit beside the repository)");
        }
        return dir;
    }

    /** Frames of one capture file grouped by connection, in recorded order. */
    static Map<Integer, List<Frame>> read(String file) throws IOException {
        Map<Integer, List<Frame>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(directory().resolve(file))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = JSON.readTree(line);
            String op = o.get("op").asText();
            String data = o.get("data").asText();
            byte[] bytes = op.equals("binary") || op.equals("close") || op.equals("ping") || op.equals("pong")
                    ? HexFormat.of().parseHex(data) : null;
            Frame f = new Frame(o.get("conn").asInt(), o.get("path").asText(), o.get("dir").asText().equals("c2s"),
                    op, op.equals("binary") ? null : data, bytes);
            out.computeIfAbsent(f.conn(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
