package io.taos4j.cli.bench;

import io.taos4j.Block;
import io.taos4j.ResultSet;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import io.taos4j.TaosException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a benchmark: creates the database, super table and child tables, writes the rows with the configured insert
 * mode and threads (each thread on its own connection, showing {@link Progress}), counts the rows back, then runs
 * the queries. Prints taosBenchmark-style summary lines as it goes and returns the {@link BenchReport}.
 */
public final class BenchRunner {
    public static final String VERSION = "0.1.0";

    private final BenchConfig config;
    private final String dsn;
    private final PrintWriter out;
    private final boolean terminal;
    private final long progressMillis;

    /**
     * @param terminal       draw the progress bar in place (else plain lines every {@code progressMillis})
     */
    public BenchRunner(BenchConfig config, String dsn, PrintWriter out, boolean terminal, long progressMillis) {
        this.config = config;
        this.dsn = dsn;
        this.out = out;
        this.terminal = terminal;
        this.progressMillis = progressMillis;
    }

    /**
     * Runs every phase. A failed statement ends the insert phase (the error is in the report); a failed query is
     * reported with that query.
     *
     */
    public BenchReport run() {
        InsertMode mode = InsertMode.named(config.insertMode());
        Instant started = Instant.now();
        try (Taos admin = TaosBuilder.fromDsn(dsn).build()) { // keeps an embedded server up between phases
            Double createSeconds = null;
            BenchReport.InsertResult insert = null;
            Long verified = null;
            String error = null;
            if (config.insert()) {
                try {
                    createSeconds = new Schema(config, out).create(admin);
                    insert = insert(mode);
                    verified = count(admin);
                    out.println("Verified: " + config.database() + "." + config.superTable() + " holds " + verified
                            + " rows" + (verified == config.totalRows() ? "." : " (" + config.totalRows()
                            + " were written by this run)."));
                } catch (RuntimeException e) {
                    error = e instanceof TaosException ? e.getMessage() : e.toString();
                    out.println("FAIL: " + error);
                }
            }
            List<BenchReport.QueryResult> queries = new ArrayList<>();
            if (error == null) {
                for (String sql : queries()) {
                    queries.add(query(sql));
                }
            }
            out.flush();
            return new BenchReport(config, dsn.replaceFirst("(://[^:/@]*:)[^@/]*@", "$1******@"),
                    admin.serverVersion(), started, createSeconds, insert, verified, queries, error);
        }
    }

