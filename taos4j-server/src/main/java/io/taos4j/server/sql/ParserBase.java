package io.taos4j.server.sql;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Span;
import io.taos4j.server.sql.ast.TableName;

/**
 * Token cursor, error reporting, names and literal decoding shared by the parser layers
 * ({@link ExprParser} &lt; {@link QueryParser} &lt; {@link DdlParser} &lt; {@link AdminParser} &lt; {@link Parser}).
 *
 * <p>Errors follow TDengine's parser (tdengine-sql.md §1.5): a syntax error quotes the folded statement text from
 * the offending token to the end; at the end of the input it is 0x2601 {@code Incomplete SQL statement}; a
 * {@code ;} counts as an offending token; an unknown character is {@code unrecognized token}.
 */
abstract class ParserBase {
    /** Nesting limit for parentheses, calls, unary operators, CASE and subqueries; deeper input is an error. */
    static final int MAX_DEPTH = 200;

    /** Name limits in bytes (TDengine's TSDB_*_LEN minus the terminator). */
    static final int MAX_DB_NAME = 64;
    static final int MAX_TABLE_NAME = 192;
    static final int MAX_COLUMN_NAME = 64;
    static final int MAX_TOPIC_NAME = 192;
    static final int MAX_CGROUP_NAME = 192;
    static final int MAX_USER_NAME = 23;

    final String text;
    final Lexer lx;
    int pos;
    private int depth;

    ParserBase(String folded) {
        this.text = folded;
        this.lx = Lexer.tokenize(folded);
    }

    // ---- cursor ------------------------------------------------------------------------------------------------

    final TokenType peek() {
        return lx.type(pos);
    }

    final TokenType peek(int ahead) {
        return lx.type(Math.min(pos + ahead, lx.count() - 1));
    }

    /** Kind of token {@code index}, EOF beyond the end. */
    final TokenType typeAt(int index) {
        return lx.type(Math.min(index, lx.count() - 1));
    }

    final boolean at(TokenType type) {
        return lx.type(pos) == type;
    }

