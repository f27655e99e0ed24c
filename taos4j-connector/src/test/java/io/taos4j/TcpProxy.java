package io.taos4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy for fault tests: forwards to a target port and can pause traffic (a stalled server), cut every
 * open connection (a dropped network), refuse new connections, and count the bytes the server sent.
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket listener;
    private volatile int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicLong fromServer = new AtomicLong();
    private volatile boolean paused;
    private final AtomicLong cuts = new AtomicLong();
    private volatile boolean refusing;
    private volatile boolean closed;

    TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread t = new Thread(this::accept, "proxy-accept-" + port());
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** A DSN reaching the target through this proxy. */
    String dsn() {
        return "ws://127.0.0.1:" + port();
    }

    void target(int port) {
        this.targetPort = port;
    }

    /** Stops forwarding in both directions; connections stay open. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    /** Closes every open connection, as a network failure would. */
    void cutAll() {
        cuts.incrementAndGet(); // before closing: bytes held by a pause are dropped, never delivered late
        for (Socket s : sockets) {
            try {
                s.setSoLinger(true, 0);
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    /** While on, new connections are closed at once. */
    void refuse(boolean on) {
        refusing = on;
    }

    /** Bytes forwarded from the server to clients so far. */
    long bytesFromServer() {
        return fromServer.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (refusing) {
                    client.close();
                    continue;
                }
                Socket server;
                try {
                    server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                sockets.add(client);
                sockets.add(server);
                pump(client, server, null);
                pump(server, client, fromServer);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicLong counter) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    long generation = cuts.get();
                    while (paused && !from.isClosed()) {
                        Thread.sleep(5);
                    }
                    if (cuts.get() != generation || from.isClosed()) {
                        break; // cut while held: the bytes never arrive
                    }
                    out.write(buf, 0, n);
                    out.flush();
                    if (counter != null) {
                        counter.addAndGet(n);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // one side closed
            } finally {
                close(from);
                close(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void close(Socket s) {
        sockets.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // ignore
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        cutAll();
    }
}
