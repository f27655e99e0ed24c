package io.taos4j.cli.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when the input is a whole statement ({@link Statements#isComplete}); until then Enter starts a
 * continuation line ({@code "   -> "}). For completion, the word under the cursor is an identifier, possibly
 * qualified ({@code db.table}) or back-quoted. Stateless and thread-safe.
 */
final class SqlLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !Statements.isComplete(line)) {
            throw new EOFError(-1, cursor, "the statement goes on until ';'", "");
        }
        int start = SqlCompleter.wordStart(line, cursor);
        int end = SqlCompleter.wordEnd(line, cursor);
        return new Words(line, cursor, start, end);
    }

    /** The line with one word of interest: the one under the cursor. */
    private record Words(String line, int cursor, int start, int end) implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(start, end);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return end - start;
        }
    }
}
