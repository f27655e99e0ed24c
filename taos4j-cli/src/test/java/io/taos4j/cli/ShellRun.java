package io.taos4j.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code ./taos4j shell} in this JVM with standard input not a terminal, capturing what it prints. */
record ShellRun(int exit, String out, String err) {

    static ShellRun run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ShellCommand shell = new ShellCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ShellCommand.Terminals() {
                    @Override
                    public boolean stdinIsTerminal() {
                        return false;
                    }

                    @Override
                    public org.jline.terminal.Terminal open() {
                        throw new AssertionError("not interactive");
                    }
                });
        CommandLine cl = Main.reportingErrors(new CommandLine(shell));
        cl.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        List<String> all = new ArrayList<>(List.of("-z", "UTC"));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new ShellRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output with every timing {@code (0.001234s)} replaced by {@code (T)}. */
    String outTimed() {
        return untimed(out);
    }

    String errTimed() {
        return untimed(err);
    }

    static String untimed(String s) {
        return s.replaceAll("\\(\\d+\\.\\d{6}s\\)", "(T)").replace(System.lineSeparator(), "\n");
    }
}
