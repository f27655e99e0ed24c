package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Hint;
import java.util.ArrayList;
import java.util.List;

/**
 * The hint list of {@code SELECT /*+ hint(param, ...) ... *}{@code /}. Like TDengine, reading stops quietly at the
 * first malformed hint; the hints before it are kept.
 */
final class Hints {
    private Hints() {
    }

    /** Parses the hint comment {@code text[start, end)} (including its delimiters). */
    static List<Hint> parse(String text, int start, int end) {
        int stop = end >= start + 5 && text.startsWith("*/", end - 2) ? end - 2 : end;
        List<Hint> hints = new ArrayList<>();
        int i = start + 3;
        while (true) {
            i = skipSpace(text, i, stop);
            int nameEnd = word(text, i, stop);
            if (nameEnd == i) {
                return hints;
            }
            String name = text.substring(i, nameEnd);
            i = skipSpace(text, nameEnd, stop);
            List<String> params = new ArrayList<>();
            if (i < stop && text.charAt(i) == '(') {
                i = skipSpace(text, i + 1, stop);
                while (i < stop && text.charAt(i) != ')') {
                    int paramEnd = word(text, i, stop);
                    if (paramEnd == i) {
                        return hints;
                    }
                    params.add(text.substring(i, paramEnd));
                    i = skipSpace(text, paramEnd, stop);
                    if (i < stop && text.charAt(i) == ',') {
                        i = skipSpace(text, i + 1, stop);
                    }
                }
                if (i >= stop) {
                    return hints;
                }
                i++;
            }
            hints.add(new Hint(name, params));
        }
    }

    private static int word(String text, int i, int stop) {
        while (i < stop && Lexer.isIdChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int i, int stop) {
        while (i < stop && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
