package io.taos4j.cli;

import io.taos4j.server.TaosServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./taos4j server}: runs the embedded server standalone until interrupted. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the embedded TDengine-compatible server (taosAdapter protocol on /ws).")
final class ServerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "6041", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all)")
    String host;

    @Option(names = "--data", description = "Keep data on disk in this directory (default: in memory)")
    Path data;

    @Option(names = "--timezone", description = "Time zone of sessions that name none (default: the JVM's)")
    ZoneId timezone;

    private final PrintStream out;
    private final CountDownLatch stop;

    ServerCommand() {
        this(System.out, new CountDownLatch(1));
    }

    /** For tests: prints to {@code out} and stops when {@code stop} opens (or on JVM shutdown). */
    ServerCommand(PrintStream out, CountDownLatch stop) {
        this.out = out;
        this.stop = stop;
    }

    @Override
    public Integer call() throws InterruptedException {
        TaosServer.Builder b = TaosServer.builder().host(host).port(port).dataDir(data);
        if (timezone != null) {
            b.timezone(timezone);
        }
        TaosServer server = b.start();
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> { // Ctrl-C: stop, and let the server close before the JVM exits
            stop.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "taos4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (server) {
            out.println("taos4j server " + server.version() + " listening on " + server.dsn()
                    + (data == null ? " (in memory)" : " (data in " + data + ")"));
            out.println("Connect with DSN " + server.dsn() + " or JDBC URL jdbc:TAOS-WS://"
                    + server.dsn().substring("ws://".length()) + "/?user=root&password=taosdata; Ctrl-C stops it.");
            stop.await();
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
        }
        return 0;
    }
}
