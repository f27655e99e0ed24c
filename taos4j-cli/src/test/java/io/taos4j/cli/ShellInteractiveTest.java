package io.taos4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The interactive shell through JLine, on terminals over piped streams (JLine puts a pseudo-terminal between them):
 * a dumb one for prompts, continuation lines, quit, Ctrl-D and the history file; an xterm for tab completion and
 * Ctrl-C, which JLine does not offer on a dumb terminal.
 */
class ShellInteractiveTest {

    @TempDir
    Path dir;

    /**
     * Runs the shell on a terminal of {@code type} and types {@code lines}, each after the shell has shown its
     * prompt for it (a person typing), then ends the input. Returns the screen with timings replaced by {@code (T)}.
     */
    private String session(Path history, String[] options, String... lines) throws Exception {
        return session(Terminal.TYPE_DUMB, history, options, lines);
    }

    private String session(String type, Path history, String[] options, String... lines) throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream keys = new PipedInputStream(keyboard, 64 * 1024);
        Screen screen = new Screen();
        Terminal terminal = TerminalBuilder.builder().system(false).type(type).streams(keys, screen)
                .encoding(StandardCharsets.UTF_8).size(Size.of(160, 50)).graphemeCluster(false).build();
        Attributes tty = terminal.getAttributes(); // like a real terminal: Ctrl-C raises SIGINT
        tty.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        tty.setControlChar(Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(tty);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        ShellCommand shell = new ShellCommand(new ByteArrayInputStream(new byte[0]), console, console,
                new ShellCommand.Terminals() {
                    @Override
                    public boolean stdinIsTerminal() {
                        return true;
                    }

                    @Override
                    public Terminal open() {
                        return terminal;
                    }
                });
        List<String> args = new ArrayList<>(List.of("--history", history.toString(), "-z", "UTC"));
        args.addAll(List.of(options));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> Main.reportingErrors(new CommandLine(shell)).execute(args.toArray(String[]::new)));
        int prompts = 0;
        for (String line : lines) {
            prompts++;
            screen.awaitPrompts(prompts, exit);
            keyboard.write(line.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }
        screen.awaitPrompts(prompts + 1, exit); // the last line ran (or the shell quit)
        keyboard.close(); // Ctrl-D
        int code = exit.get(60, TimeUnit.SECONDS);
        String text = screen.settled();
        assertThat(code).as(text + stdout.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty(); // everything went to the terminal
        return ShellRun.untimed(text);
    }

    /** What the terminal showed, readable while the shell writes to it. */
    private static final class Screen extends ByteArrayOutputStream {
        /** The text without ANSI escape sequences (a non-dumb terminal moves the cursor around). */
        synchronized String text() {
            return toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?=>$]*[A-Za-z~]", "")
                    .replace("\r", "");
        }

        /** The text once the terminal's output has stopped arriving (it is copied from the pty by a thread). */
        String settled() throws InterruptedException {
            String last = text();
            for (int i = 0; i < 50; i++) {
                Thread.sleep(100);
                String now = text();
                if (now.equals(last)) {
                    return now;
                }
                last = now;
            }
            return last;
        }

        void awaitPrompts(int n, CompletableFuture<Integer> exit) throws InterruptedException {
            for (int i = 0; i < 1200; i++) {
                String t = text();
                if (t.split("taos> ", -1).length - 1 >= n || exit.isDone()) {
                    return; // an early exit is for the caller's assertions
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the shell did not show prompt " + n + ":\n" + text());
        }
    }

    @Test
    void aSessionWithMultiLineStatementsAndQuit() throws Exception {
        Path history = dir.resolve("history");
        String text = session(history, new String[] {"--dsn", "taos+mem://interactive-test"},
                "create database i1;\n",
                "use i1;\n",
                "create table t (ts timestamp, speed int);\n",
                "insert into t values (1700000000000, 42);\n",
                "select\n  speed\n from t;\n",
                "select ts from t\\G\n",
                "quit\n");
        assertThat(text)
                .contains("Welcome to the taos4j shell")
                .contains("Server: taos+mem://interactive-test (version ")
                .contains("taos> create database i1;\nCreate OK, 0 row(s) affected (T)\n\n")
                .contains("taos> use i1;\nDatabase changed.\n\n")
                .contains("Insert OK, 1 row(s) affected (T)\n\n")
                .contains("taos> select\n   ->   speed\n   ->  from t;\n"
                        + "    speed    |\n==============\n          42 |\nQuery OK, 1 row(s) in set (T)\n\n")
                .contains("taos> select ts from t\\G\n*************************** 1.row ***************************\n"
                        + "ts: 2023-11-14 22:13:20.000\n")
                .contains("taos> q") // the echo of "quit" may be cut short when the terminal closes
                .doesNotContain("DB error");
        String saved = Files.readString(history);
        assertThat(saved).contains("create database i1;").contains("use i1;").contains("select\\n  speed")
                .contains("select ts from t\\\\G");
    }

    @Test
    void onAnAnsiTerminalTabCompletesAndCtrlCDropsTheLine() throws Exception {
        Path history = dir.resolve("completion-history");
        String text = session("xterm", history, new String[] {"--dsn", "taos+mem://interactive-completion-test"},
                "create database c1;\n",
                "create table c1.readings (ts timestamp, level int);\n",
                "use c1;\n",
                "insert into readings values (now, 1) (now + 1s, 2\u0003",
                "sel\t count(*) from rea\t;\n");
        assertThat(Files.readString(history)).contains("select  count(*) from readings ;") // "sel" + Tab: "select "
                .doesNotContain("insert");
        assertThat(text).contains("Query OK, 1 row(s) in set (T)").doesNotContain("Insert OK");
    }

    @Test
    void endOfInputLeavesAndPasswordsStayOutOfTheHistory() throws Exception {
        Path history = dir.resolve("h2");
        String text = session(history, new String[] {"--dsn", "taos+mem://interactive-test-2"},
                "create user reader pass 'Secret_123';\n", "select 1;\n");
        assertThat(text).contains("Query OK, 1 row(s) in set (T)");
        assertThat(Files.readString(history)).contains("select 1;").doesNotContain("Secret_123");
    }

    @Test
    void errorsShowOnTheTerminal() throws Exception {
        String text = session(dir.resolve("h3"), new String[] {"--no-history", "--dsn",
                "taos+mem://interactive-test-3"}, "select * from nosuch.t;\n", "help\n");
        assertThat(text).contains("DB error: ").contains("(T)").contains("source <file>;");
        assertThat(dir.resolve("h3")).doesNotExist();
    }
}
