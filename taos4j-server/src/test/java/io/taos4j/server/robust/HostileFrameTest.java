package io.taos4j.server.robust;

import static io.taos4j.server.robust.Fixture.assertError;
import static io.taos4j.server.robust.Fixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket and HTTP layers under hostile input: fragmented messages, control frames, frames that break RFC 6455
 * (answered with close status 1002 and the connection closed), bad upgrade requests, and connections cut mid-frame.
 */
class HostileFrameTest {
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
    void fragmentedTextWithPingsInBetween() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            byte[] q = "{\"action\":\"query\",\"args\":{\"req_id\":60,\"sql\":\"select count(*) from robust.t\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            ws.frame(false, RawWs.TEXT, Arrays.copyOfRange(q, 0, 10));
            ws.frame(true, RawWs.PING, "mid".getBytes(StandardCharsets.UTF_8));
            ws.frame(false, RawWs.CONT, Arrays.copyOfRange(q, 10, 40));
            ws.frame(false, RawWs.CONT, new byte[0]);
            ws.frame(true, RawWs.PONG, new byte[3]); // unsolicited: ignored
            ws.frame(true, RawWs.CONT, Arrays.copyOfRange(q, 40, q.length));
            RawWs.Message pong = ws.next();
            assertThat(pong.opcode()).isEqualTo(RawWs.PONG);
            assertThat(pong.text()).isEqualTo("mid");
            var reply = json(ws.nextText());
            assertThat(reply.path("req_id").asLong()).isEqualTo(60);
            HostileBinaryTest.free(ws, reply.path("id").asLong());
            byte[] big = new byte[125];
            Arrays.fill(big, (byte) 'p');
            ws.frame(true, RawWs.PING, big);
            assertThat(ws.next().payload()).isEqualTo(big);
            // a binary message in fragments
            byte[] fetch = Fixture.binary(61, 999, 7, Fixture.version(1));
            ws.frame(false, RawWs.BINARY, Arrays.copyOfRange(fetch, 0, 5));
            ws.frame(true, RawWs.CONT, Arrays.copyOfRange(fetch, 5, fetch.length));
            assertThat(ws.nextBinary()).hasSize(64);
        }
    }

    @Test
    void protocolViolationsCloseWith1002() throws Exception {
        byte[][] violations = {
            frame(0x83, false, 0),                      // reserved opcode 3
            frame(0xC1, true, 2),                       // RSV1 without an extension
            frame(0x80, true, 2),                       // continuation outside a fragmented message
            frame(0x09, true, 1),                       // fragmented ping
            frame(0x81, false, 2),                      // unmasked client frame
            frame(0x89, true, 126),                     // ping longer than 125 bytes
        };
        for (byte[] v : violations) {
            try (RawWs ws = Fixture.login(server)) {
                ws.raw(v);
                RawWs.Message close = ws.awaitEnd();
                assertThat(close).as("a Close frame before the end").isNotNull();
                assertThat(close.closeStatus()).isEqualTo(1002);
            }
        }
        try (RawWs ws = Fixture.login(server)) {
            ws.frame(false, RawWs.TEXT, "{\"act".getBytes(StandardCharsets.UTF_8));
            ws.frame(true, RawWs.TEXT, "{}".getBytes(StandardCharsets.UTF_8)); // new message inside a fragmented one
            assertThat(ws.awaitEnd().closeStatus()).isEqualTo(1002);
        }
    }

    @Test
    void invalidUtf8TextIsABadRequestNotAFailure() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            ws.frame(true, RawWs.TEXT, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
            assertError(ws.nextText(), 65535, "unmarshal request error", "", 0);
            ws.frame(true, RawWs.TEXT, ("{\"action\":\"query\",\"args\":{\"req_id\":62,\"sql\":\"select '\u00ff"
                    + "'\"}}").getBytes(StandardCharsets.ISO_8859_1));
            var reply = json(ws.nextText());
            assertThat(reply.path("req_id").asLong()).isEqualTo(62);
            if (reply.path("id").asLong() != 0) {
                HostileBinaryTest.free(ws, reply.path("id").asLong());
            }
        }
    }

    @Test
    void closeHandshakeAndFramesAfterIt() throws Exception {
        try (RawWs ws = Fixture.login(server)) {
            // a Close followed, in the same write, by an INSERT: nothing after the Close is read
            byte[] close = {(byte) 0x88, (byte) 0x82, 0, 0, 0, 0, 0x03, (byte) 0xE8};
            String insert = "{\"action\":\"query\",\"args\":{\"req_id\":63,\"sql\":\"insert into robust.t values "
                    + "(1600000000000, 1, 'after close')\"}}";
            byte[] text = frameBytes(insert.getBytes(StandardCharsets.UTF_8));
            byte[] both = Arrays.copyOf(close, close.length + text.length);
            System.arraycopy(text, 0, both, close.length, text.length);
            ws.raw(both);
            RawWs.Message echo = ws.awaitEnd();
            assertThat(echo.closeStatus()).isEqualTo(1000);
        }
        try (RawWs ws = Fixture.login(server)) {
            ws.frame(true, RawWs.CLOSE, new byte[] {0x03, (byte) 0xE7}); // status 999 is not allowed
            ws.awaitEnd(); // the connection ends
        }
    }

    @Test
    void connectionsCutMidFrame() throws Exception {
        for (int cut : new int[] {1, 2, 6, 20}) {
            RawWs ws = Fixture.login(server);
            String insert = "{\"action\":\"query\",\"args\":{\"req_id\":64,\"sql\":\"insert into robust.t values "
                    + "(1600000000001, 1, 'cut')\"}}";
            byte[] frame = frameBytes(insert.getBytes(StandardCharsets.UTF_8));
            ws.raw(Arrays.copyOf(frame, cut));
            ws.reset();
        }
        RawWs ws = Fixture.login(server);
        ws.raw(Arrays.copyOf(frameBytes(new byte[70_000]), 30_000)); // a long frame, half sent, then FIN
        ws.close();
    }

    @Test
    void badUpgradeRequests() throws Exception {
        int port = server.port();
        assertThat(RawWs.http(port, "\u0000\u0001garbage\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)))
                .startsWith("HTTP/1.1 400");
        assertThat(RawWs.http(port, ("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII)))
                .startsWith("HTTP/1.1 400").contains("websocket: not a WebSocket request: missing key");
        assertThat(RawWs.http(port, ("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 99\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 426");
        assertThat(RawWs.http(port, ("GET /ws HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(20_000) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 400");
        assertThat(RawWs.http(port, "GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 404");
        assertThat(RawWs.http(port, "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 400");
        assertThat(RawWs.http(port, ("POST /rest/sql HTTP/1.1\r\nHost: x\r\nContent-Length: 300000000\r\n\r\nabc")
                .getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 413");
        assertThat(RawWs.http(port, new byte[0])).isEmpty();
    }

    /** A 2-byte frame head with {@code first} as byte 0, a length field of {@code length}, then that many bytes. */
    private static byte[] frame(int first, boolean masked, int length) {
        int head = length < 126 ? 2 : 4;
        byte[] b = new byte[head + (masked ? 4 : 0) + length];
        b[0] = (byte) first;
        if (length < 126) {
            b[1] = (byte) ((masked ? 0x80 : 0) | length);
        } else {
            b[1] = (byte) ((masked ? 0x80 : 0) | 126);
            b[2] = (byte) (length >>> 8);
            b[3] = (byte) length;
        }
        return b;
    }

    /** A final masked text frame (zero mask) carrying {@code payload}. */
    private static byte[] frameBytes(byte[] payload) {
        int n = payload.length;
        int head = n < 126 ? 2 : n <= 0xFFFF ? 4 : 10;
        byte[] b = new byte[head + 4 + n];
        b[0] = (byte) 0x81;
        if (n < 126) {
            b[1] = (byte) (0x80 | n);
        } else if (n <= 0xFFFF) {
            b[1] = (byte) (0x80 | 126);
            b[2] = (byte) (n >>> 8);
            b[3] = (byte) n;
        } else {
            b[1] = (byte) (0x80 | 127);
            for (int i = 0; i < 8; i++) {
                b[2 + i] = (byte) ((long) n >>> (8 * (7 - i)));
            }
        }
        System.arraycopy(payload, 0, b, head + 4, n);
        return b;
    }
}
