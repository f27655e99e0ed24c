package io.taos4j.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench all}: runs every comparison subcommand of {@link Bench} in turn (those implementing
 * {@link Comparison} give figures; any other, e.g. one added by another branch, is run with its defaults and its
 * printed output kept), then writes the results with the machine they ran on as JSON ({@code --json}) and a bar chart
 * of the ratios as PNG ({@code --chart}). A comparison that fails is recorded as failed; the others still run.
 */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = "Run every comparison, write the JSON results and the PNG chart of the ratios.")
final class BenchAll implements Callable<Integer> {
    /** Subcommands that are not comparisons with the official driver. */
    private static final Set<String> NOT_COMPARISONS = Set.of("jmh", "all", "durable");

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "0.1",
            description = "Multiplies every comparison's sizes (default ${DEFAULT-VALUE}, a few minutes on 2 cores;"
                    + " 1 = the full sizes: 10M rows fetched, 1,000 tables x 10,000 rows inserted)")
    double scale;

    @Option(names = "--json", defaultValue = "docs/bench/latest.json", description = "Result file (default ${DEFAULT-VALUE})")
    Path json;

    @Option(names = "--chart", defaultValue = "docs/bench/latest.png", description = "Chart file (default ${DEFAULT-VALUE})")
    Path chart;

    @Option(names = "--only", split = ",", description = "Run only these comparisons (names, comma-separated)")
    List<String> only;

    @Option(names = "--skip", split = ",", description = "Skip these comparisons (names, comma-separated)")
    List<String> skip;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Report report = new Report(scale, Report.Machine.now());
        PrintStream out = System.out;
        out.println("bench all: scale " + scale + "; " + Trials.machineLine());
        int failed = 0;
        for (CommandLine sub : spec.parent().subcommands().values()) {
            String name = sub.getCommandName();
            if (NOT_COMPARISONS.contains(name) || (only != null && !only.contains(name))
                    || (skip != null && skip.contains(name)) || report.has(name)) {
                continue;
            }
            out.printf(Locale.ROOT, "%n=== %s ===%n", name);
            long start = System.nanoTime();
            try {
                if (sub.getCommand() instanceof Comparison c) {
                    sub.parseArgs(); // applies the subcommand's option defaults
                    report.add(name, c.compare(scale, out), null, null, seconds(start));
                } else {
                    report.add(name, List.of(), runCapturing(sub, out), null, seconds(start));
                }
            } catch (Exception | Error e) {
                failed++;
                e.printStackTrace(out);
                report.add(name, List.of(), null, String.valueOf(e), seconds(start));
            }
        }
        report.finish();
        report.writeJson(json);
        Chart.render(report, chart);
        out.printf(Locale.ROOT, "%nwrote %s and %s%n", json, chart);
        out.print(report.table());
        return failed == 0 ? 0 : 1;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs a subcommand that is not a {@link Comparison} (with --scale when it has one), keeping what it prints. */
    private String runCapturing(CommandLine sub, PrintStream out) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
                copy.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>();
        if (scale != 1 && sub.getCommandSpec().findOption("--scale") != null) {
            args.add("--scale");
            args.add(Double.toString(scale));
        }
        PrintStream saved = System.out;
        System.setOut(tee);
        int code;
        try {
            code = sub.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(saved);
        }
        if (code != 0) {
            throw new IllegalStateException(sub.getCommandName() + " exited with " + code);
        }
        return copy.toString(StandardCharsets.UTF_8);
    }
}