    private BenchReport.InsertResult insert(InsertMode mode) {
        int threads = Math.min(config.threads(), config.childTables());
        long ticks = Schema.startTicks(config);
        DataGenerator data = new DataGenerator(config.columns(), config.tags(), config.preparedRand(), ticks,
                config.timestampStep(), 20_170_714L);
        out.printf(Locale.ROOT, "Inserting %d rows into %d tables with %d thread(s), %d rows per request"
                        + " (insert mode: %s)%n", config.totalRows(), config.childTables(), threads,
                config.rowsPerRequest(), mode.mode());
        out.flush();
        AtomicLong rows = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Latency latency = new Latency();
        List<Thread> workers = new ArrayList<>();
        List<Latency> perThread = new ArrayList<>();
        long start = System.nanoTime();
        Progress progress = new Progress(out, terminal, config.totalRows(), "rows", progressMillis, rows::get);
        try {
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) config.childTables() * t / threads);
                int to = (int) ((long) config.childTables() * (t + 1) / threads);
                Latency mine = new Latency();
                perThread.add(mine);
                Thread worker = new Thread(() -> {
                    try (Taos taos = TaosBuilder.fromDsn(dsn).build();
                         InsertMode.Writer writer = mode.open(taos, config, data)) {
                        BatchPlanner plan = new BatchPlanner(from, to, config.rowsPerTable(),
                                config.rowsPerRequest(), config.interlaceRows());
                        while (plan.hasNext() && failure.get() == null) {
                            BatchPlanner.Batch batch = plan.next();
                            rows.addAndGet(writer.write(batch, n -> {
                                mine.record(n);
                                requests.incrementAndGet();
                            }));
                            if (batch.endsRound() && config.insertIntervalMs() > 0) {
                                Thread.sleep(config.insertIntervalMs());
                            }
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "taos4j-bench-insert-" + t);
                workers.add(worker);
                worker.start();
            }
            join(workers);
        } finally {
            progress.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        perThread.forEach(latency::add);
        if (failure.get() != null) {
            throw failure.get();
        }
        Latency.Summary s = latency.summary();
        double rate = seconds > 0 ? rows.get() / seconds : 0;
        out.printf(Locale.ROOT, "SUCC: Spent %.6f seconds to insert rows: %d with %d thread(s) into %s %.2f"
                + " records/second%n", seconds, rows.get(), threads, config.database(), rate);
        out.println("SUCC: insert delay, " + s.text());
        return new BenchReport.InsertResult(mode.mode(), rows.get(), config.totalRows(), config.childTables(),
                threads, requests.get(), seconds, rate, s);
    }

    private long count(Taos taos) {
        try (ResultSet rs = taos.query("SELECT COUNT(*) FROM " + Names.quote(config.database()) + "."
                + Names.quote(config.superTable()))) {
            Block b = rs.nextBlock();
            return b == null || b.rows() == 0 ? 0 : b.getLong(0, 0);
        }
    }

    /** The configured queries, else (after an insert) last_row, count and an interval average over the data. */
    List<String> queries() {
        if (!config.runQueries()) {
            return List.of();
        }
        if (!config.queries().isEmpty()) {
            return config.queries();
        }
        if (!config.insert()) {
            return List.of();
        }
        String table = Names.quote(config.database()) + "." + Names.quote(config.superTable());
        List<String> q = new ArrayList<>(List.of("SELECT LAST_ROW(*) FROM " + table, "SELECT COUNT(*) FROM " + table));
        config.columns().stream().filter(c -> c.type() != ColumnSpec.Type.BOOL && !c.type().isText()
                        && c.type() != ColumnSpec.Type.TIMESTAMP).findFirst()
                .ifPresent(c -> q.add("SELECT _WSTART, AVG(" + Names.quote(c.name()) + ") FROM " + table
                        + " INTERVAL(" + Schema.windowSeconds(config) + "s)"));
        return q;
    }

    private BenchReport.QueryResult query(String sql) {
        int threads = config.queryThreads();
        AtomicLong rows = new AtomicLong();
        AtomicLong runs = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Latency> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Latency mine = new Latency();
            perThread.add(mine);
            Thread worker = new Thread(() -> {
                try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
                    for (int i = 0; i < config.queryTimes() && failure.get() == null; i++) {
                        long t0 = System.nanoTime();
                        long n = 0;
                        try (ResultSet rs = taos.query(sql)) {
                            Block b;
                            while ((b = rs.nextBlock()) != null) {
                                n += b.rows();
                            }
                        }
                        mine.record(System.nanoTime() - t0);
                        rows.addAndGet(n);
                        runs.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "taos4j-bench-query-" + t);
            workers.add(worker);
            worker.start();
        }
        join(workers);
        double seconds = (System.nanoTime() - start) / 1e9;
        Latency latency = new Latency();
        perThread.forEach(latency::add);
        Latency.Summary s = latency.summary();
        double qps = seconds > 0 ? runs.get() / seconds : 0;
        RuntimeException f = failure.get();
        String error = f == null ? null : f instanceof TaosException ? f.getMessage() : f.toString();
        if (error != null) {
            out.println("FAIL: query " + sql + ": " + error);
        } else {
            out.printf(Locale.ROOT, "Query: %s%n  %d run(s) with %d thread(s) in %.6fs, QPS %.2f, %d row(s) per run%n"
                    + "  delay %s%n", sql, runs.get(), threads, seconds, qps, runs.get() == 0 ? 0
                    : rows.get() / runs.get(), s.text());
        }
        out.flush();
        return new BenchReport.QueryResult(sql, threads, runs.get(), rows.get(), seconds, qps, s, error);
    }

    private static void join(List<Thread> workers) {
        boolean interrupted = false;
        for (Thread w : workers) {
            while (true) {
                try {
                    w.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    workers.forEach(Thread::interrupt);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
