package io.taos4j.server.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SQL statement a real client sent to TDengine in {@code shared/protocol/captures} (ws-sql.md §4.2
 * {@code binary_query} frames, §5.5 {@code validate_sql} frames, JSON {@code query} and {@code stmt2_prepare}
 * requests) is handled like TDengine handled it: statements TDengine rejected with a parser error fail with the
 * same code and message; every other statement parses, except INSERT ... VALUES, which is the insert parser's.
 */
class CaptureSqlTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> PARSER_ERRORS = Set.of(0x2600, 0x2601, 0x2610, 0x2617);

    /** One captured statement and the server's answer (code 0 when it succeeded or failed later than parsing). */
    record Captured(String file, String sql, int code, String message) {
    }

    static Path capturesDir() {
        String shared = System.getProperty("taos4j.shared", "../../shared");
        Path dir = Path.of(shared, "protocol", "captures");
        if (!Files.isDirectory(dir)) {
            fail("capture directory not found: " + dir.toAbsolutePath() + " (set -Dtaos4j.shared)");
        }
        return dir;
    }

    static List<Captured> captured() throws IOException {
        List<Captured> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(capturesDir())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                all.addAll(read(file));
            }
        }
        return all;
    }

    private static List<Captured> read(Path file) throws IOException {
        List<JsonNode> frames = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                frames.add(JSON.readTree(line));
            }
        }
        List<Captured> out = new ArrayList<>();
        String name = file.getFileName().toString();
        for (int i = 0; i < frames.size(); i++) {
            JsonNode f = frames.get(i);
            if (!"c2s".equals(f.path("dir").asText())) {
                continue;
            }
            String op = f.path("op").asText();
            if ("binary".equals(op)) {
                ByteBuffer b = ByteBuffer.wrap(HexFormat.of().parseHex(f.path("data").asText()))
                        .order(ByteOrder.LITTLE_ENDIAN);
                if (b.remaining() < 31) {
                    continue;
                }
                long reqId = b.getLong(0);
                long action = b.getLong(16);
                int version = Short.toUnsignedInt(b.getShort(24));
                long length = Integer.toUnsignedLong(b.getInt(26));
                if ((action != 6 && action != 10) || version != 1 || length > b.remaining() - 30) {
                    continue;
                }
                String sql = new String(b.array(), 30, (int) length, StandardCharsets.UTF_8);
                JsonNode reply = reply(frames, i, action == 6 ? "binary_query" : "validate_sql", reqId);
                int code = 0;
                String message = "";
                if (reply != null && action == 6) {
                    code = reply.path("code").asInt() & 0xFFFF;
                    message = reply.path("message").asText();
                } else if (reply != null) {
                    code = (int) reply.path("result_code").asLong() & 0xFFFF;
                    message = null;
                }
                out.add(new Captured(name, sql, code, message));
            } else if ("text".equals(op)) {
                JsonNode body = parseOrNull(f.path("data").asText());
                if (body == null || !body.path("args").has("sql")) {
                    continue;
                }
                String action = body.path("action").asText();
                JsonNode reply = reply(frames, i, action, body.path("args").path("req_id").asLong());
                int code = reply == null ? 0 : reply.path("code").asInt() & 0xFFFF;
                String message = reply == null ? "" : reply.path("message").asText();
                out.add(new Captured(name, body.path("args").path("sql").asText(), code, message));
            }
        }
        return out;
    }

    /** The first server reply after frame {@code request} on the same connection with this action and req_id. */
    private static JsonNode reply(List<JsonNode> frames, int request, String action, long reqId) {
        int conn = frames.get(request).path("conn").asInt();
        for (int i = request + 1; i < frames.size(); i++) {
            JsonNode f = frames.get(i);
            if (f.path("conn").asInt() == conn && "s2c".equals(f.path("dir").asText())
                    && "text".equals(f.path("op").asText())) {
                JsonNode body = parseOrNull(f.path("data").asText());
                if (body != null && action.equals(body.path("action").asText())
                        && body.path("req_id").asLong() == reqId) {
                    return body;
                }
            }
        }
        return null;
    }

    private static JsonNode parseOrNull(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void capturesHoldManyStatements() throws IOException {
        List<Captured> all = captured();
        assertThat(all).hasSizeGreaterThan(150);
        assertThat(all).anyMatch(c -> c.code() == 0x2600);
        assertThat(all).anyMatch(c -> c.sql().contains("?"));
    }

    @TestFactory
    Stream<DynamicTest> everyCapturedStatement() throws IOException {
        return captured().stream().map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.sql(), () -> check(c)));
    }

    private static void check(Captured c) {
        String lower = c.sql().strip().toLowerCase(Locale.ROOT);
        boolean insert = lower.startsWith("insert") || lower.startsWith("import");
        if (PARSER_ERRORS.contains(c.code())) {
            assertThatThrownBy(() -> Parser.parse(c.sql()))
                    .isInstanceOf(SqlError.class)
                    .satisfies(e -> {
                        assertThat(((SqlError) e).code()).isEqualTo(c.code());
                        if (c.message() != null) {
                            assertThat(e.getMessage()).isEqualTo(c.message());
                        }
                    });
        } else if (insert && !lower.contains("select")) {
            assertThatThrownBy(() -> Parser.parse(c.sql()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("INSERT ... VALUES is parsed by the insert parser");
        } else {
            ParsedSql parsed = Parser.parse(c.sql());
            assertThat(parsed.statement()).isNotNull();
            assertThat(parsed.placeholderCount()).isEqualTo(count(c.sql(), '?'));
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
