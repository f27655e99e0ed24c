package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Expr.FunctionCall;
import io.taos4j.server.sql.ast.Expr.TrimMode;
import io.taos4j.server.sql.ast.Expr.WhenClause;
import io.taos4j.server.sql.ast.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls and keyword-led expressions: generic {@code f(args)}, the keyword-named functions of TDengine's grammar
 * (count/first/last/last_row with {@code *}, cast, position, trim, substr, replace, cols, rand, pi, the
 * no-argument functions, {@code now}/{@code today} without parentheses) and CASE.
 */
final class Functions {
    private Functions() {
    }

    /** True for TDengine's {@code literal_func}: no-argument functions (also usable in IN lists and tags). */
    static boolean isLiteralFunction(TokenType t) {
        return switch (t) {
            case NOW, TODAY, TIMEZONE, DATABASE, CLIENT_VERSION, SERVER_VERSION, SERVER_STATUS, CURRENT_USER, USER ->
                    true;
            default -> false;
        };
    }

    /** Parses the keyword-led expression at the cursor, or throws a syntax error. */
    static Expr parse(ExprParser p, TokenType t) {
        return switch (t) {
            case COUNT, FIRST, LAST, LAST_ROW -> starCall(p);
            case CAST -> cast(p);
            case CASE -> caseWhen(p);
            case NOW, TODAY -> p.peek(1) == TokenType.LP ? noArguments(p) : bare(p);
            case TIMEZONE, DATABASE, CLIENT_VERSION, SERVER_VERSION, SERVER_STATUS, CURRENT_USER, USER, PI ->
                    noArguments(p);
            case RAND -> p.peek(2) == TokenType.RP ? noArguments(p) : call(p, "rand");
            case REPLACE -> call(p, "replace");
            case POSITION -> position(p);
            case TRIM -> trim(p);
            case SUBSTR, SUBSTRING -> substr(p);
            case COLS -> cols(p);
            default -> throw p.error();
        };
    }

    /** {@code name(value, ...)}; the cursor is on the name. At least one argument. */
    static Expr call(ExprParser p, String name) {
        int start = p.here();
        p.pos++;
        p.expect(TokenType.LP);
        List<Expr> args = p.values();
        p.expect(TokenType.RP);
        return new FunctionCall(p.spanFrom(start), name, args, false, false);
    }

    private static String keyword(ExprParser p) {
        return p.peek().text();
    }

    private static Expr bare(ExprParser p) {
        int start = p.here();
        String name = keyword(p);
        p.pos++;
        return new FunctionCall(p.spanFrom(start), name, List.of(), false, true);
    }

    private static Expr noArguments(ExprParser p) {
        int start = p.here();
        String name = keyword(p);
        p.pos++;
        p.expect(TokenType.LP);
        p.expect(TokenType.RP);
        return new FunctionCall(p.spanFrom(start), name, List.of(), false, false);
    }

    /** count/first/last/last_row: {@code (*)} or arguments that may include {@code t.*}. */
    private static Expr starCall(ExprParser p) {
        int start = p.here();
        String name = keyword(p);
        p.pos++;
        p.expect(TokenType.LP);
        List<Expr> args = new ArrayList<>();
        if (p.at(TokenType.STAR)) {
            int star = p.pos++;
            args.add(new Expr.Star(p.tokenSpan(star), null));
        } else {
            do {
                if (p.atName() && p.peek(1) == TokenType.DOT && p.peek(2) == TokenType.STAR) {
                    int qualifierStart = p.here();
                    String qualifier = p.name(ParserBase.MAX_TABLE_NAME);
                    p.pos += 2;
                    args.add(new Expr.Star(p.spanFrom(qualifierStart), qualifier));
                } else {
                    args.add(p.value());
                }
            } while (p.accept(TokenType.COMMA));
        }
        p.expect(TokenType.RP);
        return new FunctionCall(p.spanFrom(start), name, args, false, false);
    }

    private static Expr cast(ExprParser p) {
        int start = p.here();
        p.pos++;
        p.expect(TokenType.LP);
        Expr operand = p.condition();
        p.expect(TokenType.AS);
        TypeSpec type = Types.parse(p, true);
        p.expect(TokenType.RP);
        return new Expr.Cast(p.spanFrom(start), operand, type);
    }

