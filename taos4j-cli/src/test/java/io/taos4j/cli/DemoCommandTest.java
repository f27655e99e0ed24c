package io.taos4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./taos4j demo} runs the whole walk-through against its embedded server and prints it. */
class DemoCommandTest {

    @Test
    void walksThroughTheSeedExample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(new DemoCommand(out)).execute();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        assertThat(text)
                .contains("Started an embedded TDengine-compatible server in this JVM at ws://127.0.0.1:")
                .contains("inserted 6 rows (as expected)")
                .contains("fields: ts TIMESTAMP, current FLOAT, voltage INT, phase FLOAT, groupid INT, location VARCHAR(24)")
                .contains("(6 rows)")
                .contains("Record[ts=")
                .contains("location=California.SanFrancisco]")
                .contains("Successfully inserted 8 rows to power.meters.")
                .contains("(8 rows)")
                .endsWith("Done." + System.lineSeparator());
        assertThat(text.lines().filter(l -> l.startsWith("  Record[")).count()).isEqualTo(6);
    }

    @Test
    void helpListsTheCommands() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine();
        cl.setOut(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8));
        assertThat(cl.execute("--help")).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("demo").contains("server");
    }
}
