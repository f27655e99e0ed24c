package io.taos4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.cli.bench.BenchConfig;
import io.taos4j.cli.bench.BenchJson;
import io.taos4j.cli.bench.BenchReport;
import io.taos4j.cli.bench.BenchRunner;
import io.taos4j.cli.bench.ColumnSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./taos4j bench}: taosBenchmark's insert and query workloads, from its command-line flags or a JSON
 * configuration (flags win). Exit code 0 when every row was written and every query ran, 1 when something failed,
 * 2 for a configuration that cannot run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "taos4j bench " + Main.VERSION,
        description = {"Insert and query benchmark like taosBenchmark: N child tables, M rows each, T threads.",
            "Without --dsn (or TAOS_DSN, or \"dsn\" in the JSON file) it runs against an embedded in-memory server."})
final class BenchCommand implements Callable<Integer> {
    static final String EMBEDDED_DSN = "taos+mem://taos4j-bench";

    @Option(names = {"-f", "--file"}, paramLabel = "JSON", description = "taosBenchmark JSON configuration")
    Path file;

    @Option(names = {"-E", "--dsn"}, paramLabel = "DSN", description = "Server to benchmark, e.g. ws://localhost:6041")
    String dsn;

    @Option(names = {"-I", "--interface"}, paramLabel = "MODE",
            description = "Insert mode: sql (default; also taosc, rest), stmt2 (also stmt), schemaless (also sml:"
                    + " InfluxDB line protocol)")
    String mode;

    @Option(names = {"-d", "--database"}, paramLabel = "DB", description = "Database (default: test)")
    String database;

    @Option(names = {"-t", "--tables"}, paramLabel = "N", description = "Child tables (default: 100)")
    Integer tables;

    @Option(names = {"-n", "--records"}, paramLabel = "M", description = "Rows per child table (default: 10000)")
    Long records;

    @Option(names = {"-T", "--threads"}, paramLabel = "T", description = "Insert threads (default: 8)")
    Integer threads;

    @Option(names = {"-r", "--rec-per-req"}, paramLabel = "B", description = "Rows per request (default: 10000)")
    Integer rowsPerRequest;

    @Option(names = {"-B", "--interlace-rows"}, paramLabel = "K",
            description = "Write K rows to each table in turn (default: 0, table after table)")
    Integer interlaceRows;

    @Option(names = {"-i", "--insert-interval"}, paramLabel = "MS",
            description = "Pause after each interlace round, in milliseconds (default: 0)")
    Long insertInterval;

    @Option(names = {"-S", "--timestampstep"}, paramLabel = "STEP",
            description = "Timestamp step between rows, in the database's precision (default: 1)")
    Long timestampStep;

    @Option(names = "--start-timestamp", paramLabel = "TS",
            description = "First timestamp: epoch ms, 'yyyy-MM-dd HH:mm:ss[.SSS]' or now (default: 1500000000000)")
    String startTimestamp;

    @Option(names = "--precision", paramLabel = "P", description = "Database precision: ms, us or ns (default: ms)")
    String precision;

    @Option(names = {"-m", "--table-prefix"}, paramLabel = "PREFIX", description = "Child table prefix (default: d)")
    String prefix;

    @Option(names = {"-b", "--data-type"}, split = ",", paramLabel = "TYPE",
            description = "Data column types, e.g. FLOAT,INT,BINARY(16) (default: current FLOAT, voltage INT, "
                    + "phase FLOAT)")
    List<String> dataTypes;

    @Option(names = {"-l", "--columns"}, paramLabel = "N",
            description = "Number of data columns; missing types are INT")
    Integer columnCount;

    @Option(names = {"-A", "--tag-type"}, split = ",", paramLabel = "TYPE",
            description = "Tag types (default: groupid INT, location VARCHAR(24))")
    List<String> tagTypes;

    @Option(names = {"-w", "--binwidth"}, paramLabel = "LEN",
            description = "Length of BINARY/NCHAR types given without one (default: 64)")
    Integer binWidth;

    @Option(names = {"-v", "--vgroups"}, paramLabel = "N", description = "VGROUPS of the database")
    Integer vgroups;

    @Option(names = {"-y", "--answer-yes"},
            description = "Do not ask before dropping the database of a server given with --dsn")
    boolean yes;

    @Option(names = "--no-drop", description = "Keep the database if it exists (default: drop and re-create it)")
    boolean noDrop;

    @Option(names = {"-q", "--query"}, paramLabel = "SQL",
            description = "Query to run after the insert (repeatable; default: last_row, count, interval avg)")
    List<String> queries;

    @Option(names = "--query-times", paramLabel = "N", description = "Runs per query and thread (default: 10)")
    Integer queryTimes;

