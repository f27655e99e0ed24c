package io.taos4j.server.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.server.TaosServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of every client frame recorded with a real TDengine (shared/protocol/captures), sent to
 * the server over real sockets. Each case must be answered with well-formed replies (JSON with the five common
 * fields, or a decodable binary frame), never an internal error, and the connection must stay open; afterwards the
 * server must hold nothing and its data must be intact.
 *
 * <p>Reproducible: {@code -Dtaos4j.fuzz.seed=N} picks the seed (printed on failure) and {@code -Dtaos4j.fuzz.cases=N}
 * the number of cases.
 */
class CaptureFuzzTest {
    private static final long SEED = Long.getLong("taos4j.fuzz.seed", 0x7a05_4a11L);
    private static final int CASES = Integer.getInteger("taos4j.fuzz.cases", 3000);
    private static final long SENTINEL = 1L << 60;

    /** A recorded client frame: text, or binary bytes. */
    private record Frame(String text, byte[] bytes) {
        String describe() {
            return text != null ? "text " + text : "binary " + HexFormat.of().formatHex(bytes);
        }
    }

    private final List<Long> liveIds = new ArrayList<>();
    private Random random;

    @Test
    void mutatedCapturedFramesNeverHurtTheServer() throws Exception {
        List<Frame> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(500);
        random = new Random(SEED);
        Mutator mutator = new Mutator(random, this::liveId);
        try (TaosServer server = Fixture.start(TaosServer.builder())) {
            RawWs ws = Fixture.login(server);
            int sent = 0;
            for (int i = 0; i < CASES; i++) {
                if (i % 400 == 399) {
                    ws.close();
                    ws = Fixture.login(server);
                    liveIds.clear();
                }
                Frame f = corpus.get(random.nextInt(corpus.size()));
                Frame m = f.text() != null ? new Frame(mutator.text(f.text()), null)
                        : new Frame(null, mutator.binary(f.bytes()));
                try {
                    if (random.nextInt(50) == 0) {
                        // now and then on a socket without conn
                        try (RawWs fresh = RawWs.connect(server.port())) {
                            exchange(fresh, m, i);
                        }
                    } else {
                        long t0 = System.nanoTime();
                        exchange(ws, m, i);
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        if (ms > 50) {
                            System.out.println("SLOW " + ms + " ms: " + m.describe());
                        }
                    }
                    sent++;
                } catch (IOException | AssertionError e) {
                    throw new AssertionError("fuzz case " + i + " of seed " + SEED + " (-Dtaos4j.fuzz.seed=" + SEED
                            + "): " + m.describe() + "\n  mutated from: " + f.describe(), e);
                }
                assertThat(server.stats().unexpectedErrors()).as("server-side failures after case " + i
                        + " of seed " + SEED + ": " + m.describe()).isZero();
            }
            ws.close();
            assertThat(sent).isEqualTo(CASES);
            Fixture.assertHealthy(server);
        }
    }

    /** Sends one frame, then a version request, and checks every reply up to the version reply. */
    private void exchange(RawWs ws, Frame m, int i) throws IOException {
        if (m.text() != null) {
            ws.text(m.text());
        } else {
            ws.binary(m.bytes());
        }
        long sentinel = SENTINEL + i;
        ws.text("{\"action\":\"version\",\"args\":{\"req_id\":" + sentinel + "}}");
        while (true) {
            RawWs.Message reply = ws.next();
            if (reply.opcode() == RawWs.BINARY) {
                WsBinary.decodeResponse(ByteBuffer.wrap(reply.payload()));
                continue;
            }
            assertThat(reply.opcode()).as("a text or binary reply, not a close").isEqualTo(RawWs.TEXT);
            JsonNode n = Fixture.json(reply.text());
            assertThat(n.path("code").isInt()).as(reply.text()).isTrue();
            assertThat(n.path("message").isTextual()).as(reply.text()).isTrue();
            assertThat(n.path("action").isTextual()).as(reply.text()).isTrue();
            assertThat(n.path("req_id").isIntegralNumber()).as(reply.text()).isTrue();
            assertThat(n.path("timing").isIntegralNumber()).as(reply.text()).isTrue();
            assertThat(n.path("code").asInt()).as("internal error: " + reply.text()).isNotEqualTo(0x02FF);
            if (n.path("action").asText().equals("version") && n.path("req_id").asLong() == sentinel) {
                return;
            }
            long id = n.path("id").asLong();
            if (n.path("code").asInt() == 0 && id > 0 && liveIds.size() < 64) {
                liveIds.add(id);
            }
        }
    }

    private long liveId() {
        return liveIds.isEmpty() || random.nextInt(4) == 0 ? random.nextInt(4)
                : liveIds.get(random.nextInt(liveIds.size()));
    }

    /** Every recorded client text and binary frame of every capture file. */
    private static List<Frame> corpus() throws IOException {
        String shared = System.getProperty("taos4j.shared");
        Path dir = shared != null ? Paths.get(shared, "protocol", "captures")
                : Paths.get("../../shared/protocol/captures");
        List<Frame> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jsonl")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path p : sorted) {
                for (String line : Files.readAllLines(p)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode o = Fixture.json(line);
                    if (!o.path("dir").asText().equals("c2s")) {
                        continue;
                    }
                    String op = o.path("op").asText();
                    if (op.equals("text")) {
                        out.add(new Frame(o.path("data").asText(), null));
                    } else if (op.equals("binary")) {
                        out.add(new Frame(null, HexFormat.of().parseHex(o.path("data").asText())));
                    }
                }
            }
        }
        return out;
    }
}
