package io.taos4j.bench;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the benchmarks: {@code jmh [JMH args]} runs the JMH micro-benchmarks; every other command is an
 * end-to-end comparison of taos4j with the official taos-jdbcdriver against one embedded server in the same run.
 *
 * <p>Build and run: {@code mvn -B -q -DskipTests -pl taos4j-bench -am package}, then
 * {@code java -cp "taos4j-bench/target/taos4j-bench.jar:taos4j-bench/target/lib/*" io.taos4j.bench.Bench --help}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "taos4j benchmarks: JMH micro-benchmarks and end-to-end comparisons with taos-jdbcdriver.",
        subcommands = {Bench.Jmh.class, SqlBench.class, FetchBench.class, Stmt2Ingest.class, SmlBench.class,
                InsertSqlBench.class, DurableBench.class, TmqBench.class, BenchAll.class})
public final class Bench implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs JMH with the given arguments (e.g. a benchmark name pattern, {@code -f 1 -wi 3 -i 5}). */
    @Command(name = "jmh", description = "Run the JMH micro-benchmarks (arguments go to JMH).")
    static final class Jmh implements Runnable {
        @CommandLine.Unmatched
        List<String> args = new java.util.ArrayList<>();

        @Override
        public void run() {
            try {
                org.openjdk.jmh.Main.main(args.toArray(String[]::new));
            } catch (Exception e) {
                throw new IllegalStateException("JMH failed: " + e.getMessage() + " " + Arrays.toString(args.toArray()),
                        e);
            }
        }
    }
}
