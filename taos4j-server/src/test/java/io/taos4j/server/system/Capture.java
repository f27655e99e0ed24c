package io.taos4j.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.RawBlock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The queries of a recorded JDBC session (shared/protocol/captures) with their replies: the SQL of each
 * {@code binary_query}, the {@code fields_*} of its JSON answer and the raw blocks of the {@code fetch_raw_block}
 * replies that follow (ws-sql.md §5.4).
 */
final class Capture {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One query and what the real server answered. */
    record Exchange(String sql, List<String> names, List<Integer> types, List<Integer> lengths,
                    List<RawBlock> blocks) {

        /** Every row of every block; values as Java objects (Long for integers, String for text). */
        List<List<Object>> rows() {
            List<List<Object>> out = new ArrayList<>();
            for (RawBlock b : blocks) {
                for (int r = 0; r < b.rows(); r++) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < b.columnCount(); c++) {
                        row.add(value(b, c, r));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    private Capture() {
    }

    static Path dir() {
        String shared = System.getProperty("taos4j.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
        Path dir = base.resolve("protocol/captures");
        assertThat(dir).as("capture directory (system property taos4j.shared or ../../shared)").isDirectory();
        return dir;
    }

    static List<Exchange> load(String file) throws IOException {
        Path path = dir().resolve(file);
        assertThat(path).as("capture file").isRegularFile();
        List<Exchange> out = new ArrayList<>();
        for (String line : Files.readAllLines(path)) {
            JsonNode frame = JSON.readTree(line);
            String dir = frame.path("dir").asText();
            String op = frame.path("op").asText();
            if (op.equals("binary")) {
                ByteBuffer b = ByteBuffer.wrap(HexFormat.of().parseHex(frame.path("data").asText()))
                        .order(ByteOrder.LITTLE_ENDIAN);
                if (dir.equals("c2s") && b.getLong(16) == 6) {
                    byte[] sql = new byte[b.getInt(26)];
                    b.get(30, sql);
                    out.add(new Exchange(new String(sql, StandardCharsets.UTF_8), new ArrayList<>(),
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                } else if (dir.equals("s2c") && b.getLong(0) == -1L && b.getLong(8) == 7 && !out.isEmpty()) {
                    int p = 42 + b.getInt(38) + 8;
                    if (b.get(p) == 0) {
                        int len = b.getInt(p + 1);
                        out.get(out.size() - 1).blocks().add(RawBlock.decode(b.array(), p + 5, len));
                    }
                }
            } else if (op.equals("text") && dir.equals("s2c") && !out.isEmpty()) {
                JsonNode reply = JSON.readTree(frame.path("data").asText());
                if (reply.path("action").asText().equals("binary_query") && reply.path("fields_names").isArray()) {
                    Exchange e = out.get(out.size() - 1);
                    reply.path("fields_names").forEach(n -> e.names().add(n.asText()));
                    reply.path("fields_types").forEach(n -> e.types().add(n.asInt()));
                    reply.path("fields_lengths").forEach(n -> e.lengths().add(n.asInt()));
                }
            }
        }
        return out;
    }

    /** The exchange whose SQL is exactly {@code sql}. */
    static Exchange find(List<Exchange> exchanges, String sql) {
        return exchanges.stream().filter(e -> e.sql().equals(sql)).findFirst()
                .orElseThrow(() -> new AssertionError("capture has no query " + sql));
    }

    private static Object value(RawBlock b, int c, int r) {
        if (b.isNull(c, r)) {
            return null;
        }
        TaosType t = b.type(c);
        return switch (t) {
            case VARCHAR, NCHAR, JSON -> b.getString(c, r);
            case BOOL -> b.getBoolean(c, r);
            case TINYINT -> (long) b.getByte(c, r);
            case SMALLINT -> (long) b.getShort(c, r);
            case INT -> (long) b.getInt(c, r);
            case BIGINT, TIMESTAMP -> b.getLong(c, r);
            case DOUBLE -> b.getDouble(c, r);
            default -> throw new IllegalArgumentException("type " + t + " not needed here");
        };
    }
}
