package io.taos4j.bench;

import io.taos4j.ResultSet;
import io.taos4j.Row;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench durable}: ingests rows into a durable embedded server ({@code taos+file://}) through the connector,
 * then reports ingest rate, bytes on disk per row against the raw row size, restart times (clean, and recovery from a
 * copy of the directory taken while the server ran, i.e. a crash image), and three queries over the data on disk,
 * cold and warm, next to the same queries over the same rows in memory ({@code taos+mem://}).
 */
@Command(name = "durable", mixinStandardHelpOptions = true,
        description = "Ingest rows durably (taos+file://) and compare disk use, restart and queries with memory.")
final class DurableBench implements Callable<Integer> {
    /** ts TIMESTAMP (8) + current FLOAT (4) + voltage INT (4) + phase FLOAT (4). */
    private static final int RAW_ROW_BYTES = 20;
    private static final String[] QUERIES = {
        "select count(*) from bench.meters",
        "select _wstart, avg(current) from bench.meters interval(1h)",
        "select last_row(*) from bench.meters partition by tbname",
    };

    @Option(names = "--rows", defaultValue = "100000000", description = "Rows to ingest (default ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--tables", defaultValue = "100", description = "Child tables (default ${DEFAULT-VALUE})")
    int tables;

    @Option(names = "--batch", defaultValue = "2000", description = "Rows per INSERT (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", defaultValue = "2", description = "Writing connections (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--dir", description = "Data directory (default: a new one under target/)")
    Path dir;

    @Option(names = "--memory", negatable = true, defaultValue = "true",
            description = "Also run the queries over the same rows in memory (default ${DEFAULT-VALUE})")
    boolean memory;

    @Override
    public Integer call() throws Exception {
        if (dir == null) {
            dir = Files.createDirectories(Path.of("target")).resolve("bench-durable-" + System.currentTimeMillis());
        }
        long perTable = (rows + tables - 1) / tables;
        long t0 = System.currentTimeMillis() / 1000 * 1000 - perTable * 1000;
        System.out.printf(Locale.ROOT, "durable bench: %,d rows in %d tables, %d rows per INSERT, %d threads, %s%n",
                rows, tables, batch, threads, dir);
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20);
        String fileDsn = "taos+file://" + dir.toAbsolutePath().toString().replace('\\', '/');
        Path copy = dir.resolveSibling(dir.getFileName() + "-crash-image");
        double rate;
        try (Taos keeper = TaosBuilder.fromDsn(fileDsn).build()) {
            setup(keeper, "wal_retention_period 0");
            rate = ingest(fileDsn, perTable, t0);
            Thread.sleep(3000); // let a flush the last writes triggered finish: a copy is not an atomic snapshot
            copyTree(dir, copy); // what a crash right now would leave on disk (acknowledged = written)
        }
        long segments = sizeOf(dir, ".seg");
        long wal = sizeOf(dir, ".wal");
        long all = sizeOf(dir, "");
        System.out.printf(Locale.ROOT, "ingest: %,.0f rows/s%n", rate);
        System.out.printf(Locale.ROOT, "disk after clean close: %,d bytes total = %.2f bytes/row (segments %.2f, "
                + "log %.2f) vs %d raw bytes/row (%.1fx smaller)%n", all, (double) all / rows,
                (double) segments / rows, (double) wal / rows, RAW_ROW_BYTES, RAW_ROW_BYTES * (double) rows / all);
        long start = System.nanoTime();
        try (Taos crashed = TaosBuilder.fromDsn("taos+file://"
                + copy.toAbsolutePath().toString().replace('\\', '/')).build()) {
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "restart from the crash image (log replay): %.0f ms, %s rows%n", ms,
                    scalar(crashed, QUERIES[0]));
        }
        start = System.nanoTime();
        try (Taos disk = TaosBuilder.fromDsn(fileDsn).build()) {
            System.out.printf(Locale.ROOT, "restart after a clean close: %.0f ms%n", (System.nanoTime() - start) / 1e6);
            runQueries("disk", disk);
        }
        if (memory) {
            String memDsn = "taos+mem://durable-bench";
            try (Taos keeper = TaosBuilder.fromDsn(memDsn).build()) {
                setup(keeper, "");
                double memRate = ingest(memDsn, perTable, t0);
                System.out.printf(Locale.ROOT, "ingest in memory: %,.0f rows/s%n", memRate);
                runQueries("memory", keeper);
            }
        }
        deleteTree(copy);
        return 0;
    }

    private void setup(Taos taos, String options) {
        taos.execMany("create database if not exists bench vgroups 2 " + options,
                "create stable if not exists bench.meters (ts timestamp, current float, voltage int, phase float)"
                        + " tags (location varchar(24), groupid int)");
        for (int t = 0; t < tables; t++) {
            taos.exec("create table if not exists bench.d" + t + " using bench.meters tags ('loc" + (t % 10) + "', "
                    + t + ")");
        }
    }

    /** Writes every table's rows in batches from {@code threads} connections; returns rows per second. */
    private double ingest(String dsn, long perTable, long t0) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Long>> done = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            done.add(pool.submit(() -> {
                long written = 0;
                try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
                    StringBuilder sql = new StringBuilder(batch * 48);
                    for (long from = 0; from < perTable; from += batch) {
                        for (int t = worker; t < tables; t += threads) {
                            sql.setLength(0);
                            sql.append("insert into bench.d").append(t).append(" values");
                            long to = Math.min(perTable, from + batch);
                            for (long i = from; i < to && t * perTable + i < rows; i++) {
                                long h = mix(t * perTable + i);
                                sql.append(" (").append(t0 + i * 1000).append(", ")
                                        .append(10 + (h & 0xFFF) / 100.0).append(", ")
                                        .append(200 + ((h >>> 12) & 0x1F)).append(", ")
                                        .append(((h >>> 17) & 0x3FF) / 1000.0).append(')');
                            }
                            if (sql.charAt(sql.length() - 1) == ')') {
                                written += taos.exec(sql.toString());
                            }
                        }
                    }
                }
                return written;
            }));
        }
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    /** Pseudo-random but reproducible values (SplitMix64), so compression figures are not flattered. */
    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void runQueries(String where, Taos taos) {
        for (String q : QUERIES) {
            long start = System.nanoTime();
            int n = drain(taos, q);
            double cold = (System.nanoTime() - start) / 1e6;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) { // the first runs also pay for JIT compilation of the read path
                start = System.nanoTime();
                drain(taos, q);
                best = Math.min(best, (System.nanoTime() - start) / 1e6);
            }
            System.out.printf(Locale.ROOT, "%-6s %-62s %6d rows  first %8.1f ms  best of 4 more %8.1f ms%n", where, q,
                    n, cold, best);
        }
    }

    private static int drain(Taos taos, String sql) {
        int n = 0;
        try (ResultSet rs = taos.query(sql)) {
            for (Row ignored : rs) {
                n++;
            }
        }
        return n;
    }

    private static String scalar(Taos taos, String sql) {
        try (ResultSet rs = taos.query(sql)) {
            return String.valueOf(rs.iterator().next().getObject(0));
        }
    }

    private static long sizeOf(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("LOCK")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
