package io.taos4j.cli.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the shell cuts input into statements, the way TDengine's {@code taos} does: a statement ends at a {@code ;}
 * outside quotes ({@code '...'}, {@code "..."}, {@code `...`}) and comments ({@code -- ...},
 * {@code /* ... *}{@code /}).
 * Input is complete (ready to run) when it ends with such a {@code ;}, ends with {@code \G}, is blank, or is one of the
 * shell words that need no semicolon ({@code quit}, {@code exit}, {@code q}, {@code clear}, {@code help}).
 * Stateless and thread-safe.
 */
public final class Statements {
    private static final Pattern BARE_COMMAND =
            Pattern.compile("\\s*(quit|exit|q|clear|help)\\s*", Pattern.CASE_INSENSITIVE);

    private Statements() {
    }

    /** The statements of {@code text}, trimmed, without their {@code ;}; blank pieces are dropped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        Scanner s = new Scanner(text);
        int start = 0;
        while (s.advance()) {
            if (s.atTerminator()) {
                add(out, text.substring(start, s.pos));
                start = s.pos + 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String p = piece.strip();
        if (!p.isEmpty() && !isOnlyComment(p)) {
            out.add(p);
        }
    }

    /** True when {@code text} can run as it is (see the class comment); false when more lines should follow. */
    public static boolean isComplete(String text) {
        if (text.isBlank() || BARE_COMMAND.matcher(text).matches()) {
            return true;
        }
        Scanner s = new Scanner(text);
        int lastCode = -1;
        boolean lastIsTerminator = false;
        while (s.advance()) {
            if (s.inCode() && !Character.isWhitespace(text.charAt(s.pos))) {
                lastCode = s.pos;
                lastIsTerminator = s.atTerminator();
            }
        }
        if (s.quote != 0 || s.blockComment) {
            return false;
        }
        if (lastIsTerminator) {
            return true;
        }
        return lastCode >= 1 && text.charAt(lastCode) == 'G' && text.charAt(lastCode - 1) == '\\';
    }

    /**
     * The statement on one line, as taos sends a statement typed over several lines: line breaks become spaces,
     * except inside quotes and where a {@code --} comment ends (there the break is needed).
     */
    public static String flatten(String statement) {
        if (statement.indexOf('\n') < 0) {
            return statement;
        }
        StringBuilder sb = new StringBuilder(statement);
        Scanner s = new Scanner(statement);
        while (s.advance()) {
            char c = statement.charAt(s.pos);
            if ((c == '\n' || c == '\r') && s.quote == 0 && !s.lineComment) {
                sb.setCharAt(s.pos, ' ');
            }
        }
        return sb.toString();
    }

    /** True when {@code statement} ends with {@code \G} (vertical display). */
    public static boolean isVertical(String statement) {
        return statement.endsWith("\\G");
    }

    /** The statement without a trailing {@code \G}. */
    public static String withoutVertical(String statement) {
        return isVertical(statement) ? statement.substring(0, statement.length() - 2).stripTrailing() : statement;
    }

    /**
     * Splits off a {@code >> file} redirection (outside quotes): returns {@code [sql, file]}, or {@code [sql, null]}
     * when there is none. Quotes around the file name are removed.
     */
    public static String[] redirection(String statement) {
        Scanner s = new Scanner(statement);
        while (s.advance()) {
            if (s.inCode() && statement.startsWith(">>", s.pos)) {
                String file = statement.substring(s.pos + 2).strip();
                if (file.length() >= 2 && (file.charAt(0) == '\'' || file.charAt(0) == '"')
                        && file.charAt(file.length() - 1) == file.charAt(0)) {
                    file = file.substring(1, file.length() - 1);
                }
                return new String[] {statement.substring(0, s.pos).strip(), file};
            }
        }
        return new String[] {statement, null};
    }

    /** The first word of a statement in lower case ({@code select}, {@code use}...), or "" when none. */
    public static String verb(String statement) {
        String t = stripLeadingComments(statement);
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String stripLeadingComments(String statement) {
        String t = statement.strip();
        while (true) {
            if (t.startsWith("--")) {
                int nl = t.indexOf('\n');
                t = nl < 0 ? "" : t.substring(nl + 1).strip();
            } else if (t.startsWith("/*")) {
                int end = t.indexOf("*/");
                t = end < 0 ? "" : t.substring(end + 2).strip();
            } else {
                return t;
            }
        }
    }

    private static boolean isOnlyComment(String piece) {
        return stripLeadingComments(piece).isEmpty();
    }

    /** Walks text one character at a time, tracking quotes, escapes and comments. */
    private static final class Scanner {
        final String text;
        int pos = -1;
        char quote;
        boolean lineComment;
        boolean blockComment;
        private boolean skipNext;
        private int start = -1; // where the open quote or comment began

        Scanner(String text) {
            this.text = text;
        }

        /** Moves to the next character; false at the end. State describes the character at {@link #pos}. */
        boolean advance() {
            // state left by the previous character
            if (pos >= 0) {
                char c = text.charAt(pos);
                if (quote != 0) {
                    if (skipNext) {
                        skipNext = false;
                    } else if (c == '\\' && quote != '`') {
                        skipNext = true;
                    } else if (c == quote && pos > start) {
                        quote = 0;
                    }
                } else if (lineComment) {
                    if (c == '\n') {
                        lineComment = false;
                    }
                } else if (blockComment) {
                    if (c == '/' && pos > 0 && text.charAt(pos - 1) == '*' && pos - 1 > start) {
                        blockComment = false;
                    }
                }
            }
            pos++;
            if (pos >= text.length()) {
                return false;
            }
            if (quote == 0 && !lineComment && !blockComment) {
                char c = text.charAt(pos);
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                    start = pos;
                } else if (c == '-' && text.startsWith("--", pos)) {
                    lineComment = true;
                    start = pos;
                } else if (c == '/' && text.startsWith("/*", pos)) {
                    blockComment = true;
                    start = pos + 1;
                }
            }
            return true;
        }

        /** True when the current character is ordinary SQL (not inside a quote or comment, and not opening one). */
        boolean inCode() {
            return quote == 0 && !lineComment && !blockComment;
        }

        boolean atTerminator() {
            return inCode() && text.charAt(pos) == ';';
        }
    }
}
