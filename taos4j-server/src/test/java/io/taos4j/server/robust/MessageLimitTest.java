package io.taos4j.server.robust;

import static io.taos4j.server.robust.Fixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message size limit ({@code TaosServer.Builder.maxMessageSize}, 64 KiB here): a frame declaring more, a
 * fragmented message adding up to more, and a compressed message inflating to more (a deflate bomb) all close the
 * connection with status 1009 without the server buffering them; messages within the limit work, compressed or not.
 */
class MessageLimitTest {
    private static final int LIMIT = 64 << 10;
    private static final String DEFLATE = "Sec-WebSocket-Extensions: permessage-deflate; client_no_context_takeover;"
            + " server_no_context_takeover\r\n";
    private static TaosServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Fixture.start(TaosServer.builder().maxMessageSize(LIMIT));
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
    void aFrameDeclaringMoreIsRefusedAtOnce() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            ws.frame(true, 0, RawWs.BINARY, new byte[16], true, 10L << 20);
            assertThat(ws.awaitEnd().closeStatus()).isEqualTo(1009);
        }
        try (RawWs ws = Fixture.login(server)) {
            ws.frame(true, 0, RawWs.TEXT, new byte[0], true, Long.MAX_VALUE);
            assertThat(ws.awaitEnd().closeStatus()).isIn(1002, 1009);
        }
    }

    @Test
    void fragmentsAddingUpToMoreAreRefused() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            byte[] part = new byte[30 << 10];
            Arrays.fill(part, (byte) ' ');
            ws.frame(false, RawWs.TEXT, part);
            ws.frame(false, RawWs.CONT, part);
            ws.frame(true, RawWs.CONT, part);
            assertThat(ws.awaitEnd().closeStatus()).isEqualTo(1009);
        }
    }

    @Test
    void aDeflateBombIsRefused() throws Exception {
        try (RawWs ws = RawWs.connect(server.port(), DEFLATE)) {
            assertThat(ws.handshakeReply()).containsIgnoringCase("permessage-deflate");
            ws.frame(true, 4, RawWs.TEXT, deflate(Fixture.CONN.getBytes(StandardCharsets.UTF_8)), true,
                    deflate(Fixture.CONN.getBytes(StandardCharsets.UTF_8)).length);
            assertThat(json(new String(inflated(ws.next()), StandardCharsets.UTF_8)).path("code").asInt()).isZero();
            byte[] bomb = new byte[16 << 20];
            Arrays.fill(bomb, (byte) ' ');
            byte[] small = deflate(bomb);
            assertThat(small.length).isLessThan(LIMIT);
            ws.frame(true, 4, RawWs.TEXT, small, true, small.length);
            assertThat(ws.awaitEnd().closeStatus()).isEqualTo(1009);
        }
    }

    @Test
    void messagesWithinTheLimitWork() throws Exception {
        String padding = "x".repeat(LIMIT - 200);
        String sql = "select count(*) from robust.t where s <> '" + padding + "'";
        try (RawWs ws = Fixture.login(server)) {
            var reply = json(Fixture.query(ws, 70, sql));
            assertThat(reply.path("code").asInt()).isZero();
            HostileBinaryTest.free(ws, reply.path("id").asLong());
        }
        try (RawWs ws = RawWs.connect(server.port(), DEFLATE)) {
            byte[] conn = deflate(Fixture.CONN.getBytes(StandardCharsets.UTF_8));
            ws.frame(true, 4, RawWs.TEXT, conn, true, conn.length);
            assertThat(json(new String(inflated(ws.next()), StandardCharsets.UTF_8)).path("code").asInt()).isZero();
            byte[] q = deflate(("{\"action\":\"query\",\"args\":{\"req_id\":71,\"sql\":\"" + sql + "\"}}")
                    .getBytes(StandardCharsets.UTF_8));
            ws.frame(true, 4, RawWs.TEXT, q, true, q.length);
            var reply = json(new String(inflated(ws.next()), StandardCharsets.UTF_8));
            assertThat(reply.path("code").asInt()).isZero();
            byte[] free = deflate(("{\"action\":\"free_result\",\"args\":{\"req_id\":72,\"id\":" + reply.path("id")
                    + "}}").getBytes(StandardCharsets.UTF_8));
            ws.frame(true, 4, RawWs.TEXT, free, true, free.length);
        }
    }

    /** permessage-deflate payload: raw deflate, sync-flushed, without the trailing 00 00 ff ff. */
    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 << 10];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
        d.end();
        byte[] b = out.toByteArray();
        return Arrays.copyOf(b, b.length - 4);
    }

    private static byte[] inflated(RawWs.Message m) throws Exception {
        if (!m.compressed()) {
            return m.payload();
        }
        java.util.zip.Inflater inf = new java.util.zip.Inflater(true);
        byte[] in = Arrays.copyOf(m.payload(), m.payload().length + 4);
        in[in.length - 2] = (byte) 0xFF;
        in[in.length - 1] = (byte) 0xFF;
        inf.setInput(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = inf.inflate(buf)) > 0) {
            out.write(buf, 0, n);
        }
        inf.end();
        return out.toByteArray();
    }
}