    final boolean accept(TokenType type) {
        if (lx.type(pos) == type) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes a token of {@code type} and returns its index, or throws a syntax error at the current token. */
    final int expect(TokenType type) {
        if (lx.type(pos) != type) {
            throw error();
        }
        return pos++;
    }

    /** Start offset of the current token. */
    final int here() {
        return lx.start(pos);
    }

    /** End offset of the last consumed token. */
    final int lastEnd() {
        return pos == 0 ? 0 : lx.end(pos - 1);
    }

    final Span spanFrom(int start) {
        return new Span(start, lastEnd());
    }

    final Span tokenSpan(int token) {
        return new Span(lx.start(token), lx.end(token));
    }

    final String tokenText(int token) {
        return text.substring(lx.start(token), lx.end(token));
    }

    final void enter() {
        if (++depth > MAX_DEPTH) {
            throw error();
        }
    }

    final void leave() {
        depth--;
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /** The error TDengine reports for an unexpected current token. */
    final SqlError error() {
        return errorAt(pos);
    }

    final SqlError errorAt(int token) {
        TokenType type = lx.type(token);
        int start = lx.start(token);
        if (type == TokenType.ILLEGAL) {
            return SqlError.unrecognizedToken(rest(start));
        }
        if (type == TokenType.EOF && !lx.endsWithSemicolon()) {
            return SqlError.incomplete();
        }
        return SqlError.syntax(rest(start));
    }

    /** The statement text from {@code offset}, no longer than an error message can hold. */
    final String rest(int offset) {
        return text.substring(offset, Math.min(text.length(), offset + SqlError.MAX_MESSAGE_BYTES));
    }

    // ---- names -------------------------------------------------------------------------------------------------

    /** Identifier usable as a name: plain or back-quoted (TDengine's NK_ID). */
    final boolean atName() {
        TokenType t = lx.type(pos);
        return t == TokenType.IDENTIFIER || t == TokenType.QUOTED_IDENTIFIER;
    }

    /** The name a plain or back-quoted identifier token stands for. */
    final String nameOf(int token) {
        int start = lx.start(token);
        int end = lx.end(token);
        if (lx.type(token) != TokenType.QUOTED_IDENTIFIER) {
            return text.substring(start, end);
        }
        String inner = text.substring(start + 1, end - 1);
        return inner.indexOf('`') < 0 ? inner : inner.replace("``", "`");
    }

    /**
     * Consumes a name (plain or back-quoted identifier) of at most {@code maxBytes} UTF-8 bytes; longer or empty
     * names are 0x2617 {@code Invalid identifier name: <rest>}.
     */
    final String name(int maxBytes) {
        if (!atName()) {
            throw error();
        }
        int token = pos++;
        String name = nameOf(token);
        checkLength(token, name, maxBytes);
        return name;
    }

    final void checkLength(int token, String name, int maxBytes) {
        if (name.isEmpty() || SqlText.utf8Length(name) > maxBytes) {
            int offset = lx.start(token) + (lx.type(token) == TokenType.QUOTED_IDENTIFIER ? 1 : 0);
            throw SqlError.invalidIdentifier(rest(offset));
        }
    }

    final String dbName() {
        return name(MAX_DB_NAME);
    }

    /** {@code [db.]table}. */
    final TableName tableName() {
        int start = here();
        String db = null;
        if (atName() && peek(1) == TokenType.DOT) {
            db = dbName();
            pos++;
        }
        String name = name(MAX_TABLE_NAME);
        return new TableName(spanFrom(start), db, name);
    }

    /** {@code [db.]table} for a table being created: the name must not contain a dot. */
    final TableName newTableName() {
        TableName name = tableName();
        if (name.name().indexOf('.') >= 0) {
            throw SqlError.of(TaosError.PAR_INVALID_IDENTIFIER_NAME, "The table name cannot contain '.'");
        }
        return name;
    }

    final boolean ifNotExists() {
        if (at(TokenType.IF)) {
            pos++;
            expect(TokenType.NOT);
            expect(TokenType.EXISTS);
            return true;
        }
        return false;
    }

    final boolean ifExists() {
        if (at(TokenType.IF)) {
            pos++;
            expect(TokenType.EXISTS);
            return true;
        }
        return false;
    }

    // ---- literals ----------------------------------------------------------------------------------------------

    /** The value of a STRING token, with TDengine's escapes resolved (tdengine-sql.md §1.3). */
    final String stringValue(int token) {
        return unescape(text, lx.start(token), lx.end(token));
    }

    final String string() {
        return stringValue(expect(TokenType.STRING));
    }

    final Expr.StringLiteral stringLiteral() {
        int token = expect(TokenType.STRING);
        return new Expr.StringLiteral(tokenSpan(token), stringValue(token));
    }

    /** Unquotes {@code s[start, end)} (quotes included) like TDengine's {@code trimString}. */
    static String unescape(String s, int start, int end) {
        char delim = s.charAt(start);
        int last = end - 1;
        boolean plain = true;
        for (int k = start + 1; k < last && plain; k++) {
            char c = s.charAt(k);
            plain = c != '\\' && c != delim;
        }
        if (plain) {
            return s.substring(start + 1, last);
        }
        StringBuilder out = new StringBuilder(last - start);
        for (int k = start + 1; k < last; k++) {
            char c = s.charAt(k);
            if (c == delim && k + 1 < last && s.charAt(k + 1) == delim) {
                out.append(delim);
                k++;
            } else if (c == '\\' && k + 1 < last) {
                char next = s.charAt(++k);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '%', '_', 'x' -> out.append('\\').append(next);
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Integer literal from a decimal token, clamped as in §1.3; {@code negative} folds a leading minus. */
    final Expr.IntLiteral intLiteral(Span span, int token, boolean negative) {
        return integer(span, lx.start(token), lx.end(token), 10, negative);
    }

    /** Integer literal from a HEX or BIN token ({@code 0x1f}, {@code 0b101}). */
    final Expr.IntLiteral radixLiteral(Span span, int token, boolean negative) {
        int radix = lx.type(token) == TokenType.HEX ? 16 : 2;
        return integer(span, lx.start(token) + 2, lx.end(token), radix, negative);
    }

    private Expr.IntLiteral integer(Span span, int start, int end, int radix, boolean negative) {
        long value = 0;
        boolean overflow = false;
        if (radix == 10 && end - start <= 18) {
            for (int i = start; i < end; i++) {
                value = value * 10 + (text.charAt(i) - '0');
            }
        } else {
            for (int i = start; i < end && !overflow; i++) {
                int digit = Character.digit(text.charAt(i), radix);
                if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - digit, radix)) > 0) {
                    overflow = true;
                } else {
                    value = value * radix + digit;
                }
            }
        }
        if (negative) {
            boolean tooSmall = overflow || Long.compareUnsigned(value, Long.MIN_VALUE) > 0;
            return new Expr.IntLiteral(span, tooSmall ? Long.MIN_VALUE : -value, false);
        }
        if (overflow) {
            return new Expr.IntLiteral(span, -1L, true);
        }
        return new Expr.IntLiteral(span, value, value < 0);
    }

    /** The value of an INTEGER token as a non-negative long (clamped to Long.MAX_VALUE). */
    final long longValue(int token) {
        Expr.IntLiteral lit = intLiteral(tokenSpan(token), token, false);
        return lit.unsigned() ? Long.MAX_VALUE : lit.value();
    }

    final long integer() {
        return longValue(expect(TokenType.INTEGER_LITERAL));
    }

    final Expr.DoubleLiteral doubleLiteral(Span span, int token, boolean negative) {
        double v = Double.parseDouble(tokenText(token));
        return new Expr.DoubleLiteral(span, negative ? -v : v);
    }

    final Expr.DurationLiteral durationLiteral(int token) {
        int start = lx.start(token);
        int end = lx.end(token) - 1;
        long amount = 0;
        for (int i = start; i < end; i++) {
            int digit = text.charAt(i) - '0';
            amount = amount > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : amount * 10 + digit;
        }
        return new Expr.DurationLiteral(tokenSpan(token), amount, Character.toLowerCase(text.charAt(end)));
    }

    final Expr.DurationLiteral duration() {
        return durationLiteral(expect(TokenType.DURATION_LITERAL));
    }
}
