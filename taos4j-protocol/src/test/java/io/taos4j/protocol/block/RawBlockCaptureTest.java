package io.taos4j.protocol.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every raw block recorded from a real TDengine 3.3.7.5 / taosAdapter 3.3.7.5 (shared/protocol/captures) must
 * validate, and re-encoding its decoded columns must give back the original bytes exactly.
 *
 * <p>Carriers (ws-sql.md §5, tmq.md §5–6): {@code /ws} {@code fetch_raw_block} replies (binary action 7) and
 * {@code fetch_block} replies (u64 timing, u64 result id, block); {@code /rest/tmq} {@code fetch_block} replies
 * (u64 timing, u64 req id, u64 message id, block) and the blocks inside {@code fetch_raw_data} data payloads. TMQ
 * blocks with a JSON column are skipped: inside TMQ data JSON is TDengine's binary tag encoding, not text.
 */
class RawBlockCaptureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MARKER = -1L;

    private final TreeMap<String, Integer> checkedByCarrier = new TreeMap<>();
    private int skippedTmqJson;

    static Path capturesDir() {
        String shared = System.getProperty("taos4j.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
        Path dir = base.resolve("protocol/captures");
        assertThat(dir).as("capture directory (system property taos4j.shared or ../../shared)").isDirectory();
        return dir;
    }

    @Test
    void everyCapturedBlockRoundTripsByteForByte(TestReporter reporter) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(capturesDir())) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            int lineNo = 0;
            for (String line : Files.readAllLines(file)) {
                lineNo++;
                JsonNode frame = JSON.readTree(line);
                if (frame.path("dir").asText().equals("s2c") && frame.path("op").asText().equals("binary")) {
                    byte[] data = BlockFixtures.hex(frame.path("data").asText());
                    String where = file.getFileName() + ":" + lineNo;
                    frame(where, frame.path("path").asText(), ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN));
                }
            }
        }
        int total = checkedByCarrier.values().stream().mapToInt(Integer::intValue).sum();
        String summary = "raw blocks verified: " + total + " " + checkedByCarrier + ", TMQ blocks with JSON skipped: "
                + skippedTmqJson;
        reporter.publishEntry("capturedBlocks", summary);
        System.out.println(summary);
        assertThat(total).as(summary).isGreaterThan(90);
        assertThat(checkedByCarrier.getOrDefault("ws fetch_raw_block", 0)).isGreaterThanOrEqualTo(93);
        assertThat(checkedByCarrier).containsKeys("ws fetch_block", "tmq fetch_block", "tmq fetch_raw_data");
    }

    private void frame(String where, String path, ByteBuffer b) {
        int n = b.limit();
        boolean marked = n >= 16 && b.getLong(0) == MARKER;
        if (path.equals("/ws")) {
            if (marked && b.getLong(8) == 7) {
                fetchRawBlock(where, b);
            } else if (!marked && looksLikeBlockAt(b, 16)) {
                check(where, "ws fetch_block", b, 16, n - 16);
            }
        } else if (path.equals("/rest/tmq")) {
            if (marked && b.getLong(8) == 8) {
                fetchRawData(where, b);
            } else if (!marked && looksLikeBlockAt(b, 24)) {
                check(where, "tmq fetch_block", b, 24, n - 24);
            }
        }
    }

    /** A frame whose tail from {@code at} is a version 1 or 2 block filling it exactly. */
    private static boolean looksLikeBlockAt(ByteBuffer b, int at) {
        int n = b.limit();
        if (n < at + RawBlock.HEADER_SIZE) {
            return false;
        }
        int version = b.getInt(at);
        return (version == 1 || version == 2) && b.getInt(at + 4) == n - at;
    }

    /** ws-sql.md §5.4: marker, action, u16 version, timing, req_id, code, msg_len, msg, result id, finished. */
    private void fetchRawBlock(String where, ByteBuffer b) {
        int msgLen = b.getInt(38);
        int p = 42 + msgLen + 8;
        if (b.get(p) != 0) {
            return;
        }
        int blockLen = b.getInt(p + 1);
        assertThat(p + 5 + blockLen).as(where + " frame ends with the block").isEqualTo(b.limit());
        check(where, "ws fetch_raw_block", b, p + 5, blockLen);
    }

    /** tmq.md §5.2–5.3: the blocks of a data (meta_type 2) or meta+data (meta_type 4) payload. */
    private void fetchRawData(String where, ByteBuffer b) {
        int msgLen = b.getInt(38);
        int p = 42 + msgLen + 8;
        if (b.getInt(34) != 0 || b.limit() < p + 6) {
            return;
        }
        int metaType = b.getShort(p) & 0xFFFF;
        if (metaType != 2 && metaType != 4) {
            return;
        }
        Reader r = new Reader(b, p + 6);
        assertThat(r.i8()).as(where + " payload marker").isGreaterThanOrEqualTo(100);
        r.skip(r.i32());
        int blockNum = r.i32();
        if (blockNum == 0) {
            return;
        }
        boolean withTbname = r.i8() != 0;
        boolean withSchema = r.i8() != 0;
        assertThat(withSchema).as(where + " with_schema").isTrue();
        for (int i = 0; i < blockNum; i++) {
            int blockLen = r.u32v();
            int prefixAt = r.pos;
            long prefixRows = b.duplicate().order(ByteOrder.BIG_ENDIAN).getLong(prefixAt + 8);
            int blockAt = prefixAt + 18;
            r.pos = prefixAt + blockLen;
            List<Integer> schemaTypes = new ArrayList<>();
            int cols = r.i32v();
            r.i32v(); // schema version
            for (int c = 0; c < cols; c++) {
                schemaTypes.add(r.i8());
                r.i8(); // flags
                r.i32v(); // bytes
                r.i16v(); // column id
                r.skip(r.u32v()); // name incl. NUL
            }
            if (withTbname) {
                r.skip(r.u32v());
            }
            if (schemaTypes.contains(TaosType.JSON.code())) {
                skippedTmqJson++;
                continue;
            }
            RawBlock block = check(where + " block " + i, "tmq fetch_raw_data", b, blockAt, blockLen - 18);
            assertThat(block.rows()).as(where + " prefix rows").isEqualTo(prefixRows);
            assertThat(block.version()).isEqualTo(2);
        }
    }

    private RawBlock check(String where, String carrier, ByteBuffer frame, int at, int length) {
        byte[] original = new byte[length];
        frame.get(at, original);
        RawBlock block = RawBlock.decode(frame.duplicate().position(at));
        assertThat(block.length()).as(where + " block length").isEqualTo(length);

        List<ColumnVector> vectors = new ArrayList<>();
        for (int c = 0; c < block.columnCount(); c++) {
            vectors.add(block.toVector(c));
        }
        ByteBuffer out = ByteBuffer.allocate(length + 3);
        out.put((byte) 0x5A);
        RawBlockEncoder.encode(out, block.version(), block.groupId(), block.schemas(), vectors, 0, block.rows());
        assertThat(out.position()).as(where + " encoded length").isEqualTo(1 + length);
        byte[] encoded = Arrays.copyOfRange(out.array(), 1, 1 + length);
        assertThat(BlockFixtures.hex(encoded)).as(where + " re-encoded " + block)
                .isEqualTo(BlockFixtures.hex(original));
        checkedByCarrier.merge(carrier, 1, Integer::sum);
        return block;
    }

    /** Little-endian cursor with the varints of tmq.md §5.3. */
    private static final class Reader {
        final ByteBuffer b;
        int pos;

        Reader(ByteBuffer b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        int i8() {
            return b.get(pos++);
        }

        int i32() {
            int v = b.getInt(pos);
            pos += 4;
            return v;
        }

        void skip(int n) {
            pos += n;
        }

        int u32v() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int x = b.get(pos++) & 0xFF;
                v |= (x & 0x7F) << shift;
                if (x < 0x80) {
                    return v;
                }
            }
        }

        int i32v() {
            int z = u32v();
            return (z >>> 1) ^ -(z & 1);
        }

        int i16v() {
            return i32v();
        }
    }
}
