package io.taos4j.server.sql;

/**
 * Text helpers shared by the lexer, the parser and result-column naming: TDengine's client-side case folding and
 * UTF-8-safe truncation. Stateless and thread-safe.
 */
public final class SqlText {
    /** Result-column labels (and aliases) are cut to this many bytes (TSDB_COL_NAME_LEN - 1). */
    public static final int MAX_LABEL_BYTES = 64;

    private SqlText() {
    }

    /**
     * Lower-cases every ASCII letter outside {@code '...'}, {@code "..."} and {@code `...`}, as TDengine's client
     * does before parsing (tdengine-sql.md §1.1). Inside a quoted region a backslash escapes the next character.
     * Length and offsets are unchanged; returns {@code sql} itself when nothing changes.
     */
    public static String fold(String sql) {
        int n = sql.length();
        char[] out = null;
        char quote = 0;
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = sql.toCharArray();
                }
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? sql : new String(out);
    }

    /** Number of bytes {@code s} takes in UTF-8. */
    public static int utf8Length(CharSequence s) {
        int bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The longest prefix of {@code s} that fits in {@code maxBytes} UTF-8 bytes without splitting a character. */
    public static String truncateUtf8(String s, int maxBytes) {
        int n = s.length();
        if (n <= maxBytes / 3) {
            return s;
        }
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int w;
            int chars = 1;
            if (c < 0x80) {
                w = 1;
            } else if (c < 0x800) {
                w = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                w = 4;
                chars = 2;
            } else {
                w = 3;
            }
            if (bytes + w > maxBytes) {
                return s.substring(0, i);
            }
            bytes += w;
            i += chars - 1;
        }
        return s;
    }
}
