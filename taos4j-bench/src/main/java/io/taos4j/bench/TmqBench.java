package io.taos4j.bench;

import com.taosdata.jdbc.tmq.ConsumerRecord;
import com.taosdata.jdbc.tmq.ConsumerRecords;
import com.taosdata.jdbc.tmq.TaosConsumer;
import io.taos4j.Block;
import io.taos4j.Consumer;
import io.taos4j.Message;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import io.taos4j.TmqBuilder;
import io.taos4j.server.TaosServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench tmq}: consume a whole super-table topic ({@code --tables} x {@code --rows} rows) with taos4j's
 * {@link Consumer} and with the official driver's {@code com.taosdata.jdbc.tmq.TaosConsumer}, both over
 * {@code /rest/tmq} (WebSocket, loopback TCP) from one embedded server running in a <em>child JVM</em>, so that the
 * CPU time of this process during a run is the client's alone. Each run uses a fresh consumer group from the
 * earliest offset; both clients read every value of every row as an object. The clients alternate, after a warm-up
 * run each; reports rows/s and client CPU nanoseconds per row, and their ratios.
 */
@Command(name = "tmq", mixinStandardHelpOptions = true,
        description = "Consume TABLES x ROWS rows of a topic with taos4j and with taos-jdbcdriver's TaosConsumer "
                + "from an embedded server in a child JVM; report rows/s and client CPU per row.")
final class TmqBench implements Callable<Integer> {
    private static final long T0 = 1_704_067_200_000L;

    @Option(names = "--tables", defaultValue = "100", description = "child tables (default ${DEFAULT-VALUE})")
    int tables;

    @Option(names = "--rows", defaultValue = "100000", description = "rows per table (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--vgroups", defaultValue = "4", description = "vgroups of the database (default ${DEFAULT-VALUE})")
    int vgroups;

    @Option(names = "--batch", defaultValue = "10000", description = "rows per INSERT while loading")
    int batch;

    @Option(names = "--runs", defaultValue = "2", description = "measured runs per client (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup-rows", defaultValue = "1000000",
            description = "rows each client consumes before measuring (default ${DEFAULT-VALUE})")
    long warmupRows;

    @Option(names = "--server-heap", defaultValue = "6g", description = "-Xmx of the server JVM")
    String serverHeap;

    @Option(names = "--poll-ms", defaultValue = "500", description = "poll timeout in ms (default ${DEFAULT-VALUE})")
    int pollMs;

