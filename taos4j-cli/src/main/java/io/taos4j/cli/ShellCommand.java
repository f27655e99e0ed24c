package io.taos4j.cli;

import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import io.taos4j.cli.shell.InteractiveShell;
import io.taos4j.cli.shell.SchemaCache;
import io.taos4j.cli.shell.Shell;
import io.taos4j.cli.shell.ShellSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./taos4j shell}: a SQL shell like TDengine's {@code taos}. Interactive at a terminal; otherwise it runs
 * {@code -s} statements, a {@code -f} file, or standard input, prints the same output without prompts, and exits
 * with 1 when a statement failed.
 */
@Command(name = "shell", mixinStandardHelpOptions = true, version = "taos4j shell " + Main.VERSION,
        description = {"An interactive SQL shell like TDengine's taos CLI.",
            "Without --dsn (or TAOS_DSN) it starts an embedded in-memory server in this JVM."})
final class ShellCommand implements Callable<Integer> {
    static final String EMBEDDED_DSN = "taos+mem://taos4j-shell";

    @Option(names = {"-E", "--dsn"}, paramLabel = "DSN",
            description = "Connect to this server, e.g. ws://root:taosdata@localhost:6041 (default: TAOS_DSN, "
                    + "else an embedded in-memory server)")
    String dsn;

    @Option(names = {"-s", "--commands"}, paramLabel = "SQL",
            description = "Run these statements (separated by ';') and exit")
    String commands;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Run the statements of this file and exit")
    String file;

    @Option(names = {"-d", "--database"}, paramLabel = "DB", description = "Use this database")
    String database;

    @Option(names = {"-r", "--raw-time"}, description = "Print timestamps as integer ticks")
    boolean rawTime;

    @Option(names = {"-w", "--display-width"}, paramLabel = "N", defaultValue = "30",
            description = "Columns shown per text value in tables (default: ${DEFAULT-VALUE})")
    int displayWidth;

    @Option(names = {"-z", "--timezone"}, paramLabel = "ZONE",
            description = "Time zone timestamps are shown in (default: the system's)")
    ZoneId timezone;

    @Option(names = "--row-limit", paramLabel = "N",
            description = "Rows printed per result; 0 = all (default: the first 100 at a terminal unless the "
                    + "statement has LIMIT or is SHOW/DESCRIBE, all otherwise)")
    Long rowLimit;

    @Option(names = "--history", paramLabel = "FILE",
            description = "History file (default: ~/.taos4j_history)")
    Path history;

    @Option(names = "--no-history", description = "Keep no history file")
    boolean noHistory;

    /** Where the interactive mode gets its terminal; tests supply one over piped streams. */
    interface Terminals {
        boolean stdinIsTerminal();

        Terminal open() throws IOException;
    }

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Terminals terminals;

    ShellCommand() {
        this(System.in, System.out, System.err, new Terminals() {
            @Override
            public boolean stdinIsTerminal() {
                return Tty.isInteractive();
            }

            @Override
            public Terminal open() throws IOException {
                // no grapheme-cluster probe: a late reply to it would end up in the first line typed
                TerminalBuilder builder = TerminalBuilder.builder().system(true).name("taos4j").graphemeCluster(false);
                if (!nativeAccessAllowed()) {
                    builder.ffm(false).jni(false).exec(true); // FFM and JNI would print restricted-method warnings
                }
                return builder.build();
            }
        });
    }

    /**
     * False on Java 22 and later unless {@code --enable-native-access} covers this code: JLine's FFM and JNI
     * terminals would then make the JVM print warnings, so the shell drives the terminal with {@code stty} instead.
     */
    static boolean nativeAccessAllowed() {
        try {
            Object enabled = Module.class.getMethod("isNativeAccessEnabled").invoke(ShellCommand.class.getModule());
            return Boolean.TRUE.equals(enabled);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22 native access needs no permission
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    ShellCommand(InputStream in, PrintStream out, PrintStream err, Terminals terminals) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminals = terminals;
    }

    @Override
    public Integer call() throws IOException {
        String target = dsn != null ? dsn : System.getenv("TAOS_DSN");
        boolean embedded = target == null || target.isBlank();
        if (embedded) {
            target = EMBEDDED_DSN;
        }
        ShellSettings settings = new ShellSettings().rawTime(rawTime);
        try {
            settings.displayWidth(displayWidth).rowLimit(rowLimit);
        } catch (IllegalArgumentException e) {
            err.println("taos4j shell: " + e.getMessage());
            return 2;
        }
        if (timezone != null) {
            settings.zone(timezone);
        }
        boolean interactive = commands == null && file == null && terminals.stdinIsTerminal();
        try (Taos taos = TaosBuilder.fromDsn(target).build()) {
            if (database != null) {
                taos.useDatabase(database);
            }
            if (interactive) {
                try (Terminal terminal = terminals.open()) {
                    return interactive(taos, terminal, settings, target, embedded);
                }
            }
            PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
            PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
            if (embedded) {
                e.println("taos4j shell: using an embedded in-memory server (" + EMBEDDED_DSN
                        + "); its data is gone on exit. --dsn connects to a TDengine.");
            }
            Shell shell = new Shell(taos, settings, o, e, () -> { });
            if (commands != null && shell.run(commands, true) == Shell.Next.QUIT) {
                return exitCode(shell);
            }
            if (file != null) {
                shell.source(file);
            } else if (commands == null) {
                shell.runScript(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), false);
            }
            return exitCode(shell);
        }
    }

    private static int exitCode(Shell shell) {
        return shell.errors() > 0 ? 1 : 0;
    }

    private int interactive(Taos taos, Terminal terminal, ShellSettings settings, String target, boolean embedded) {
        settings.interactive(true).color(!terminal.getType().startsWith(Terminal.TYPE_DUMB));
        PrintWriter w = terminal.writer();
        w.println("Welcome to the taos4j shell " + Main.VERSION + ", a TDengine-compatible SQL shell.");
        if (embedded) {
            w.println("Server: embedded in this JVM, in memory (" + target + ", version " + taos.serverVersion()
                    + "); its data is gone when the shell exits.");
            w.println("        --dsn ws://host:6041 (or TAOS_DSN) connects to a TDengine instead.");
        } else {
            w.println("Server: " + maskPassword(target) + " (version " + taos.serverVersion() + ").");
        }
        w.println("Statements end with ';'. Type help; for the shell's commands, quit or Ctrl-D to leave.");
        w.println();
        w.flush();
        SchemaCache schema = new SchemaCache(taos);
        Shell shell = new Shell(taos, settings, w, w, schema::invalidate);
        Path historyFile = noHistory ? null
                : history != null ? history : Path.of(System.getProperty("user.home"), ".taos4j_history");
        try {
            new InteractiveShell(shell, terminal, schema, historyFile).run();
        } catch (UncheckedIOException e) {
            w.println("taos4j: " + e.getMessage());
        }
        return 0;
    }

    /** The DSN with its password replaced by stars. */
    static String maskPassword(String dsn) {
        return dsn.replaceFirst("(://[^:/@]*:)[^@/]*@", "$1******@");
    }
}