    /** {@code position(a IN b)}. */
    private static Expr position(ExprParser p) {
        int start = p.here();
        p.pos++;
        p.expect(TokenType.LP);
        Expr needle = p.value();
        p.expect(TokenType.IN);
        Expr haystack = p.value();
        p.expect(TokenType.RP);
        return new FunctionCall(p.spanFrom(start), "position", List.of(needle, haystack), false, false);
    }

    /** {@code trim([BOTH|LEADING|TRAILING] [chars] FROM source)} or {@code trim(source)}. */
    private static Expr trim(ExprParser p) {
        int start = p.here();
        p.pos++;
        p.expect(TokenType.LP);
        TrimMode mode = switch (p.peek()) {
            case BOTH -> TrimMode.BOTH;
            case LEADING -> TrimMode.LEADING;
            case TRAILING -> TrimMode.TRAILING;
            default -> null;
        };
        Expr chars = null;
        Expr source;
        if (mode != null) {
            p.pos++;
            if (!p.accept(TokenType.FROM)) {
                chars = p.value();
                p.expect(TokenType.FROM);
            }
            source = p.value();
        } else {
            mode = TrimMode.BOTH;
            Expr first = p.value();
            if (p.accept(TokenType.FROM)) {
                chars = first;
                source = p.value();
            } else {
                source = first;
            }
        }
        p.expect(TokenType.RP);
        return new Expr.Trim(p.spanFrom(start), mode, chars, source);
    }

    /** {@code substr(x, p [, l])} or {@code substr(x FROM p [FOR l])}; same for substring. */
    private static Expr substr(ExprParser p) {
        int start = p.here();
        String name = keyword(p);
        p.pos++;
        p.expect(TokenType.LP);
        List<Expr> args = new ArrayList<>();
        args.add(p.value());
        if (p.accept(TokenType.FROM)) {
            args.add(p.value());
            if (p.accept(TokenType.FOR)) {
                args.add(p.value());
            }
        } else {
            while (p.accept(TokenType.COMMA)) {
                args.add(p.value());
            }
        }
        p.expect(TokenType.RP);
        return new FunctionCall(p.spanFrom(start), name, args, false, false);
    }

    /** {@code cols(selection_function(...), expr [[AS] alias], ...)}. */
    private static Expr cols(ExprParser p) {
        int start = p.here();
        p.pos++;
        p.expect(TokenType.LP);
        List<Expr> args = new ArrayList<>();
        int first = p.pos;
        Expr selector = p.value();
        if (!(selector instanceof FunctionCall)) {
            throw p.errorAt(first);
        }
        args.add(selector);
        p.expect(TokenType.COMMA);
        do {
            int itemStart = p.here();
            Expr e = p.value();
            String alias = null;
            if (p.accept(TokenType.AS)) {
                alias = alias(p);
            } else if (p.atName() || p.at(TokenType.ALIAS)) {
                alias = alias(p);
            }
            args.add(alias == null ? e : new Expr.Aliased(p.spanFrom(itemStart), e, alias));
        } while (p.accept(TokenType.COMMA));
        p.expect(TokenType.RP);
        return new FunctionCall(p.spanFrom(start), "cols", args, false, false);
    }

    /** A column alias: plain or back-quoted identifier, or a non-ASCII word. */
    static String alias(ParserBase p) {
        if (p.at(TokenType.ALIAS)) {
            return p.tokenText(p.pos++);
        }
        if (!p.atName()) {
            throw p.error();
        }
        return p.nameOf(p.pos++);
    }

    private static Expr caseWhen(ExprParser p) {
        int start = p.here();
        p.pos++;
        Expr operand = p.at(TokenType.WHEN) ? null : p.condition();
        List<WhenClause> whens = new ArrayList<>();
        do {
            p.expect(TokenType.WHEN);
            Expr when = p.condition();
            p.expect(TokenType.THEN);
            whens.add(new WhenClause(when, p.condition()));
        } while (p.at(TokenType.WHEN));
        Expr elseExpr = p.accept(TokenType.ELSE) ? p.condition() : null;
        p.expect(TokenType.END);
        return new Expr.Case(p.spanFrom(start), operand, whens, elseExpr);
    }
}
