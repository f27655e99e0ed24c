package io.taos4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded server in a child JVM ({@link ServerMain}, same class path), so that the benchmark JVM holds only
 * the clients and its process CPU time is the clients' alone. The child exits when its standard input closes
 * ({@link #close()}), or with this JVM.
 */
final class ChildServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private ChildServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the child with the given maximum heap (e.g. {@code 3g}) and waits until it listens. */
    static ChildServer start(String heap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ServerMain.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || !line.startsWith(ServerMain.READY)) {
            p.destroyForcibly();
            throw new IOException("the server child did not start (said: " + line + ")");
        }
        Thread drain = new Thread(() -> {
            try {
                while (in.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // the child exited
            }
        }, "bench-server-out");
        drain.setDaemon(true);
        drain.start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        return new ChildServer(p, Integer.parseInt(line.substring(ServerMain.READY.length()).trim()));
    }

    int port() {
        return port;
    }

    /** {@code ws://127.0.0.1:port[/db]}. */
    String dsn(String db) {
        return "ws://127.0.0.1:" + port + (db == null ? "" : "/" + db);
    }

    /** The official driver's URL for the same server and database. */
    String jdbcUrl(String db) {
        return "jdbc:TAOS-WS://127.0.0.1:" + port + "/" + (db == null ? "" : db) + "?user=root&password=taosdata";
    }

    /** CPU time the child has used so far (user + system), in nanoseconds; -1 when the OS does not say. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
