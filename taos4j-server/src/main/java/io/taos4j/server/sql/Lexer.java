package io.taos4j.server.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * TDengine's tokenizer ({@code parTokenizer.c} {@code tGetToken}) over the text of one statement.
 *
 * <p>Tokens are kept in parallel arrays (kind, start, end, placeholder number) so that lexing allocates nothing per
 * token. Whitespace and comments ({@code -- ...} to end of line, {@code /* ... *}{@code /}, an unterminated
 * {@code /*} to the end of the text) are skipped, except a {@code /*+ ... *}{@code /} comment right after
 * {@code SELECT}, which becomes a {@link TokenType#HINT}. Lexing stops at the first {@code ;} outside quotes and
 * comments: the statement ends there and the rest is ignored (tdengine-sql.md §1.4); a NUL character ends the text as
 * it does for TDengine's C tokenizer. A character sequence TDengine
 * does not accept becomes an {@link TokenType#ILLEGAL} token that ends the list; the parser reports it when it gets
 * there, so an earlier syntax error wins, as in TDengine. The last token is always {@link TokenType#EOF}.
 *
 * <p>Input is expected to be case-folded ({@link SqlText#fold}); keywords match in any case. Not thread-safe; one
 * instance per statement.
 */
public final class Lexer {
    private final String text;
    private TokenType[] types = new TokenType[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] placeholders = new int[16];
    private int count;
    private int placeholderCount;
    private boolean endsWithSemicolon;
    /** Kind of the last number / word scanned (an out-parameter of the scan methods). */
    private TokenType numberType;
    private TokenType wordType;

    private Lexer(String text) {
        this.text = text;
    }

    /** Tokenizes {@code text} up to its first statement-ending {@code ;}. Never throws. */
    public static Lexer tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer;
    }

    /** The tokens as records, EOF included (for tests and diagnostics). */
    public List<Token> tokens() {
        List<Token> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new Token(types[i], starts[i], ends[i]));
        }
        return list;
    }

    public String text() {
        return text;
    }

    public int count() {
        return count;
    }

    public TokenType type(int i) {
        return types[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** For a {@link TokenType#QUESTION} token, its 0-based number counted left to right. */
    public int placeholderIndex(int i) {
        return placeholders[i];
    }

    /** Number of {@code ?} placeholders in the statement. */
    public int placeholderCount() {
        return placeholderCount;
    }

    /** True when the statement was ended by a {@code ;} (the EOF token then sits on it). */
    public boolean endsWithSemicolon() {
        return endsWithSemicolon;
    }

    private void run() {
        String s = text;
        int n = s.length();
        int i = 0;
        TokenType previous = null;
        while (i < n) {
            char c = s.charAt(i);
            int end;
            TokenType type;
            switch (c) {
                case ' ', '\t', '\n', '\f', '\r' -> {
                    i = skipSpace(s, i + 1);
                    continue;
                }
                case '-' -> {
                    char next = at(i + 1);
                    if (next == '-') {
                        int j = s.indexOf('\n', i + 2);
                        i = j < 0 ? n : j;
                        continue;
                    }
                    type = next == '>' ? TokenType.ARROW : TokenType.MINUS;
                    end = i + (next == '>' ? 2 : 1);
                }
                case '/' -> {
                    if (at(i + 1) != '*' || i + 2 >= n) {
                        type = TokenType.SLASH;
                        end = i + 1;
                    } else {
                        boolean hint = s.charAt(i + 2) == '+';
                        int j = i + 3;
                        while (j < n && (s.charAt(j) != '/' || s.charAt(j - 1) != '*')) {
                            j++;
                        }
                        end = Math.min(j + 1, n);
                        if (!hint || previous != TokenType.SELECT) {
                            i = end;
                            continue;
                        }
                        type = TokenType.HINT;
                    }
                }
                case '%' -> {
                    type = at(i + 1) == '%' ? TokenType.PH : TokenType.REM;
                    end = i + (type == TokenType.PH ? 2 : 1);
                }
                case '=' -> {
                    type = TokenType.EQ;
                    end = i + (at(i + 1) == '=' ? 2 : 1);
                }
                case '<' -> {
                    char next = at(i + 1);
                    type = switch (next) {
                        case '=' -> TokenType.LE;
                        case '>' -> TokenType.NE;
                        case '<' -> TokenType.LSHIFT;
                        default -> TokenType.LT;
                    };
                    end = i + (type == TokenType.LT ? 1 : 2);
                }
                case '>' -> {
                    char next = at(i + 1);
                    type = next == '=' ? TokenType.GE : next == '>' ? TokenType.RSHIFT : TokenType.GT;
                    end = i + (type == TokenType.GT ? 1 : 2);
                }
                case '!' -> {
                    if (at(i + 1) != '=') {
                        illegal(i);
                        return;
                    }
                    type = TokenType.NE;
                    end = i + 2;
                }
                case '|' -> {
                    type = at(i + 1) == '|' ? TokenType.CONCAT : TokenType.BITOR;
                    end = i + (type == TokenType.CONCAT ? 2 : 1);
                }
                case ';' -> {
                    endsWithSemicolon = true;
                    add(TokenType.EOF, i, i);
                    return;
                }
                case '\0' -> {
                    add(TokenType.EOF, i, i);
                    return;
                }
                case '\'', '"', '`' -> {
                    end = scanQuoted(s, i, c);
                    if (end < 0) {
                        illegal(i);
                        return;
                    }
                    type = c == '`' ? TokenType.QUOTED_IDENTIFIER : TokenType.STRING;
                }
                case '.' -> {
                    if (isDigit(at(i + 1))) {
                        end = scanExponent(s, skipDigits(s, i + 2));
                        type = TokenType.FLOAT_LITERAL;
                    } else {
                        type = TokenType.DOT;
                        end = i + 1;
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    end = scanNumber(s, i);
                    if (end < 0) {
                        illegal(i);
                        return;
                    }
                    type = numberType;
                }
                default -> {
                    type = single(c);
                    if (type != null) {
                        end = i + 1;
                    } else if (c >= 0x80 || isIdChar(c)) {
                        end = scanWord(s, i);
                        type = wordType;
                    } else {
                        illegal(i);
                        return;
                    }
                }
            }
            add(type, i, end);
            previous = type;
            i = end;
        }
        add(TokenType.EOF, n, n);
    }

    private static TokenType single(char c) {
        return switch (c) {
            case '(' -> TokenType.LP;
            case ')' -> TokenType.RP;
            case ',' -> TokenType.COMMA;
            case ':' -> TokenType.COLON;
            case '+' -> TokenType.PLUS;
            case '*' -> TokenType.STAR;
            case '&' -> TokenType.BITAND;
            case '~' -> TokenType.BITNOT;
            case '?' -> TokenType.QUESTION;
            default -> null;
        };
    }

    /** Returns the end of a number token starting at {@code i} (setting {@link #numberType}), or -1 if illegal. */
    private int scanNumber(String s, int i) {
        char next = at(i + 1);
        if (s.charAt(i) == '0' && (next == 'b' || next == 'x')) {
            int j = i + 2;
            if (next == 'b') {
                while (j < s.length() && (s.charAt(j) == '0' || s.charAt(j) == '1')) {
                    j++;
                }
            } else {
                while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0 && s.charAt(j) < 0x80) {
                    j++;
                }
            }
            numberType = next == 'b' ? TokenType.BIN : TokenType.HEX;
            return j == i + 2 ? -1 : j;
        }
        int j = skipDigits(s, i + 1);
        if (isUnit(at(j)) && !isIdChar(at(j + 1))) {
            numberType = TokenType.DURATION_LITERAL;
            return j + 1;
        }
        numberType = TokenType.INTEGER_LITERAL;
        int segments = 1;
        while (at(j) == '.' && isDigit(at(j + 1))) {
            j = skipDigits(s, j + 2);
            numberType = TokenType.FLOAT_LITERAL;
            segments++;
        }
        if (segments == 4) {
            numberType = TokenType.IPTOKEN;
            return j;
        }
        if (segments > 2) {
            return -1;
        }
        if (at(j) == '.' && segments == 1) {
            numberType = TokenType.FLOAT_LITERAL;
            j++;
        }
        int e = scanExponent(s, j);
        if (e != j) {
            numberType = TokenType.FLOAT_LITERAL;
        }
        return e;
    }

    private int scanExponent(String s, int j) {
        char c = at(j);
        if (c == 'e' || c == 'E') {
            char d = at(j + 1);
            if (isDigit(d) || ((d == '+' || d == '-') && isDigit(at(j + 2)))) {
                return skipDigits(s, j + 2);
            }
        }
        return j;
    }

    /** Returns the end of an identifier-like word at {@code i}, setting {@link #wordType}. */
    private int scanWord(String s, int i) {
        int n = s.length();
        boolean nonAscii = s.charAt(i) >= 0x80;
        int j = i + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (c >= 0x80) {
                nonAscii = true;
            } else if (!isIdChar(c)) {
                break;
            }
            j++;
        }
        if (nonAscii) {
            wordType = TokenType.ALIAS;
        } else if (isBool(s, i, j)) {
            wordType = TokenType.BOOL_LITERAL;
        } else {
            wordType = Keywords.lookup(s, i, j);
        }
        return j;
    }

    private static boolean isBool(String s, int start, int end) {
        int length = end - start;
        return (length == 4 && s.regionMatches(true, start, "true", 0, 4))
                || (length == 5 && s.regionMatches(true, start, "false", 0, 5));
    }

    /** Returns the end of a quoted token at {@code i} (past the closing quote), or -1 if unterminated. */
    private static int scanQuoted(String s, int i, char delim) {
        int n = s.length();
        int j = i + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '\\' && delim != '`') {
                j += 2;
                continue;
            }
            if (c == delim) {
                if (j + 1 < n && s.charAt(j + 1) == delim) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return -1;
    }

    private static int skipSpace(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x0B) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int skipDigits(String s, int i) {
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private char at(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ASCII letter, digit or {@code _} (TDengine's {@code isIdChar}). */
    static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isUnit(char c) {
        return switch (c) {
            case 'b', 'u', 'a', 's', 'm', 'h', 'd', 'n', 'y', 'w', 'B', 'U', 'A', 'S', 'M', 'H', 'D', 'N', 'Y', 'W' ->
                    true;
            default -> false;
        };
    }

    private void illegal(int i) {
        add(TokenType.ILLEGAL, i, text.length());
        add(TokenType.EOF, text.length(), text.length());
    }

    private void add(TokenType type, int start, int end) {
        if (count == types.length) {
            int size = count * 2;
            types = Arrays.copyOf(types, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            placeholders = Arrays.copyOf(placeholders, size);
        }
        types[count] = type;
        starts[count] = start;
        ends[count] = end;
        if (type == TokenType.QUESTION) {
            placeholders[count] = placeholderCount++;
        }
        count++;
    }
}
