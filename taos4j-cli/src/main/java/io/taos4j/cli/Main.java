package io.taos4j.cli;

import io.taos4j.TaosException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./taos4j}. */
@Command(name = "taos4j", mixinStandardHelpOptions = true, version = "taos4j " + Main.VERSION,
        description = "The taos4j connector for TDengine: a walk-through demo, an embedded server, a SQL shell and a "
                + "benchmark.",
        subcommands = {DemoCommand.class, ServerCommand.class, ShellCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return reportingErrors(new CommandLine(new Main()));
    }

    /** Reports the failures a user can act on as one line ({@code taos4j: message}, exit 1), not a stack trace. */
    static CommandLine reportingErrors(CommandLine cl) {
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof TaosException || e instanceof IllegalStateException
                    || e instanceof UnsupportedOperationException) {
                cmd.getErr().println("taos4j: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