    @Override
    public Integer call() throws Exception {
        long total = (long) tables * rows;
        System.out.printf(Locale.ROOT, "tmq bench: %d tables x %,d rows = %,d rows, %d vgroups; server in a child "
                        + "JVM (-Xmx%s); %d measured runs per client%n", tables, rows, total, vgroups, serverHeap,
                runs);
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        Process server = startServer();
        try {
            int port = readPort(server);
            long start = System.nanoTime();
            load("ws://127.0.0.1:" + port);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "load: %.1f s (%,.0f rows/s)%n", loadSeconds, total / loadSeconds);
            String tmqDsn = "tmq+ws://127.0.0.1:" + port;
            int group = 0;
            taos4j(tmqDsn, "warm" + group++, warmupRows);
            jdbc(port, "warm" + group++, warmupRows);
            List<double[]> mine = new ArrayList<>();
            List<double[]> theirs = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                double[] m = taos4j(tmqDsn, "t4j" + group++, total);
                print(run, "taos4j Consumer", m);
                mine.add(m);
                double[] j = jdbc(port, "jdbc" + group++, total);
                print(run, "taos-jdbcdriver 3.7.9", j);
                theirs.add(j);
            }
            double[] bm = best(mine);
            double[] bj = best(theirs);
            System.out.printf(Locale.ROOT, "best taos4j Consumer:          %,12.0f rows/s  %8.1f client CPU ns/row%n",
                    bm[0], bm[1]);
            System.out.printf(Locale.ROOT, "best taos-jdbcdriver 3.7.9:    %,12.0f rows/s  %8.1f client CPU ns/row%n",
                    bj[0], bj[1]);
            System.out.printf(Locale.ROOT, "ratio taos4j / jdbc: %.2fx rows/s, %.2fx less client CPU per row%n",
                    bm[0] / bj[0], bj[1] / bm[1]);
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        return 0;
    }

    private static void print(int run, String client, double[] r) {
        System.out.printf(Locale.ROOT, "run %d %-22s %,12.0f rows/s  %8.1f client CPU ns/row  (%.1f s)%n", run, client,
                r[0], r[1], r[2]);
    }

    /** The run with the most rows/s: {rows/s, CPU ns/row, seconds}. */
    private static double[] best(List<double[]> runs) {
        return runs.stream().max((a, b) -> Double.compare(a[0], b[0])).orElseThrow();
    }

    /** {rows/s, client CPU ns per row, seconds} of consuming {@code limit} rows from the earliest offset. */
    private double[] taos4j(String dsn, String group, long limit) {
        long cpu0 = processCpu();
        long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        try (Consumer c = TmqBuilder.fromDsn(dsn).groupId(group).autoOffsetReset(TmqBuilder.OffsetReset.EARLIEST)
                .enableAutoCommit(true).build()) {
            c.subscribe("bench_topic");
            int idle = 0;
            while (n < limit) {
                Optional<Message> m = c.poll(Duration.ofMillis(pollMs));
                if (m.isEmpty()) {
                    if (++idle > 20) {
                        throw new IllegalStateException("taos4j: only " + n + " of " + limit + " rows arrived");
                    }
                    continue;
                }
                idle = 0;
                for (Block b : ((Message.Data) m.get()).blocks()) {
                    int columns = b.fields().size();
                    for (int r = 0, rows = b.rows(); r < rows; r++) {
                        for (int col = 0; col < columns; col++) {
                            Object v = b.getObject(col, r);
                            sink += v == null ? 0 : 1;
                        }
                    }
                    n += b.rows();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpu() - cpu0;
        return new double[] {n / seconds, cpu / (double) n + (sink < 0 ? 1 : 0), seconds};
    }

    private double[] jdbc(int port, String group, long limit) throws Exception {
        Properties p = new Properties();
        p.setProperty("td.connect.type", "ws");
        p.setProperty("bootstrap.servers", "127.0.0.1:" + port);
        p.setProperty("td.connect.user", "root");
        p.setProperty("td.connect.pass", "taosdata");
        p.setProperty("group.id", group);
        p.setProperty("auto.offset.reset", "earliest");
        p.setProperty("enable.auto.commit", "true");
        p.setProperty("msg.with.table.name", "true");
        p.setProperty("value.deserializer", "com.taosdata.jdbc.tmq.MapDeserializer");
        long cpu0 = processCpu();
        long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        try (TaosConsumer<Map<String, Object>> c = new TaosConsumer<>(p)) {
            c.subscribe(List.of("bench_topic"));
            int idle = 0;
            while (n < limit) {
                ConsumerRecords<Map<String, Object>> records = c.poll(Duration.ofMillis(pollMs));
                if (records.isEmpty()) {
                    if (++idle > 20) {
                        throw new IllegalStateException("jdbc: only " + n + " of " + limit + " rows arrived");
                    }
                    continue;
                }
                idle = 0;
                for (ConsumerRecord<Map<String, Object>> r : records) {
                    for (Object v : r.value().values()) {
                        sink += v == null ? 0 : 1;
                    }
                    n++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpu() - cpu0;
        return new double[] {n / seconds, cpu / (double) n + (sink < 0 ? 1 : 0), seconds};
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private Process startServer() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + serverHeap, "-cp", System.getProperty("java.class.path"),
                ServerMain.class.getName());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    private static int readPort(Process server) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5).trim());
            }
        }
        throw new IllegalStateException("the server JVM exited before telling its port");
    }

    /** The super table, its child tables, the topic, then the rows from two loading connections. */
    private void load(String dsn) throws Exception {
        try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
            taos.execMany("create database bench vgroups " + vgroups, "use bench",
                    "create stable meters (ts timestamp, current float, voltage int, phase float)"
                            + " tags (location varchar(24), groupid int)");
            for (int t = 0; t < tables; t++) {
                taos.exec("create table d" + t + " using meters tags ('loc" + t + "', " + t % 10 + ")");
            }
            taos.exec("create topic bench_topic as stable meters");
        }
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    long written = 0;
                    try (Taos taos = TaosBuilder.fromDsn(dsn + "/bench").build()) {
                        StringBuilder sql = new StringBuilder(batch * 48);
                        for (int t = worker; t < tables; t += threads) {
                            for (int from = 0; from < rows; from += batch) {
                                sql.setLength(0);
                                sql.append("insert into d").append(t).append(" values");
                                for (int i = from; i < Math.min(rows, from + batch); i++) {
                                    sql.append(" (").append(T0 + i * 1000L).append(", ").append(10 + i % 100 / 10.0)
                                            .append(", ").append(200 + i % 40).append(", ").append(i % 1000 / 1000.0)
                                            .append(')');
                                }
                                written += taos.exec(sql.toString());
                            }
                        }
                    }
                    return written;
                }));
            }
            long written = 0;
            for (Future<Long> f : done) {
                written += f.get();
            }
            if (written != (long) tables * rows) {
                throw new IllegalStateException("wrote " + written + " rows, expected " + (long) tables * rows);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The child JVM: an embedded server on a free port, until its standard input closes. */
    static final class ServerMain {
        public static void main(String[] args) throws IOException {
            try (TaosServer server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start()) {
                System.out.println("PORT " + server.port());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the parent to close our input
                }
            }
        }
    }
}
