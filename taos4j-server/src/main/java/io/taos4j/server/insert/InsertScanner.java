package io.taos4j.server.insert;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.SqlError;
import java.nio.charset.StandardCharsets;

/**
 * A hand-written scanner over the (case-folded) text of an INSERT statement: names, punctuation, keywords and
 * value tokens. It allocates only for names and string contents.
 *
 * <p>The current value token is described by {@link #kind}, {@link #start}, {@link #end} and, for strings,
 * {@link #text}; an optional {@code + duration} / {@code - duration} suffix (as in {@code now - 10s}) is collected
 * into {@link #offsetAmount}/{@link #offsetUnit} lists of at most a few terms.
 */
final class InsertScanner {

    enum Kind { STRING, INTEGER, FLOAT, HEX, BIN, BOOL_TRUE, BOOL_FALSE, NULL, NOW, TODAY, OTHER }

    final String sql;
    int pos;

    // current value token
    Kind kind;
    int start;
    int end;
    String text;
    boolean negative;
    final long[] offsetAmount = new long[8];
    final char[] offsetUnit = new char[8];
    int offsets;

    InsertScanner(String foldedSql) {
        this.sql = foldedSql;
    }

    boolean atEnd() {
        skipSpace();
        return pos >= sql.length() || sql.charAt(pos) == ';';
    }

    void skipSpace() {
        int n = sql.length();
        while (pos < n) {
            char c = sql.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '-' && pos + 1 < n && sql.charAt(pos + 1) == '-') {
                while (pos < n && sql.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < n && sql.charAt(pos + 1) == '*') {
                int close = sql.indexOf("*/", pos + 2);
                pos = close < 0 ? n : close + 2;
            } else {
                return;
            }
        }
    }

    char peek() {
        skipSpace();
        return pos < sql.length() ? sql.charAt(pos) : '\0';
    }

    boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes {@code c} or fails with TDengine's insert-parser message {@code syntax error near '<rest>' (<c> expected)}. */
    void expect(char c) {
        if (!accept(c)) {
            throw valueError(pos, c + " expected");
        }
    }

    /** True (and consumed) when the next word is {@code keyword}, matched case-insensitively as a whole word. */
    boolean acceptKeyword(String keyword) {
        skipSpace();
        int n = keyword.length();
        if (sql.regionMatches(true, pos, keyword, 0, n) && !isIdentChar(charAt(pos + n))) {
            pos += n;
            return true;
        }
        return false;
    }

    boolean peekKeyword(String keyword) {
        int save = pos;
        boolean found = acceptKeyword(keyword);
        pos = save;
        return found;
    }

