package io.taos4j.server.robust;

import static io.taos4j.server.robust.Fixture.assertError;
import static io.taos4j.server.robust.Fixture.binary;
import static io.taos4j.server.robust.Fixture.json;
import static io.taos4j.server.robust.Fixture.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taos4j.protocol.ws.FetchRawBlockResponse;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.server.TaosServer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Results and connections are released on every path: read to the end, freed (also twice), left open when the
 * connection closes or is reset mid-fetch, thousands left unfreed on one connection. Requests pipelined on one
 * connection are all answered, in order. The server's counters ({@code TaosServer.stats()}) show what is held.
 */
class ResultLifecycleTest {
    private static TaosServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Fixture.start(TaosServer.builder());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void healthy() throws Exception {
        Fixture.assertHealthy(server);
    }

    @Test
    void readingToTheEndFreesTheResult() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            long id = json(Fixture.query(ws, 80, "select * from robust.t")).path("id").asLong();
            assertThat(server.stats().openResults()).isEqualTo(1);
            int rows = 0;
            while (true) {
                ws.binary(binary(81, id, 7, version(1)));
                FetchRawBlockResponse r = fetch(ws);
                assertThat(r.code()).isZero();
                if (r.finished()) {
                    break;
                }
                rows += io.taos4j.protocol.block.RawBlock.decode(r.block()).rows();
            }
            assertThat(rows).isEqualTo(Fixture.ROWS);
            assertThat(server.stats().openResults()).isZero();
            ws.binary(binary(82, id, 7, version(1)));
            assertThat(fetch(ws).message()).isEqualTo("result is nil");
            // the old protocol: fetch_block needs a fetch first; completion frees the result
            long old = json(Fixture.query(ws, 83, "select count(*) from robust.t")).path("id").asLong();
            ws.text("{\"action\":\"fetch_block\",\"args\":{\"req_id\":84,\"id\":" + old + "}}");
            assertError(ws.nextText(), 65535, "block is nil", "fetch_block", 84);
            ws.text("{\"action\":\"fetch\",\"args\":{\"req_id\":85,\"id\":" + old + "}}");
            assertThat(json(ws.nextText()).path("rows").asInt()).isEqualTo(1);
            ws.text("{\"action\":\"fetch_block\",\"args\":{\"req_id\":86,\"id\":" + old + "}}");
            assertThat(ws.nextBinary()).hasSizeGreaterThan(16);
            ws.text("{\"action\":\"fetch\",\"args\":{\"req_id\":87,\"id\":" + old + "}}");
            assertThat(json(ws.nextText()).path("completed").asBoolean()).isTrue();
            assertThat(server.stats().openResults()).isZero();
            ws.text("{\"action\":\"fetch\",\"args\":{\"req_id\":88,\"id\":" + old + "}}");
            assertError(ws.nextText(), 65535, "result is nil", "fetch", 88);
            ws.text("{\"action\":\"fetch_block\",\"args\":{\"req_id\":89,\"id\":" + old + "}}");
            assertError(ws.nextText(), 65535, "result is nil", "fetch_block", 89);
        }
    }

    @Test
    void resultsLeftOpenAreFreedWhenTheConnectionEnds() throws Exception {
        // closed normally, reset mid-fetch, reset with a fetch in flight
        for (int way = 0; way < 3; way++) {
            RawWs ws = Fixture.login(server);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(json(Fixture.query(ws, 90 + i, "select * from robust.t")).path("id").asLong());
            }
            ws.binary(binary(120, ids.get(0), 7, version(1)));
            assertThat(fetch(ws).finished()).isFalse();
            assertThat(server.stats().openResults()).isEqualTo(20);
            if (way == 0) {
                ws.close();
            } else {
                if (way == 2) {
                    for (long id : ids) {
                        ws.binary(binary(121, id, 7, version(1)));
                    }
                }
                ws.reset();
            }
            Fixture.assertHealthy(server);
        }
    }

    @Test
    void thousandsOfUnfreedResultsAreHeldAndReleased() throws Exception {
        int n = 3000;
        try (RawWs ws = Fixture.login(server)) {
            // pipelined: n queries sent before any reply is read
            for (int i = 0; i < n; i++) {
                ws.text("{\"action\":\"query\",\"args\":{\"req_id\":" + (1000 + i)
                        + ",\"sql\":\"select v from robust.t where v < 100\"}}");
            }
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < n; i++) {
                JsonNode r = json(ws.nextText());
                assertThat(r.path("req_id").asLong()).as("replies in request order").isEqualTo(1000 + i);
                assertThat(r.path("code").asInt()).isZero();
                ids.add(r.path("id").asLong());
            }
            assertThat(ids).hasSize(n);
            assertThat(server.stats().openResults()).isEqualTo(n);
            // free half of them explicitly, twice
            int freed = 0;
            for (long id : ids) {
                if (freed++ % 2 == 0) {
                    HostileBinaryTest.free(ws, id);
                    HostileBinaryTest.free(ws, id);
                }
            }
            ws.text("{\"action\":\"version\",\"args\":{\"req_id\":7}}");
            assertThat(json(ws.nextText()).path("req_id").asLong()).isEqualTo(7);
            assertThat(server.stats().openResults()).isEqualTo(n / 2);
        }
    }

    @Test
    void interleavedRequestsOnOneConnection() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            long a = json(Fixture.query(ws, 200, "select * from robust.t")).path("id").asLong();
            long b = json(Fixture.query(ws, 201, "select v, s from robust.t where v >= 1500")).path("id").asLong();
            // fetches of two results, a version, a bad frame and a JSON fetch, all in flight together
            ws.binary(binary(202, a, 7, version(1)));
            ws.binary(binary(203, b, 7, version(1)));
            ws.text("{\"action\":\"version\",\"args\":{\"req_id\":204}}");
            ws.binary(binary(205, a, 7, version(2)));
            ws.binary(new byte[3]);
            ws.binary(binary(206, b, 7, version(1)));
            ws.text("{\"action\":\"fetch\",\"args\":{\"req_id\":207,\"id\":" + a + "}}");
            ws.text("{bad");
            ws.binary(binary(208, a, 7, version(1)));
            assertThat(fetch(ws).reqId()).isEqualTo(202);
            assertThat(fetch(ws).reqId()).isEqualTo(203);
            assertThat(json(ws.nextText()).path("req_id").asLong()).isEqualTo(204);
            FetchRawBlockResponse bad = fetch(ws);
            assertThat(bad.reqId()).isEqualTo(205);
            assertThat(bad.message()).isEqualTo("unknown fetch raw block version");
            assertThat(json(ws.nextText()).path("message").asText()).isEqualTo("message length is too short");
            assertThat(fetch(ws).reqId()).isEqualTo(206);
            assertThat(json(ws.nextText()).path("req_id").asLong()).isEqualTo(207);
            assertThat(json(ws.nextText()).path("message").asText()).isEqualTo("unmarshal request error");
            assertThat(fetch(ws).reqId()).isEqualTo(208);
            HostileBinaryTest.free(ws, a);
            HostileBinaryTest.free(ws, b);
        }
    }

    @Test
    void aClosedServerLeavesNoThreads() throws Exception {
        // the threads this server started: server threads alive now that were not before (servers of other test
        // classes start none while idle, but keep theirs, so a count over the whole JVM would not be this server's)
        java.util.Set<Thread> before = serverThreads();
        TaosServer other = TaosServer.builder().port(0).localName("robust-threads").start();
        java.util.Set<Thread> mine = new java.util.HashSet<>();
        try (RawWs ws = Fixture.login(other)) {
            Fixture.query(ws, 1, "select 1");
            mine.addAll(serverThreads());
            mine.removeAll(before);
            assertThat(mine).as("threads started by the server").isNotEmpty();
            other.close();
            assertThat(ws.awaitEnd().closeStatus()).as("closed by the server: going away").isEqualTo(1001);
        }
        assertThat(mine.stream().filter(Thread::isAlive).map(Thread::getName).toList())
                .as("threads of the closed server still alive").isEmpty();
        assertThat(other.stats().connections()).isZero();
        assertThat(other.stats().openResults()).isZero();
    }

    private static java.util.Set<Thread> serverThreads() {
        java.util.Set<Thread> out = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (t.isAlive() && (name.startsWith("taos4j-request") || name.startsWith("taos4j-io")
                    || name.startsWith("taos4j-accept") || name.startsWith("taos4j-local"))) {
                out.add(t);
            }
        }
        return out;
    }

    private static FetchRawBlockResponse fetch(RawWs ws) throws Exception {
        return (FetchRawBlockResponse) WsBinary.decodeResponse(ByteBuffer.wrap(ws.nextBinary()));
    }
}
