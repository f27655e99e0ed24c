package io.taos4j.cli.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the shell: keywords, functions and shell commands, plus names from the server
 * ({@link SchemaCache}). The word before the cursor and the keyword before it choose what is offered:
 * <ul>
 *   <li>after {@code USE}, {@code DATABASE}: databases;</li>
 *   <li>after {@code FROM}, {@code INTO}, {@code TABLE}, {@code DESCRIBE}, {@code USING}, {@code JOIN}...: tables of
 *       the current database, and databases (as {@code db.} to go on with a table);</li>
 *   <li>{@code db.} prefix: the tables of {@code db}; {@code table.} prefix: its columns;</li>
 *   <li>elsewhere: keywords, functions, columns and tags of the tables the statement names, and tables.</li>
 * </ul>
 * Matching ignores case; keywords are offered in upper case when the word is typed in upper case. Thread-safe.
 */
public final class SqlCompleter implements Completer {
    private static final Set<String> TABLE_CONTEXT = Set.of("from", "into", "table", "describe", "desc", "using",
            "join", "stable");
    private static final Set<String> DATABASE_CONTEXT = Set.of("use", "database");
    private static final Set<String> SKIPPED = Set.of("if", "not", "exists");

    private final SchemaCache schema;

    public SqlCompleter(SchemaCache schema) {
        this.schema = schema;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, line.cursor());
        String after = line.line().substring(line.cursor());
        for (Suggestion s : suggest(before, after)) {
            candidates.add(new Candidate(s.value, s.value, s.group, null, null, null, s.complete));
        }
    }

    /** One completion: the text that replaces the word, its group, and whether a space may follow it. */
    record Suggestion(String value, String group, boolean complete) {
    }

    /** The values offered for the word ending at the end of {@code before} ({@code after} is the rest of the line). */
    public List<String> candidates(String before, String after) {
        return suggest(before, after).stream().map(Suggestion::value).toList();
    }

    List<Suggestion> suggest(String before, String after) {
        int start = wordStart(before, before.length());
        String word = before.substring(start);
        List<String> previous = words(before.substring(0, start));
        List<Suggestion> out = new ArrayList<>();
        if (word.startsWith("\\")) {
            out.add(new Suggestion("\\G;", "shell", false));
            return out;
        }
        String context = context(previous);
        String current = schema.currentDatabase();
        int dot = word.lastIndexOf('.');
        if (dot > 0) {
            String qualifier = unquote(word.substring(0, dot));
            String prefix = word.substring(dot + 1);
            if (containsIgnoreCase(schema.databases(), qualifier)) {
                addAll(out, word.substring(0, dot + 1), schema.tables(qualifier), prefix, "table", true);
            } else if (current != null) {
                addAll(out, word.substring(0, dot + 1), schema.columns(current, qualifier), prefix, "column", true);
            }
            return out;
        }
        if (DATABASE_CONTEXT.contains(context)) {
            addAll(out, "", schema.databases(), word, "database", true);
            return out;
        }
        if (TABLE_CONTEXT.contains(context)) {
            if (current != null) {
                addAll(out, "", schema.tables(current), word, "table", true);
            }
            for (String db : schema.databases()) {
                if (startsWithIgnoreCase(db, word)) {
                    out.add(new Suggestion(db + ".", "database", false));
                }
            }
            return out;
        }
        boolean upper = !word.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
        addWords(out, SqlWords.KEYWORDS, word, "keyword", upper);
        addWords(out, SqlWords.FUNCTIONS, word, "function", upper);
        if (previous.isEmpty()) {
            addWords(out, SqlWords.SHELL, word, "shell", upper);
        }
        if (current != null) {
            List<String> tables = schema.tables(current);
            Set<String> columns = new LinkedHashSet<>();
            int named = 0;
            for (String token : words(before + " " + after)) {
                String table = unquote(token);
                if (named < 4 && containsIgnoreCase(tables, table)) {
                    columns.addAll(schema.columns(current, table));
                    named++;
                }
            }
            addAll(out, "", new ArrayList<>(columns), word, "column", true);
            addAll(out, "", tables, word, "table", true);
        }
        return out;
    }

    /** The keyword that decides what a word means: the last word before it, skipping IF / NOT / EXISTS. */
    private static String context(List<String> previous) {
        for (int i = previous.size() - 1; i >= 0; i--) {
            String w = previous.get(i).toLowerCase(Locale.ROOT);
            if (!SKIPPED.contains(w)) {
                return w.equals("desc") && i > 0 ? "" : w; // DESC t describes; ORDER BY ts DESC does not
            }
        }
        return "";
    }

    private static void addWords(List<Suggestion> out, List<String> words, String prefix, String group,
            boolean upper) {
        for (String w : words) {
            if (startsWithIgnoreCase(w, prefix)) {
                out.add(new Suggestion(upper ? w.toUpperCase(Locale.ROOT) : w, group, true));
            }
        }
    }

    private static void addAll(List<Suggestion> out, String qualifier, List<String> names, String prefix,
            String group, boolean complete) {
        String bare = unquote(prefix);
        for (String name : names) {
            if (startsWithIgnoreCase(name, bare)) {
                out.add(new Suggestion(qualifier + (isPlain(name) ? name : "`" + name + "`"), group, complete));
            }
        }
    }

    private static boolean isPlain(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private static String unquote(String name) {
        return name.replace("`", "");
    }

    /**
     * Where the word that ends at {@code cursor} starts: identifier characters, dots, backquotes; or a backslash
     * and what follows it ({@code t\} completes the backslash to {@code \G;}).
     */
    static int wordStart(String line, int cursor) {
        int i = cursor;
        while (i > 0 && isWordChar(line.charAt(i - 1))) {
            i--;
            if (line.charAt(i) == '\\') {
                break;
            }
        }
        return i;
    }

    /** Where the word under {@code cursor} ends. */
    static int wordEnd(String line, int cursor) {
        int i = cursor;
        while (i < line.length() && isWordChar(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '`' || c == '\\';
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^A-Za-z0-9_.`\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
