package io.taos4j;

import java.util.Locale;

/**
 * What a statement does, as far as sending it twice is concerned: decided by its first keyword, after leading
 * blanks, comments and parentheses. Used to choose which requests are sent again after a reconnection.
 */
enum SqlKind {
    /** SELECT, SHOW, DESCRIBE/DESC, EXPLAIN, WITH: no effect on data, safe to run twice. */
    READ,
    /** USE: sets session state, safe to run twice. */
    USE,
    /** Anything else (INSERT, DELETE, DDL, ...): may change data; its outcome is unknown if the reply is lost. */
    WRITE;

    boolean isReplayable() {
        return this != WRITE;
    }

    static SqlKind of(String sql) {
        String word = firstWord(sql).toLowerCase(Locale.ROOT);
        return switch (word) {
            case "select", "show", "describe", "desc", "explain", "with" -> READ;
            case "use" -> USE;
            default -> WRITE;
        };
    }

    private static String firstWord(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i);
    }
}
