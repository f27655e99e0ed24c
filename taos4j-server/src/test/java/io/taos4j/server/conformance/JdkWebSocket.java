package io.taos4j.server.conformance;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A raw WebSocket client built on the JDK's {@code java.net.http.WebSocket}, independent of taos4j's connector:
 * sends frames as given and queues whole received messages (text as {@link String}, binary as {@code byte[]}).
 */
final class JdkWebSocket implements AutoCloseable {
    private final WebSocket socket;
    private final BlockingQueue<Object> received;

    private JdkWebSocket(WebSocket socket, BlockingQueue<Object> received) {
        this.socket = socket;
        this.received = received;
    }

    static JdkWebSocket connect(int port, String path) {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();
            private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    queue.add(text.toString());
                    text.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                byte[] b = new byte[data.remaining()];
                data.get(b);
                binary.writeBytes(b);
                if (last) {
                    queue.add(binary.toByteArray());
                    binary.reset();
                }
                ws.request(1);
                return null;
            }
        };
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path), listener).join();
        return new JdkWebSocket(ws, queue);
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The next received message, or null after {@code timeout}. */
    Object poll(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(1000, "Normal close").exceptionally(e -> null).join();
    }
}