    @Option(names = "--query-threads", paramLabel = "N", description = "Threads per query (default: 1)")
    Integer queryThreads;

    @Option(names = "--no-queries", description = "Skip the query phase")
    boolean noQueries;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the results to this JSON file")
    Path output;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "Seconds between progress lines when not on a terminal (default: ${DEFAULT-VALUE})")
    double progressSeconds;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    BenchCommand() {
        this(System.in, System.out, System.err, Tty.isInteractive());
    }

    /** @param terminal a person is at a terminal: draw the progress bar, ask before dropping a database */
    BenchCommand(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException { // only from reading standard input for the confirmation
        PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
        BenchConfig config;
        String target;
        try {
            JsonNode json = file == null ? null : new ObjectMapper().readTree(file.toFile());
            BenchConfig.Builder b = json == null ? BenchConfig.builder()
                    : BenchJson.read(json, note -> o.println("note: " + note));
            target = dsn != null ? dsn : BenchJson.dsn(json) != null ? BenchJson.dsn(json) : System.getenv("TAOS_DSN");
            config = overlay(b).build();
        } catch (IllegalArgumentException e) {
            err.println("taos4j bench: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("taos4j bench: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        if (target == null || target.isBlank()) {
            target = EMBEDDED_DSN;
            o.println("taos4j bench: using an embedded in-memory server in this JVM (" + EMBEDDED_DSN
                    + "); --dsn benchmarks a TDengine.");
        } else if (config.insert() && config.drop() && !yes && terminal && !confirmed(o, config, target)) {
            o.println();
            o.println("taos4j bench: stopped; nothing was changed.");
            return 1;
        }
        BenchReport report = new BenchRunner(config, target, o, terminal, Math.round(progressSeconds * 1000)).run();
        if (output != null) {
            try {
                report.write(output);
            } catch (IOException e) {
                err.println("taos4j bench: cannot write " + output + ": " + e);
                return 1;
            }
            o.println("Results written to " + output);
        }
        return report.ok() ? 0 : 1;
    }

    /** Asks before a run drops a database on a real server, as taosBenchmark does without {@code -y}. */
    private boolean confirmed(PrintWriter o, BenchConfig config, String target) throws IOException {
        o.print("bench drops and re-creates database " + config.database() + " on "
                + ShellCommand.maskPassword(target) + ". Press Enter to go on, or Ctrl-C to stop (-y skips this): ");
        o.flush();
        int c = in.read();
        return c == '\n' || c == '\r';
    }

    /** The flags the user gave, over the JSON configuration or the defaults. */
    private BenchConfig.Builder overlay(BenchConfig.Builder b) {
        if (mode != null) {
            b.insertMode(mode);
        }
        if (database != null) {
            b.database(database);
        }
        if (tables != null) {
            b.childTables(tables);
        }
        if (records != null) {
            b.rowsPerTable(records);
        }
        if (threads != null) {
            b.threads(threads);
        }
        if (rowsPerRequest != null) {
            b.rowsPerRequest(rowsPerRequest);
        }
        if (interlaceRows != null) {
            b.interlaceRows(interlaceRows);
        }
        if (insertInterval != null) {
            b.insertIntervalMs(insertInterval);
        }
        if (timestampStep != null) {
            b.timestampStep(timestampStep);
        }
        if (startTimestamp != null) {
            b.startTimestamp(startTimestamp);
        }
        if (precision != null) {
            b.precision(precision);
        }
        if (prefix != null) {
            b.childPrefix(prefix);
        }
        if (dataTypes != null || columnCount != null) {
            List<String> types = new ArrayList<>(dataTypes != null ? dataTypes : List.of());
            while (columnCount != null && types.size() < columnCount) {
                types.add("INT");
            }
            b.columns(specs(types, "c"));
        }
        if (tagTypes != null) {
            b.tags(specs(tagTypes, "t"));
        }
        if (vgroups != null) {
            b.vgroups(vgroups);
        }
        if (noDrop) {
            b.drop(false);
        }
        if (queries != null) {
            b.queries(queries);
        }
        if (queryTimes != null) {
            b.queryTimes(queryTimes);
        }
        if (queryThreads != null) {
            b.queryThreads(queryThreads);
        }
        if (noQueries) {
            b.runQueries(false);
        }
        return b;
    }

    private List<ColumnSpec> specs(List<String> types, String namePrefix) {
        List<ColumnSpec> out = new ArrayList<>();
        for (String type : types) {
            String t = type.trim();
            if (binWidth != null && !t.contains("(") && t.matches("(?i)binary|varchar|nchar|varbinary")) {
                t = t + "(" + binWidth + ")";
            }
            out.add(ColumnSpec.of(namePrefix + out.size(), t));
        }
        return out;
    }
}
