package io.taos4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The results of {@code bench all}: every comparison's figures and the machine, as JSON and as a text table. */
final class Report {
    private final double scale;
    private final Machine machine;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<Entry> entries = new ArrayList<>();
    private double loadAtEnd = Double.NaN;

    Report(double scale, Machine machine) {
        this.scale = scale;
        this.machine = machine;
    }

    /** One comparison's outcome: figures, or the printed output of a subcommand without figures, or an error. */
    record Entry(String name, List<Figure> figures, String output, String error, double seconds) {
    }

    /** Where the figures were measured. */
    record Machine(int cores, long memoryMb, String cpu, String os, String jvm, String jvmOptions,
            double loadAverageAtStart, String gitCommit, boolean gitDirty) {

        static Machine now() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() >> 20
                    : -1;
            String commit = git("rev-parse", "HEAD");
            String status = git("status", "--porcelain", "--untracked-files=no");
            return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpuModel(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                    os.getSystemLoadAverage(), commit == null ? "unknown" : commit.trim(),
                    status != null && !status.isBlank());
        }

        private static String cpuModel() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return System.getProperty("os.arch");
        }

        private static String git(String... args) {
            try {
                List<String> cmd = new ArrayList<>(List.of("git"));
                cmd.addAll(List.of(args));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes());
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? text : null;
            } catch (IOException | InterruptedException e) {
                return null;
            }
        }
    }

    boolean has(String name) {
        return entries.stream().anyMatch(e -> e.name().equals(name));
    }

    void add(String name, List<Figure> figures, String output, String error, double seconds) {
        entries.add(new Entry(name, List.copyOf(figures), output, error, seconds));
    }

    void finish() {
        loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    Machine machine() {
        return machine;
    }

    double scale() {
        return scale;
    }

    Instant started() {
        return started;
    }

    double loadAtEnd() {
        return loadAtEnd;
    }

    /** Every figure of every comparison, in order. */
    List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        entries.forEach(e -> all.addAll(e.figures()));
        return all;
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("started", started.toString());
        root.put("scale", scale);
        root.put("reproduce", "./taos4j-bench/run all --scale " + scale);
        root.put("official", "com.taosdata.jdbc:taos-jdbcdriver 3.7.9 (WebSocket, jdbc:TAOS-WS://)");
        root.put("machine", machine);
        root.put("loadAverageAtEnd", loadAtEnd);
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("seconds", Math.round(e.seconds() * 10) / 10.0);
            List<Object> figures = new ArrayList<>();
            for (Figure f : e.figures()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("workload", f.workload());
                fm.put("unit", f.unit());
                fm.put("taos4j", Math.round(f.taos4j()));
                fm.put("official", Math.round(f.official()));
                fm.put("ratio", round(f.ratio()));
                fm.put("taos4jCpuNanosPerRow", round(f.taos4jCpuNanosPerRow()));
                fm.put("officialCpuNanosPerRow", round(f.officialCpuNanosPerRow()));
                fm.put("cpuRatio", round(f.cpuRatio()));
                fm.put("runs", f.runs());
                fm.put("rowsPerRun", f.rows());
                figures.add(fm);
            }
            m.put("figures", figures);
            if (e.output() != null) {
                m.put("output", e.output());
            }
            if (e.error() != null) {
                m.put("error", e.error());
            }
            list.add(m);
        }
        root.put("comparisons", list);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    /** NaN and infinities become null in JSON; others keep three decimals. */
    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
    }

    /** The figures as a Markdown table (what the README shows). */
    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| comparison | workload | taos4j | taos-jdbcdriver | ratio | client CPU ns/row taos4j / official |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
        for (Figure f : figures()) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %,.0f %s | %,.0f %s | %.2f | %s |%n", f.comparison(),
                    f.workload(), f.taos4j(), f.unit(), f.official(), f.unit(), f.ratio(),
                    Double.isNaN(f.taos4jCpuNanosPerRow()) ? "n/a" : String.format(Locale.ROOT, "%.0f / %.0f",
                            f.taos4jCpuNanosPerRow(), f.officialCpuNanosPerRow())));
        }
        for (Entry e : entries) {
            if (e.error() != null) {
                sb.append("| ").append(e.name()).append(" | failed: ").append(e.error()).append(" | | | | |\n");
            } else if (e.figures().isEmpty()) {
                sb.append("| ").append(e.name()).append(" | (no figures: see its output in the JSON) | | | | |\n");
            }
        }
        return sb.toString();
    }
}