    void expectKeyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw syntax();
        }
    }

    /** A name: plain (already folded) or backquoted (case kept, {@code ``} = one backtick). */
    String name() {
        skipSpace();
        int n = sql.length();
        if (pos < n && sql.charAt(pos) == '`') {
            StringBuilder sb = new StringBuilder();
            int i = pos + 1;
            while (true) {
                if (i >= n) {
                    throw syntax();
                }
                char c = sql.charAt(i);
                if (c == '`') {
                    if (i + 1 < n && sql.charAt(i + 1) == '`') {
                        sb.append('`');
                        i += 2;
                        continue;
                    }
                    break;
                }
                sb.append(c);
                i++;
            }
            if (sb.length() == 0) {
                throw SqlError.of(TaosError.PAR_INVALID_IDENTIFIER_NAME,
                        TaosError.PAR_INVALID_IDENTIFIER_NAME.format(rest(pos)));
            }
            pos = i + 1;
            return sb.toString();
        }
        int s = pos;
        while (pos < n && isIdentChar(sql.charAt(pos))) {
            pos++;
        }
        if (s == pos || Character.isDigit(sql.charAt(s))) {
            pos = s;
            throw syntax();
        }
        return sql.substring(s, pos);
    }

    /** {@code [db.]name}: returns {db-or-null, name}. */
    String[] qualifiedName() {
        String first = name();
        if (pos < sql.length() && sql.charAt(pos) == '.') {
            pos++;
            return new String[] {first, name()};
        }
        return new String[] {null, first};
    }

    /**
     * Reads one value with an optional chain of {@code ± duration} terms. Sets {@link #kind} etc.
     * A sign directly before a number folds into it.
     */
    void value() {
        skipSpace();
        offsets = 0;
        negative = false;
        text = null;
        start = pos;
        int n = sql.length();
        if (pos >= n) {
            kind = Kind.OTHER;
            end = pos;
            return;
        }
        char c = sql.charAt(pos);
        if (c == '-' || c == '+') {
            int save = pos;
            pos++;
            skipSpace();
            if (pos < n && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
                negative = c == '-';
                number();
                start = save;
            } else {
                pos = save;
                kind = Kind.OTHER;
                end = pos + 1;
                return;
            }
        } else if (c == '\'' || c == '"') {
            string(c);
        } else if (Character.isDigit(c) || c == '.' && pos + 1 < n && Character.isDigit(sql.charAt(pos + 1))) {
            number();
        } else if (isIdentChar(c)) {
            int s = pos;
            while (pos < n && isIdentChar(sql.charAt(pos))) {
                pos++;
            }
            String word = sql.substring(s, pos);
            switch (word) {
                case "null" -> kind = Kind.NULL;
                case "true" -> kind = Kind.BOOL_TRUE;
                case "false" -> kind = Kind.BOOL_FALSE;
                case "now", "today" -> {
                    kind = word.equals("now") ? Kind.NOW : Kind.TODAY;
                    int save = pos;
                    if (accept('(') && accept(')')) {
                        break;
                    }
                    pos = save;
                }
                default -> kind = Kind.OTHER;
            }
            end = pos;
        } else {
            kind = Kind.OTHER;
            end = pos + 1;
            return;
        }
        // optional "± duration" terms
        while (true) {
            int save = pos;
            skipSpace();
            if (pos >= n || (sql.charAt(pos) != '+' && sql.charAt(pos) != '-')) {
                pos = save;
                break;
            }
            boolean minus = sql.charAt(pos) == '-';
            pos++;
            skipSpace();
            int ds = pos;
            while (pos < n && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
            if (pos == ds || pos >= n || !io.taos4j.server.type.Timestamps.isDurationUnit(sql.charAt(pos))
                    || isIdentChar(charAt(pos + 1)) || offsets == offsetAmount.length) {
                throw valueError(start, "invalid timestamp");
            }
            long amount;
            try {
                amount = Long.parseLong(sql, ds, pos, 10);
            } catch (NumberFormatException e) {
                throw valueError(start, "invalid timestamp");
            }
            offsetAmount[offsets] = minus ? -amount : amount;
            offsetUnit[offsets++] = sql.charAt(pos);
            pos++;
        }
    }

    private void number() {
        int n = sql.length();
        int s = pos;
        if (sql.charAt(pos) == '0' && pos + 1 < n && (sql.charAt(pos + 1) == 'x' || sql.charAt(pos + 1) == 'b')) {
            boolean hex = sql.charAt(pos + 1) == 'x';
            pos += 2;
            int digits = pos;
            while (pos < n && (hex ? Character.digit(sql.charAt(pos), 16) >= 0 : sql.charAt(pos) == '0'
                    || sql.charAt(pos) == '1')) {
                pos++;
            }
            if (pos > digits && !isIdentChar(charAt(pos))) {
                kind = hex ? Kind.HEX : Kind.BIN;
                end = pos;
                return;
            }
            pos = s;
        }
        boolean dot = false;
        boolean exp = false;
        while (pos < n) {
            char c = sql.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' && !dot && !exp) {
                dot = true;
                pos++;
            } else if ((c == 'e' || c == 'E') && !exp && pos + 1 < n && (Character.isDigit(sql.charAt(pos + 1))
                    || (sql.charAt(pos + 1) == '-' || sql.charAt(pos + 1) == '+') && pos + 2 < n
                    && Character.isDigit(sql.charAt(pos + 2)))) {
                exp = true;
                pos += 2;
            } else {
                break;
            }
        }
        kind = dot || exp ? Kind.FLOAT : Kind.INTEGER;
        if (isIdentChar(charAt(pos))) {
            // e.g. "10s" where a value was expected
            while (pos < n && isIdentChar(sql.charAt(pos))) {
                pos++;
            }
            kind = Kind.OTHER;
        }
        end = pos;
    }

    private void string(char quote) {
        int n = sql.length();
        StringBuilder sb = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= n) {
                throw SqlError.of(TaosError.PAR_SYNTAX_ERROR, "unterminated string near \"" + rest(pos) + "\"");
            }
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    sb.append(quote);
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && i + 1 < n) {
                char e = sql.charAt(i + 1);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case '\\', '\'', '"' -> sb.append(e);
                    case '%', '_', 'x' -> sb.append('\\').append(e);
                    default -> sb.append(e);
                }
                i += 2;
                continue;
            }
            sb.append(c);
            i++;
        }
        pos = i + 1;
        kind = Kind.STRING;
        text = sb.toString();
        end = pos;
    }

    /** The source text of the current token (for numbers, the literal including a folded sign). */
    String tokenText() {
        return sql.substring(start, end);
    }

    /** TDengine's insert-parser error: 0x0216 {@code syntax error near '<near>' (<reason>)}. */
    SqlError valueError(int at, String reason) {
        String near = kind == Kind.STRING && at == start && text != null ? text : rest(at);
        return SqlError.of(TaosError.TSC_SQL_SYNTAX_ERROR,
                "syntax error near '" + truncate63(near) + "' (" + reason + ")");
    }

    /** The current value token's error with the given reason. */
    SqlError valueError(String reason) {
        return valueError(start, reason);
    }

    /** A general syntax error at the current position: 0x2600 or, at the end of the text, 0x2601. */
    SqlError syntax() {
        skipSpace();
        if (pos >= sql.length()) {
            return SqlError.incomplete();
        }
        return SqlError.syntax(rest(pos));
    }

    String rest(int from) {
        return sql.substring(Math.min(from, sql.length()));
    }

    private char charAt(int i) {
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    static boolean isIdentChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** At most 63 bytes of UTF-8, cut at a character boundary (TDengine copies 63 bytes of the statement). */
    static String truncate63(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= 63) {
            return s;
        }
        int n = 63;
        while (n > 0 && (b[n] & 0xC0) == 0x80) {
            n--;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /** Lower-cases ASCII letters outside quotes and backquotes, keeping offsets (TDengine's client-side folding). */
    static String fold(String sql) {
        char[] out = null;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote != '`') {
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
                out[i] = (char) (c + 32);
            }
        }
        return out == null ? sql : new String(out);
    }
}
