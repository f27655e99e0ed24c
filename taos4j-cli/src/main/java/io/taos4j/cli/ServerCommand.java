package io.taos4j.cli;

import io.taos4j.server.TaosServer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

    @Override
    public Integer call() throws InterruptedException {
        TaosServer.Builder b = TaosServer.builder().host(host).port(port).dataDir(data);
        if (timezone != null) {
            b.timezone(timezone);
        }
        TaosServer server = b.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "taos4j-shutdown"));
        System.out.println("taos4j server " + server.version() + " listening on " + server.dsn()
                + (data == null ? " (in memory)" : " (data in " + data + ")"));
        System.out.println("Connect with DSN " + server.dsn() + " or JDBC URL jdbc:TAOS-WS://"
                + server.dsn().substring("ws://".length()) + "/?user=root&password=taosdata; Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
