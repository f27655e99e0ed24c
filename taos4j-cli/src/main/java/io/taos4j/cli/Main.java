package io.taos4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./taos4j}. */
@Command(name = "taos4j", mixinStandardHelpOptions = true, version = "taos4j 0.1.0",
        description = "The taos4j connector for TDengine: demo, embedded server, shell and benchmarks.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
