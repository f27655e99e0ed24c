package io.taos4j.server.robust;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a bare socket, for hostile-input tests: it writes any frame (any opcode, flags, mask,
 * length field, even a lying one), any bytes, and can reset the TCP connection. Reads are whole messages
 * (continuations joined) with a timeout. Not thread-safe.
 */
final class RawWs implements AutoCloseable {
    static final int CONT = 0;
    static final int TEXT = 1;
    static final int BINARY = 2;
    static final int CLOSE = 8;
    static final int PING = 9;
    static final int PONG = 10;

    /** A received message: opcode and payload (continuations joined), RSV1 when compressed. */
    record Message(int opcode, byte[] payload, boolean compressed) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The status code of a Close frame, or -1 when it carries none. */
        int closeStatus() {
            return payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : -1;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final String handshakeReply;

    private RawWs(Socket socket, String handshakeReply) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.handshakeReply = handshakeReply;
    }

    /** Upgrades {@code /ws} on {@code port}; {@code extraHeaders} are sent as given (CRLF-terminated lines). */
    static RawWs connect(int port, String extraHeaders) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setTcpNoDelay(true);
        s.setSoTimeout(10_000);
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n";
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        String head = readHead(s.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) {
            s.close();
            throw new IOException("upgrade refused: " + head);
        }
        return new RawWs(s, head);
    }

    static RawWs connect(int port) throws IOException {
        return connect(port, "");
    }

    /** Sends {@code request} on a new socket and returns the whole reply (status, headers, body) as text. */
    static String http(int port, byte[] request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The server's handshake response head. */
    String handshakeReply() {
        return handshakeReply;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            sb.append((char) c);
            if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
                return sb.toString();
            }
        }
        return sb.toString();
    }

    void text(String text) throws IOException {
        frame(true, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    void binary(byte[] bytes) throws IOException {
        frame(true, BINARY, bytes);
    }

    void frame(boolean fin, int opcode, byte[] payload) throws IOException {
        frame(fin, 0, opcode, payload, true, payload.length);
    }

    /**
     * Writes one frame: {@code rsv} are the three reserved bits (4 = RSV1), {@code declaredLength} the length put in
     * the header (may lie about {@code payload}).
     */
    void frame(boolean fin, int rsv, int opcode, byte[] payload, boolean masked, long declaredLength)
            throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(payload.length + 14);
        b.write((fin ? 0x80 : 0) | (rsv & 7) << 4 | opcode & 0x0F);
        int mask = masked ? 0x80 : 0;
        if (declaredLength < 126) {
            b.write(mask | (int) declaredLength);
        } else if (declaredLength <= 0xFFFF) {
            b.write(mask | 126);
            b.write((int) (declaredLength >>> 8));
            b.write((int) declaredLength);
        } else {
            b.write(mask | 127);
            for (int i = 7; i >= 0; i--) {
                b.write((int) (declaredLength >>> (8 * i)));
            }
        }
        byte[] key = new byte[4];
        if (masked) {
            ThreadLocalRandom.current().nextBytes(key);
            b.write(key, 0, 4);
        }
        for (int i = 0; i < payload.length; i++) {
            b.write(payload[i] ^ (masked ? key[i & 3] : 0));
        }
        raw(b.toByteArray());
    }

    /** Writes bytes as they are. */
    void raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next whole message (control frames as they come), or null when nothing arrives within the timeout. */
    Message next(Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            int first = -1;
            boolean compressed = false;
            while (true) {
                int b0 = in.readUnsignedByte();
                int b1 = in.readUnsignedByte();
                int opcode = b0 & 0x0F;
                long length = b1 & 0x7F;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                if ((b1 & 0x80) != 0) {
                    throw new IOException("server frame is masked");
                }
                byte[] payload = new byte[Math.toIntExact(length)];
                in.readFully(payload);
                if (opcode >= CLOSE) {
                    return new Message(opcode, payload, false);
                }
                if (first < 0) {
                    first = opcode;
                    compressed = (b0 & 0x40) != 0;
                }
                data.writeBytes(payload);
                if ((b0 & 0x80) != 0) {
                    return new Message(first, data.toByteArray(), compressed);
                }
            }
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** The next message, failing when none arrives within 10 s or the connection ends. */
    Message next() throws IOException {
        Message m = next(Duration.ofSeconds(10));
        if (m == null) {
            throw new IOException("no message from the server within 10 s");
        }
        return m;
    }

    /** The next text message (skipping pongs), failing on anything else. */
    String nextText() throws IOException {
        Message m = next();
        while (m.opcode() == PONG) {
            m = next();
        }
        if (m.opcode() != TEXT) {
            throw new IOException("expected a text message, got opcode " + m.opcode() + ": " + m.text());
        }
        return m.text();
    }

    /** The next binary message, failing on anything else. */
    byte[] nextBinary() throws IOException {
        Message m = next();
        if (m.opcode() != BINARY) {
            throw new IOException("expected a binary message, got opcode " + m.opcode() + ": " + m.text());
        }
        return m.payload();
    }

    /** Reads until the server closes the TCP connection; returns the Close frame seen on the way, or null. */
    Message awaitEnd() throws IOException {
        Message close = null;
        try {
            while (true) {
                Message m = next(Duration.ofSeconds(10));
                if (m == null) {
                    throw new IOException("the server kept the connection open for 10 s");
                }
                if (m.opcode() == CLOSE && close == null) {
                    close = m;
                }
            }
        } catch (EOFException | java.net.SocketException e) {
            return close;
        }
    }

    /** Drops the connection with a TCP reset (no Close frame, no FIN). */
    void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
