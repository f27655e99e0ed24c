package io.taos4j.cli.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * The read-run loop at a terminal, on JLine: line editing, statements over several lines ({@code "   -> "}),
 * history in a file, tab completion ({@link SqlCompleter}). Ctrl-C drops the line being typed, or stops the running
 * statement; Ctrl-D on an empty line, {@code quit}, {@code exit} or {@code q} leave.
 */
public final class InteractiveShell {
    /** Statements that carry a password stay out of the history file, as in taos. */
    private static final Pattern SECRET = Pattern.compile("(?is)\\s*(create|alter)\\s+user\\s.*\\bpass\\b.*");

    private final Shell shell;
    private final Terminal terminal;
    private final SchemaCache schema;
    private final Path historyFile;

    /**
     * @param historyFile where history is read from and saved to, or null for none
     */
    public InteractiveShell(Shell shell, Terminal terminal, SchemaCache schema, Path historyFile) {
        this.shell = shell;
        this.terminal = terminal;
        this.schema = schema;
        this.historyFile = historyFile;
    }

    /** Reads and runs statements until the user leaves; saves the history. */
    public void run() {
        DefaultHistory history = new DefaultHistory() {
            @Override
            public void add(Instant time, String line) {
                if (!SECRET.matcher(line).matches()) {
                    super.add(time, line);
                }
            }
        };
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("taos4j")
                .parser(new SqlLineParser())
                .completer(new SqlCompleter(schema))
                .history(history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, Shell.CONTINUATION)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is SQL (!=), not history
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .option(LineReader.Option.KITTY_KEYBOARD, false); // its probe can leave a reply in the input
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> shell.cancel());
        try {
            while (true) {
                String input;
                try {
                    input = reader.readLine(Shell.PROMPT);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C while typing: forget the line
                } catch (EndOfFileException e) {
                    break; // Ctrl-D
                }
                if (shell.run(input, false) == Shell.Next.QUIT) {
                    break;
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                history.save();
            } catch (IOException e) {
                terminal.writer().println("taos4j: could not save the history to " + historyFile + ": " + e);
            }
            terminal.writer().flush();
        }
    }
}
