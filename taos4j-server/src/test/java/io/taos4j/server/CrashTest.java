package io.taos4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kills a durable server process (SIGKILL, {@link Process#destroyForcibly()}) at random moments while it writes, then
 * checks that every acknowledged request is there and that no request is half there (per table). Half the cycles
 * write with SQL INSERT, half with {@code InsertPlan.Builder} (the path of stmt2 and schemaless). Bounded: a few
 * cycles of about a second of writing each. The random moments come from a seed printed on failure.
 */
class CrashTest {
    private static final int CYCLES = 4;

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash-test")).resolve("data-" + System.nanoTime());
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long next = 0;
        List<Long> acked = new ArrayList<>();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            long first = next;
            String mode = cycle % 2 == 0 ? "sql" : "plan";
            long lastAck = runAndKill(dir, mode, first, 300 + random.nextInt(900), cycle);
            for (long k = first; k <= lastAck; k++) {
                acked.add(k);
            }
            verify(dir, first, lastAck, acked, "seed " + seed + ", cycle " + cycle + " (" + mode + ")");
            next = Math.max(first, lastAck + 2) + 1000;
        }
        assertThat(acked).as("requests acknowledged over all cycles").hasSizeGreaterThan(CYCLES);
    }

    /** Runs a writer process, kills it {@code delayMs} after its first acknowledgement; returns the last ack. */
    private static long runAndKill(Path dir, String mode, long first, int delayMs, int cycle) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path acks = dir.resolveSibling(dir.getFileName() + "-cycle" + cycle + ".acks");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashServerMain.class.getName(), dir.toString(), mode, Long.toString(first), acks.toString());
        pb.redirectError(dir.resolveSibling(dir.getFileName() + "-cycle" + cycle + ".err").toFile());
        pb.redirectOutput(dir.resolveSibling(dir.getFileName() + "-cycle" + cycle + ".out").toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline && lastAck(acks, first) < first) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("writer process is running (see " + dir + "-cycle" + cycle + ".err)").isTrue();
        Thread.sleep(delayMs);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return lastAck(acks, first);
    }

    /** The last complete line of the acknowledgement file ({@code first - 1} when there is none). */
    private static long lastAck(Path acks, long first) throws IOException {
        if (!Files.exists(acks)) {
            return first - 1;
        }
        String text = Files.readString(acks, StandardCharsets.US_ASCII);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return first - 1;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return Long.parseLong(text.substring(start, end));
    }

    private static void verify(Path dir, long first, long lastAck, List<Long> acked, String context) {
        Map<String, long[]> groups = new HashMap<>();
        try (TaosServer server = TaosServer.builder().noTcp().localName("crash-verify").dataDir(dir).start()) {
            Session s = new Session("root", null, ZoneOffset.UTC);
            Result.Query q = (Result.Query) server.engine().execute(s,
                    "select tbname, v, count(*), sum(w), last(s) from crash.st group by tbname, v");
            try (var op = q.rows()) {
                Batch b;
                while ((b = op.next()) != null) {
                    for (int r = 0; r < b.rows(); r++) {
                        Object[] row = new Object[5];
                        for (int c = 0; c < 5; c++) {
                            row[c] = Values.get(b.column(c), r, q.fields().get(c).type());
                        }
                        String name = row[0] instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                : String.valueOf(row[0]);
                        long v = ((Number) row[1]).longValue();
                        groups.put(name + "/" + v, new long[] {((Number) row[2]).longValue(),
                                ((Number) row[3]).longValue()});
                        int n = CrashServerMain.rows(v);
                        String max = row[4] instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                : String.valueOf(row[4]);
                        assertThat(max).as(context + ": last(s) of request " + v + " in " + name)
                                .isEqualTo("r" + v + "_" + (n - 1));
                    }
                }
            }
        }
        for (Map.Entry<String, long[]> e : groups.entrySet()) {
            long v = Long.parseLong(e.getKey().substring(e.getKey().indexOf('/') + 1));
            int n = CrashServerMain.rows(v);
            assertThat(e.getValue()).as(context + ": request " + e.getKey() + " is whole (all-or-nothing per table)")
                    .containsExactly(n, (long) n * (n - 1) / 2);
            assertThat(v).as(context + ": no request after the one in flight").isLessThanOrEqualTo(lastAck + 1);
        }
        for (long k : acked) {
            for (int t : CrashServerMain.tables(k)) {
                assertThat(groups).as(context + ": acknowledged request " + k + " in t" + t).containsKey("t" + t + "/" + k);
            }
        }
    }
}
