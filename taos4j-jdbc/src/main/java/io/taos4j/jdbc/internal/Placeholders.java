package io.taos4j.jdbc.internal;

/**
 * Counts the {@code ?} parameter placeholders of a SQL text: those outside string literals ({@code '...'},
 * {@code "..."}, with backslash escapes and doubled quotes), quoted identifiers ({@code `...`}) and comments
 * ({@code -- ...}, {@code /* ... *}{@code /}).
 */
final class Placeholders {
    private Placeholders() {
    }

    static int count(String sql) {
        return positions(sql).length;
    }

    /** The offsets of the placeholders in {@code sql}, in order. */
    static int[] positions(String sql) {
        int[] at = new int[4];
        int n = 0;
        int i = 0;
        int len = sql.length();
        while (i < len) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? len : eol + 1;
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? len : end + 2;
            } else {
                if (c == '?') {
                    if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, n * 2);
                    }
                    at[n++] = i;
                }
                i++;
            }
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /** The index after the quoted text starting at {@code start}; the end of the text if unterminated. */
    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }
}
