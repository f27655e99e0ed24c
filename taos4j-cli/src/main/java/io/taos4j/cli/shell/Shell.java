package io.taos4j.cli.shell;

import io.taos4j.ResultSet;
import io.taos4j.Taos;
import io.taos4j.TaosException;
import io.taos4j.protocol.TaosError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell's engine, shared by the interactive and the scripted modes: runs input (one or more statements), handles
 * the shell's own commands ({@code quit}, {@code source}, {@code SET MAX_BINARY_DISPLAY_WIDTH}, {@code clear},
 * {@code help}) and prints results, timing lines and errors in the {@code taos} formats:
 * <pre>
 * Query OK, 2 row(s) in set (0.003211s)
 * Insert OK, 1 row(s) affected (0.001022s)
 * DB error: Table does not exist [0x2603] (0.000417s)
 * </pre>
 * Results go to {@code out}, errors to {@code err}. One thread runs statements; {@link #cancel()} may be called
 * from another (a Ctrl-C handler).
 */
public final class Shell {
    /** What the caller should do after a piece of input. */
    public enum Next { CONTINUE, QUIT }

    static final String PROMPT = "taos> ";
    static final String CONTINUATION = "   -> ";
    private static final Pattern QUIT = Pattern.compile("(?i)quit|exit|q");
    private static final Pattern SOURCE = Pattern.compile("(?i)source\\s+(\\S+)");
    private static final Pattern DISPLAY_WIDTH =
            Pattern.compile("(?i)set\\s+max_binary_display_width\\s+(default|[1-9][0-9]*)");
    private static final int MAX_SOURCE_DEPTH = 16;

    private final Taos taos;
    private final ShellSettings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Cells cells;
    private final Runnable onSchemaChange;
    private volatile boolean cancelled;
    private int errors;
    private int sourceDepth;

    /**
     * @param onSchemaChange called after statements that may change databases, tables or the current database
     *                       (completion caches listen)
     */
    public Shell(Taos taos, ShellSettings settings, PrintWriter out, PrintWriter err, Runnable onSchemaChange) {
        this.taos = taos;
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.cells = new Cells(settings);
        this.onSchemaChange = onSchemaChange;
    }

    /** Statements that failed so far (the scripted modes exit non-zero when there were any). */
    public int errors() {
        return errors;
    }

    /** Stops the running statement: no more rows are fetched or printed. Safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Runs complete input: every statement in it, in order. With {@code echo} the input is printed first after the
     * prompt, as taos does for {@code -s} and {@code source}.
     */
    public Next run(String input, boolean echo) {
        if (echo) {
            out.println(PROMPT + input.strip().replace("\n", "\n" + CONTINUATION));
            out.flush();
        }
        for (String statement : Statements.split(input)) {
            if (runOne(statement) == Next.QUIT) {
                return Next.QUIT;
            }
        }
        return Next.CONTINUE;
    }

    /**
     * Runs a script line by line: statements end with {@code ;} (they may span lines), lines starting with
     * {@code #} are skipped, a last statement without {@code ;} runs at the end.
     */
    public Next runScript(BufferedReader reader, boolean echo) throws IOException {
        StringBuilder buffer = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (buffer.length() == 0 && (line.isBlank() || line.stripLeading().startsWith("#"))) {
                continue;
            }
            if (buffer.length() > 0) {
                buffer.append('\n');
            }
            buffer.append(line);
            String end = line.stripTrailing();
            boolean mayEnd = end.endsWith(";") || end.endsWith("\\G") || buffer.indexOf("\n") < 0;
            if (mayEnd && Statements.isComplete(buffer.toString())) {
                Next next = run(buffer.toString(), echo);
                buffer.setLength(0);
                if (next == Next.QUIT) {
                    return Next.QUIT;
                }
            }
        }
        if (!buffer.toString().isBlank()) {
            return run(buffer.toString(), echo);
        }
        return Next.CONTINUE;
    }

    private Next runOne(String statement) {
        cancelled = false;
        if (QUIT.matcher(statement).matches()) {
            return Next.QUIT;
        }
        if (statement.equalsIgnoreCase("clear")) {
            if (settings.color()) {
                out.print("\u001B[H\u001B[2J");
                out.flush();
            }
            return Next.CONTINUE;
        }
        if (statement.equalsIgnoreCase("help")) {
            printHelp();
            return Next.CONTINUE;
        }
        Matcher m = DISPLAY_WIDTH.matcher(statement);
        if (m.matches()) {
            settings.displayWidth(m.group(1).equalsIgnoreCase("default") ? ShellSettings.DEFAULT_DISPLAY_WIDTH
                    : Math.min(10 * 1024, Integer.parseInt(m.group(1))));
            return Next.CONTINUE;
        }
        m = SOURCE.matcher(statement);
        if (m.matches()) {
            return source(m.group(1));
        }
        runOnServer(statement);
        return Next.CONTINUE;
    }

    /** Runs the statements of a file, each echoed after the prompt. */
    public Next source(String file) {
        Path path = Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
        if (sourceDepth >= MAX_SOURCE_DEPTH) {
            error("source " + file + ": files source each other more than " + MAX_SOURCE_DEPTH + " levels deep");
            return Next.CONTINUE;
        }
        sourceDepth++;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return runScript(reader, true);
        } catch (IOException e) {
            error("failed to open file " + path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return Next.CONTINUE;
        } finally {
            sourceDepth--;
        }
    }

    private void runOnServer(String statement) {
        String[] redirect = Statements.redirection(statement);
        boolean vertical = Statements.isVertical(redirect[0]);
        String sql = Statements.flatten(Statements.withoutVertical(redirect[0]));
        String verb = Statements.verb(sql);
        long start = System.nanoTime();
        try (ResultSet rs = await(taos.queryAsync(sql))) {
            if (rs == null) {
                out.println("Query interrupted (" + TaosError.TSC_QUERY_KILLED.text() + "), 0 row(s) in set ("
                        + seconds(start) + "s)");
                out.println();
                return;
            }
            if (verb.equals("use")) {
                out.println("Database changed.");
                out.println();
            } else if (rs.fields().isEmpty()) {
                out.println(okWord(verb) + ", " + rs.affectedRows() + " row(s) affected (" + seconds(start) + "s)");
                out.println();
            } else {
                ResultPrinter.Outcome done = redirect[1] != null
                        ? new CsvExport(cells).write(rs, Path.of(redirect[1]), () -> cancelled)
                        : new ResultPrinter(cells, out).print(rs, vertical, rowLimit(sql), () -> cancelled);
                if (done.cancelled()) {
                    out.println("Query interrupted (" + TaosError.TSC_QUERY_KILLED.text() + "), " + done.rows()
                            + " row(s) in set (" + seconds(start) + "s)");
                } else {
                    out.println("Query OK, " + done.rows() + " row(s) in set (" + seconds(start) + "s)");
                }
                out.println();
            }
            if (changesSchema(verb)) {
                onSchemaChange.run();
            }
        } catch (TaosException e) {
            error("DB error: " + e.serverMessage() + " [0x" + String.format(Locale.ROOT, "%04X", e.code()) + "] ("
                    + seconds(start) + "s)");
        } catch (IOException e) {
            error("failed to write " + redirect[1] + ": " + e.getMessage());
        } catch (RuntimeException e) {
            error("DB error: " + e + " (" + seconds(start) + "s)");
        } finally {
            out.flush();
        }
    }

    /** Waits for a query, checking for Ctrl-C; null when cancelled (the result is then freed when it arrives). */
    private ResultSet await(CompletableFuture<ResultSet> future) {
        while (true) {
            if (cancelled) {
                future.thenAccept(ResultSet::close);
                return null;
            }
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof TaosException te ? te
                        : new TaosException(TaosError.TSC_INTERNAL_ERROR.code(), String.valueOf(cause));
            }
        }
    }

    private long rowLimit(String sql) {
        Long limit = settings.rowLimit();
        if (limit != null) {
            return limit;
        }
        if (!settings.interactive()) {
            return 0;
        }
        String text = " " + sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        boolean whole = text.contains(" limit ") || text.contains(" show ") || text.contains(" describe ")
                || text.contains(" desc ");
        return whole ? 0 : ShellSettings.DEFAULT_INTERACTIVE_ROW_LIMIT;
    }

    private static String okWord(String verb) {
        return switch (verb) {
            case "insert" -> "Insert OK";
            case "create" -> "Create OK";
            case "drop" -> "Drop OK";
            case "delete" -> "Delete OK";
            default -> "Query OK";
        };
    }

    private static boolean changesSchema(String verb) {
        return switch (verb) {
            case "use", "create", "drop", "alter", "insert" -> true;
            default -> false;
        };
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.6f", (System.nanoTime() - startNanos) / 1e9);
    }

    private void error(String message) {
        errors++;
        out.flush();
        err.println();
        err.println(settings.color() ? "\u001B[31m" + message + "\u001B[0m" : message);
        err.flush();
    }

    private void printHelp() {
        out.println("Statements end with ';' and may span lines. Besides SQL, the shell understands:");
        out.println("  <query>\\G;                          print each row vertically, one value per line");
        out.println("  <query> >> file.csv;                write every row of the result to a CSV file");
        out.println("  source <file>;                      run the statements of a file");
        out.println("  set max_binary_display_width <n>;   columns of text shown per value ('default': "
                + ShellSettings.DEFAULT_DISPLAY_WIDTH + ")");
        out.println("  clear                               clear the screen");
        out.println("  help                                this text");
        out.println("  quit, exit, q                       leave (as does Ctrl-D); Ctrl-C drops the line or stops a"
                + " query");
        out.println("Tab completes keywords, functions, databases, tables and columns.");
        out.println();
        out.flush();
    }
}
